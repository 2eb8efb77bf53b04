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

const chosenIn = (params: URLSearchParams, name: string) =>
  (params.get(name) ?? '').split(',').filter((k) => /^(provider|service)-[a-z0-9-]+$/.test(k));

/** Links within the language carry the choice to the next page. */
function carryInLinks(doc: Document, chosen: readonly string[], language: string): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const target = new URL(link.href);
    if (link.closest('[data-handout-ui]') || target.origin !== location.origin || !target.pathname.startsWith(language))
      continue;
    if (!chosen.length && !target.searchParams.has(SHEET_PARAM)) continue;
    if (chosen.length) target.searchParams.set(SHEET_PARAM, chosen.join(','));
    else target.searchParams.delete(SHEET_PARAM);
    // The address stays as the page wrote it: from the site's root, not from the host.
    link.setAttribute('href', `${target.pathname}${target.search}${target.hash}`.replace(/%2C/g, ','));
  }
}

/** A search from the header goes to the search page with the choice too. */
function carryInForms(doc: Document, chosen: readonly string[], language: string): void {
  for (const form of doc.querySelectorAll<HTMLFormElement>('form[method="get"]')) {
    if (new URL(form.action).origin !== location.origin || !new URL(form.action).pathname.startsWith(language))
      continue;
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
}

/** The page's address, links, forms, bar and buttons, after the choice changed. */
function showChoice(doc: Document, ui: HTMLElement, chosen: readonly string[]): void {
  const language = `${base}${ui.dataset.language}/`;
  const params = new URLSearchParams(location.search);
  if (chosen.length) params.set(SHEET_PARAM, chosen.join(','));
  else params.delete(SHEET_PARAM);
  const query = params.toString().replace(/%2C/g, ',');
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  carryInLinks(doc, chosen, language);
  carryInForms(doc, chosen, language);
  const bar = ui.querySelector<HTMLAnchorElement>('a')!;
  bar.href = `${language}handout/?e=${chosen.join(',')}`;
  bar.textContent = (ui.dataset.open ?? '').replace('{count}', String(chosen.length));
  ui.hidden = chosen.length === 0;
  // The label says what a press does ("Add to sheet", "Remove from sheet"); no aria-pressed, which
  // would have a screen reader say "Remove from sheet, pressed".
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-handout-toggle]')) {
    const on = chosen.includes(button.dataset.handoutToggle!);
    button.querySelector('[data-label]')!.textContent = on ? (ui.dataset.remove ?? '') : (ui.dataset.add ?? '');
  }
}

/** The "Add to sheet" button of one entry; many stand on one list, so each names its entry. */
function toggleButton(doc: Document, entry: HTMLElement, onPress: (key: string) => void): HTMLButtonElement {
  const key = entry.dataset.entryKey!;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'handout-toggle';
  button.dataset.handoutToggle = key;
  const label = doc.createElement('span');
  label.dataset.label = '';
  const name = doc.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = `: ${entry.querySelector('h1, h2, h3, a')?.textContent?.trim() ?? ''}`;
  button.append(label, name);
  button.addEventListener('click', () => onPress(key));
  return button;
}

/** Entries drawn later (search results) get their button as they appear. */
function watchForEntries(doc: Document, addToggle: (entry: HTMLElement) => void, update: () => void): void {
  new MutationObserver((changes) => {
    const added = changes
      .flatMap((change) => [...change.addedNodes])
      .filter((node): node is HTMLElement => node instanceof HTMLElement)
      .flatMap((node) => [node, ...node.querySelectorAll<HTMLElement>('[data-entry-key]')])
      .filter((entry) => entry.dataset.entryKey && !entry.querySelector(':scope > [data-handout-toggle]'));
    for (const entry of added) addToggle(entry);
    if (added.length > 0) update();
  }).observe(doc.body, { childList: true, subtree: true });
}

/** "Add to sheet" beside each entry of the page, and the choice carried from page to page. */
export function enableHandoutChoice(doc: Document): void {
  const ui = doc.querySelector<HTMLElement>('[data-handout-ui]');
  if (!ui) return;
  let chosen = chosenIn(new URLSearchParams(location.search), SHEET_PARAM);
  const update = () => showChoice(doc, ui, chosen);
  const press = (key: string) => {
    chosen = chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key];
    update();
  };
  const addToggle = (entry: HTMLElement) => entry.append(toggleButton(doc, entry, press));
  for (const entry of doc.querySelectorAll<HTMLElement>('[data-entry-key]')) addToggle(entry);
  watchForEntries(doc, addToggle, update);
  update();
}

async function blockFrom(
  url: string,
  lang: string,
  key: string,
): Promise<{ block?: Element; heading?: Element; footer?: Element }> {
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

type Sides = Awaited<ReturnType<typeof blockFrom>>[];

/** One sheet of the entries found in every language, and how many could not be found. */
function assembleSheet(keys: readonly string[], parts: readonly Sides[], neutral: boolean) {
  const element = (tag: string, className: string) => Object.assign(document.createElement(tag), { className });
  const sheet = element('article', 'handout');
  sheet.dataset.handout = '';
  const [header, rows, footer] = [
    element('header', 'handout__header'),
    element('div', 'handout__entries'),
    element('footer', 'handout__footer'),
  ];
  for (const side of parts.find((sides) => sides.every((p) => p.block)) ?? []) {
    if (side.heading) header.append(document.importNode(side.heading, true));
    if (side.footer) footer.append(document.importNode(side.footer, true));
  }
  for (const title of header.querySelectorAll<HTMLElement>('.handout__title'))
    title.textContent = (neutral ? title.dataset.titleNeutral : title.dataset.titleFull) ?? '';
  let missing = 0;
  keys.forEach((key, i) => {
    const blocks = parts[i]!.map((p) => p.block);
    if (blocks.some((b) => !b)) {
      missing++;
      return;
    }
    const row = element('section', 'handout__row');
    row.dataset.handoutRow = key;
    for (const block of blocks) row.append(document.importNode(block!, true));
    // The QR code opens the entry in the client's language: only the client's column has one.
    for (const qr of [...row.querySelectorAll('.handout__qr')].slice(1)) qr.remove();
    rows.append(row);
  });
  sheet.append(header, rows, footer);
  return { sheet, missing };
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
  if (params.get('with') && [...select.options].some((o) => o.value === params.get('with')))
    select.value = params.get('with')!;
  if (params.get('neutral') === '0') neutral.checked = false;
  const langOf = (path: string) => select.querySelector<HTMLOptionElement>(`option[value="${path}"]`)!.lang;

  let run = 0;
  const build = async () => {
    const current = ++run;
    const second = select.value;
    const query = new URLSearchParams({
      e: keys.join(','),
      with: second,
      ...(neutral.checked ? {} : { neutral: '0' }),
    });
    history.replaceState(null, '', `${location.pathname}?${query.toString().replace(/%2C/g, ',')}`);
    if (keys.length === 0) {
      target.replaceChildren();
      status.textContent = status.dataset.empty!;
      return;
    }
    const sides = second === client ? [client] : [client, second];
    const blocks = (key: string) =>
      Promise.all(sides.map((side) => blockFrom(`${base}${side}/handout/${key}/`, langOf(side), key)));
    const parts = await Promise.all(keys.map(blocks));
    if (current !== run) return;
    const { sheet, missing } = assembleSheet(keys, parts, neutral.checked);
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
