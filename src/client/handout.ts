/**
 * Sheets to hand a client, in the browser. The entries chosen are kept only in the page's address
 * (`?sheet=service-x,provider-y` while browsing, `?e=…` on the builder): never in cookies or
 * storage, so the choice can be bookmarked or sent, and is gone when the tab is closed.
 * - On any page: "Add to sheet" beside each entry; links within the language carry the choice;
 *   a link to the builder shows how many are chosen.
 * - On the builder: the sheet is assembled from the single-entry sheets the build made (one
 *   drawing of a sheet, src/components/HandoutSheet.astro), in the client's language beside the
 *   chosen second one, with a neutral title unless unticked.
 */

/** The address parameter that holds the entries chosen for a sheet. */
export const SHEET_PARAM = 'sheet';
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const chosenIn = (params: URLSearchParams, name: string) => (params.get(name) ?? '').split(',').filter((k) => /^(provider|service)-[a-z0-9-]+$/.test(k));

/** "Add to sheet" beside each entry of the page, and the choice carried from page to page. */
export function enableHandoutChoice(doc: Document): void {
  const ui = doc.querySelector<HTMLElement>('[data-handout-ui]');
  const entries = [...doc.querySelectorAll<HTMLElement>('[data-entry-key]')];
  if (!ui) return;
  let chosen = chosenIn(new URLSearchParams(location.search), SHEET_PARAM);
  const bar = ui.querySelector<HTMLAnchorElement>('a')!;
  const language = `${base}${ui.dataset.language}/`;

  const update = () => {
    const params = new URLSearchParams(location.search);
    if (chosen.length) params.set(SHEET_PARAM, chosen.join(','));
    else params.delete(SHEET_PARAM);
    const query = params.toString().replace(/%2C/g, ',');
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const target = new URL(link.href);
      if (link.closest('[data-handout-ui]') || target.origin !== location.origin || !target.pathname.startsWith(language)) continue;
      if (!chosen.length && !target.searchParams.has(SHEET_PARAM)) continue;
      if (chosen.length) target.searchParams.set(SHEET_PARAM, chosen.join(','));
      else target.searchParams.delete(SHEET_PARAM);
      // The address stays as the page wrote it: from the site's root, not from the host.
      link.setAttribute('href', `${target.pathname}${target.search}${target.hash}`.replace(/%2C/g, ','));
    }
    bar.href = `${language}handout/?e=${chosen.join(',')}`;
    bar.textContent = (ui.dataset.open ?? '').replace('{count}', String(chosen.length));
    ui.hidden = chosen.length === 0;
    // A search from the header goes to the search page with the choice too.
    for (const form of doc.querySelectorAll<HTMLFormElement>('form[method="get"]')) {
      if (new URL(form.action).origin !== location.origin || !new URL(form.action).pathname.startsWith(language)) continue;
      let field = form.querySelector<HTMLInputElement>(`input[type="hidden"][name="${SHEET_PARAM}"]`);
      if (!chosen.length) {
        field?.remove();
        continue;
      }
      if (!field) {
        field = doc.createElement('input');
        field.type = 'hidden';
        field.name = SHEET_PARAM;
        form.append(field);
      }
      field.value = chosen.join(',');
    }
    // The label says what a press does ("Add to sheet", "Remove from sheet"); no aria-pressed, which
    // would have a screen reader say "Remove from sheet, pressed".
    for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-handout-toggle]')) {
      const on = chosen.includes(button.dataset.handoutToggle!);
      button.querySelector('[data-label]')!.textContent = on ? (ui.dataset.remove ?? '') : (ui.dataset.add ?? '');
    }
  };

  const addToggle = (entry: HTMLElement) => {
    const key = entry.dataset.entryKey!;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'handout-toggle';
    button.dataset.handoutToggle = key;
    // Many of these stand on one list: each says, to a screen reader, which entry it adds.
    const label = doc.createElement('span');
    label.dataset.label = '';
    const name = doc.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = `: ${entry.querySelector('h1, h2, h3, a')?.textContent?.trim() ?? ''}`;
    button.append(label, name);
    button.addEventListener('click', () => {
      chosen = chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key];
      update();
    });
    entry.append(button);
  };
  for (const entry of entries) addToggle(entry);
  // Entries drawn later (search results) get their button as they appear.
  new MutationObserver((changes) => {
    let added = false;
    for (const change of changes)
      for (const node of change.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        for (const entry of [node, ...node.querySelectorAll<HTMLElement>('[data-entry-key]')]) {
          if (!entry.dataset.entryKey || entry.querySelector(':scope > [data-handout-toggle]')) continue;
          addToggle(entry);
          added = true;
        }
      }
    if (added) update();
  }).observe(doc.body, { childList: true, subtree: true });
  update();
}

