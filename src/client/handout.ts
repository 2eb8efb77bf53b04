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
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const chosenIn = (params: URLSearchParams, name: string) =>
  (params.get(name) ?? '').split(',').filter((k) => /^(provider|service)-[a-z0-9-]+$/.test(k));

/** `?…` of the parameters, with their commas readable (`?sheet=service-x,provider-y`), or nothing. */
function queryOf(params: URLSearchParams): string {
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** Replaces the query of the page's address, without adding to the tab's history. */
export const replaceQuery = (params: URLSearchParams) =>
  history.replaceState(null, '', `${location.pathname}${queryOf(params)}${location.hash}`);

function setChoice(params: URLSearchParams, chosen: readonly string[]): void {
  if (chosen.length) params.set(SHEET_PARAM, chosen.join(','));
  else params.delete(SHEET_PARAM);
}

/** Links and forms within the language carry the choice to the next page; a search from the header too. */
function carryChoice(doc: Document, chosen: readonly string[], language: string): void {
  const inLanguage = (url: URL) => url.origin === location.origin && url.pathname.startsWith(language);
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const target = new URL(link.href);
    if (link.closest('[data-handout-ui]') || !inLanguage(target)) continue;
    if (!chosen.length && !target.searchParams.has(SHEET_PARAM)) continue;
    setChoice(target.searchParams, chosen);
    // The address stays as the page wrote it: from the site's root, not from the host.
    link.setAttribute('href', `${target.pathname}${queryOf(target.searchParams)}${target.hash}`);
  }
  for (const form of doc.querySelectorAll<HTMLFormElement>('form[method="get"]')) {
    if (!inLanguage(new URL(form.action))) continue;
    const field =
      form.querySelector<HTMLInputElement>(`input[type="hidden"][name="${SHEET_PARAM}"]`) ??
      Object.assign(doc.createElement('input'), { type: 'hidden', name: SHEET_PARAM });
    field.value = chosen.join(',');
    // A field already in the form stays where it is, so the address keeps its order.
    if (!chosen.length) field.remove();
    else if (!field.parentNode) form.append(field);
  }
}

/** The page's address, links, forms, bar and buttons, after the choice changed. */
function showChoice(doc: Document, ui: HTMLElement, chosen: readonly string[]): void {
  const language = `${base}${ui.dataset.language}/`;
  const params = new URLSearchParams(location.search);
  setChoice(params, chosen);
  replaceQuery(params);
  carryChoice(doc, chosen, language);
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
  const button = Object.assign(doc.createElement('button'), { type: 'button', className: 'handout-toggle' });
  button.dataset.handoutToggle = key;
  const label = doc.createElement('span');
  label.dataset.label = '';
  const name = `: ${entry.querySelector('h1, h2, h3, a')?.textContent?.trim() ?? ''}`;
  button.append(label, Object.assign(doc.createElement('span'), { className: 'visually-hidden', textContent: name }));
  button.addEventListener('click', () => onPress(key));
  return button;
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
  // Entries drawn later (search results) get their button as they appear.
  new MutationObserver((changes) => {
    const added = changes
      .flatMap((change) => [...change.addedNodes])
      .filter((node): node is HTMLElement => node instanceof HTMLElement)
      .flatMap((node) => [node, ...node.querySelectorAll<HTMLElement>('[data-entry-key]')])
      .filter((entry) => entry.dataset.entryKey && !entry.querySelector(':scope > [data-handout-toggle]'));
    for (const entry of added) addToggle(entry);
    if (added.length > 0) update();
  }).observe(doc.body, { childList: true, subtree: true });
  update();
}

/** An entry's block in one language from its single-entry sheet, with the sheet's heading and footer. */
async function blockFrom(url: string, lang: string, key: string) {
  const response = await fetch(url);
  const page = response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : undefined;
  const find = (selector: string) => page?.querySelector(`[data-handout] ${selector}`) ?? undefined;
  return {
    block: find(`[data-handout-block="${key}"][data-lang="${lang}"]`),
    heading: find(`.handout__heading[lang="${lang}"]`),
    footer: find(`.handout__footer [lang="${lang}"]`),
  };
}

type Entry = { key: string; sides: Awaited<ReturnType<typeof blockFrom>>[] };

/** One sheet of the entries found in every language, and how many could not be found. */
function assembleSheet(entries: readonly Entry[], neutral: boolean) {
  const element = (tag: string, className: string) => Object.assign(document.createElement(tag), { className });
  const sheet = element('article', 'handout');
  sheet.dataset.handout = '';
  const header = element('header', 'handout__header');
  const rows = element('div', 'handout__entries');
  const footer = element('footer', 'handout__footer');
  const found = entries.filter(({ sides }) => sides.every((p) => p.block));
  for (const side of found[0]?.sides ?? []) {
    if (side.heading) header.append(document.importNode(side.heading, true));
    if (side.footer) footer.append(document.importNode(side.footer, true));
  }
  for (const title of header.querySelectorAll<HTMLElement>('.handout__title'))
    title.textContent = (neutral ? title.dataset.titleNeutral : title.dataset.titleFull) ?? '';
  for (const { key, sides } of found) {
    const row = element('section', 'handout__row');
    row.dataset.handoutRow = key;
    for (const { block } of sides) row.append(document.importNode(block!, true));
    // The QR code opens the entry in the client's language: only the client's column has one.
    for (const qr of [...row.querySelectorAll('.handout__qr')].slice(1)) qr.remove();
    rows.append(row);
  }
  sheet.append(header, rows, footer);
  return { sheet, missing: entries.length - found.length };
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
    const query = { e: keys.join(','), with: second, ...(neutral.checked ? {} : { neutral: '0' }) };
    replaceQuery(new URLSearchParams(query));
    if (keys.length === 0) {
      target.replaceChildren();
      status.textContent = status.dataset.empty!;
      return;
    }
    const sides = second === client ? [client] : [client, second];
    const entry = async (key: string): Promise<Entry> => ({
      key,
      sides: await Promise.all(sides.map((side) => blockFrom(`${base}${side}/handout/${key}/`, langOf(side), key))),
    });
    const entries = await Promise.all(keys.map(entry));
    if (current !== run) return;
    const { sheet, missing } = assembleSheet(entries, neutral.checked);
    target.replaceChildren(sheet);
    status.textContent = missing > 0 ? status.dataset.unknown! : '';
  };
  form.addEventListener('change', () => void build());
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