async function blockFrom(url: string, lang: string, key: string): Promise<{ block?: Element; heading?: Element; footer?: Element }> {
  const response = await fetch(url);
  if (!response.ok) return {};
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const sheet = page.querySelector('[data-handout]');
  return {
    block: sheet?.querySelector(`[data-handout-block="${key}"][data-lang="${lang}"]`) ?? undefined,
    heading: sheet?.querySelector(`.handout__heading[lang="${lang}"]`) ?? undefined,
    footer: sheet?.querySelector(`.handout__footer [lang="${lang}"]`) ?? undefined,
  };
}

/** The builder: the chosen entries as one sheet, in the client's language and the chosen second one. */
export function startHandoutBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-handout-controls]');
  const target = document.querySelector<HTMLElement>('[data-handout-sheet]');
  const status = document.querySelector<HTMLElement>('[data-handout-status]');
  if (!form || !target || !status) return;
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-handout-no-script]')!.hidden = true;
  const params = new URLSearchParams(location.search);
  const keys = chosenIn(params, 'e');
  const client = form.dataset.client!;
  const select = form.querySelector<HTMLSelectElement>('select')!;
  const neutral = form.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  if (params.get('with') && [...select.options].some((o) => o.value === params.get('with'))) select.value = params.get('with')!;
  if (params.get('neutral') === '0') neutral.checked = false;
  const langOf = (path: string) => select.querySelector<HTMLOptionElement>(`option[value="${path}"]`)!.lang;

  let run = 0;
  const build = async () => {
    const current = ++run;
    const second = select.value;
    const query = new URLSearchParams({ e: keys.join(','), with: second, ...(neutral.checked ? {} : { neutral: '0' }) });
    history.replaceState(null, '', `${location.pathname}?${query.toString().replace(/%2C/g, ',')}`);
    if (keys.length === 0) {
      target.replaceChildren();
      status.textContent = status.dataset.empty!;
      return;
    }
    const sides = second === client ? [client] : [client, second];
    const parts = await Promise.all(keys.map((key) => Promise.all(sides.map((side) => blockFrom(`${base}${side}/handout/${key}/`, langOf(side), key)))));
    if (current !== run) return;
    const sheet = document.createElement('article');
    sheet.className = 'handout';
    sheet.dataset.handout = '';
    const header = document.createElement('header');
    header.className = 'handout__header';
    const rows = document.createElement('div');
    rows.className = 'handout__entries';
    const footer = document.createElement('footer');
    footer.className = 'handout__footer';
    const first = parts.find((sidesOfEntry) => sidesOfEntry.every((p) => p.block));
    for (const side of first ?? []) {
      if (side.heading) header.append(document.importNode(side.heading, true));
      if (side.footer) footer.append(document.importNode(side.footer, true));
    }
    for (const title of header.querySelectorAll<HTMLElement>('.handout__title'))
      title.textContent = (neutral.checked ? title.dataset.titleNeutral : title.dataset.titleFull) ?? '';
    let missing = 0;
    keys.forEach((key, i) => {
      const blocks = parts[i]!.map((p) => p.block);
      if (blocks.some((b) => !b)) {
        missing++;
        return;
      }
      const row = document.createElement('section');
      row.className = 'handout__row';
      row.dataset.handoutRow = key;
      for (const block of blocks) row.append(document.importNode(block!, true));
      // The QR code opens the entry in the client's language: only the client's column has one.
      for (const qr of [...row.querySelectorAll('.handout__qr')].slice(1)) qr.remove();
      rows.append(row);
    });
    sheet.append(header, rows, footer);
    target.replaceChildren(sheet);
    status.textContent = missing > 0 ? status.dataset.unknown! : '';
  };

  select.addEventListener('change', () => void build());
  neutral.addEventListener('change', () => void build());
  void build();
}

/** The print buttons of the sheets (hidden without JavaScript: the browser's own Print works there). */
export function enablePrintButtons(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

/** "Copy as text": the entry's name, what it gives, its number and address, to paste into a message. */
export function enableCopyButtons(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const item = button.closest<HTMLElement>('[data-copy-item]');
    if (!navigator.clipboard || !item) continue;
    item.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
      const status = item.querySelector<HTMLElement>('[data-copy-status]');
      if (status) status.textContent = button.dataset.copied ?? '';
    });
  }
}
