/**
 * The search page in the browser: runs the form (query and filters) against the page language's
 * Pagefind index and shows the results with the page's own strings and result template. Nothing is
 * stored: a query that arrives in the address (from the search box on other pages) is read, then
 * removed from the address, so it does not stay visible there.
 */
import { fold } from '../search/fold.ts';
import { SEARCH_BUNDLE } from '../search/bundle.ts';
import { SHEET_PARAM } from './handout.ts';

/**
 * Results shown at a time: each costs a fragment of about 2 KB, and a phone's screen shows three or
 * four, so a first search on metered data loads eight, and "Show more results" the next eight.
 */
const PAGE_SIZE = 8;
/** Fewer results than this for a query of several words, and results for some of its words are added. */
const FEW = 3;
const DEBOUNCE_MS = 250;

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (term: string | null, options: object) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

type Filters = Record<string, string | { any: string[] } | { all: string[] }>;

function chosenFilters(form: HTMLFormElement): Filters {
  const filters: Filters = {};
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-match]')) {
    const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')];
    if (checked.length === 0) continue;
    const group = checked[0]!.name;
    const values = checked.map((c) => c.value);
    filters[group] = fieldset.dataset.match === 'all' ? { all: values } : { any: values };
  }
  const area = form.querySelector<HTMLSelectElement>('select[name="area"]')!.value;
  if (area) filters.area = area;
  return filters;
}

/**
 * Check the boxes and pick the area that a link or the address asks for, then clean the address
 * (keeping the entries chosen for a sheet). Returns whether the address asked for a search.
 */
function applyAddress(form: HTMLFormElement): boolean {
  const params = new URLSearchParams(location.search);
  const sheet = params.get(SHEET_PARAM);
  params.delete(SHEET_PARAM);
  if ([...params.keys()].length === 0) return false;
  form.querySelector<HTMLInputElement>('#search-query')!.value = params.get('q') ?? '';
  for (const [name, value] of params) {
    const box = form.querySelector<HTMLInputElement>(`input[type="checkbox"][name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
    if (box) box.checked = true;
    if (name === 'area') form.querySelector<HTMLSelectElement>('select[name="area"]')!.value = value;
  }
  if ([...params.keys()].some((key) => key !== 'q')) form.querySelector('details')!.open = true;
  history.replaceState(
    null,
    '',
    `${location.pathname}${sheet ? `?${new URLSearchParams({ [SHEET_PARAM]: sheet }).toString().replace(/%2C/g, ',')}` : ''}${location.hash}`,
  );
  return true;
}

function showCounts(form: HTMLFormElement, counts: Record<string, Record<string, number>>): void {
  for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) {
    const [group, value] = span.dataset.count!.split(':') as [string, string];
    span.textContent = `(${counts[group]?.[value] ?? 0})`;
  }
}

function render(template: HTMLTemplateElement, pageLang: string, data: Awaited<ReturnType<PagefindResult['data']>>): Node {
  const item = template.content.cloneNode(true) as DocumentFragment;
  const { meta } = data;
  const link = item.querySelector<HTMLAnchorElement>('.card__title a')!;
  link.href = data.url;
  link.textContent = meta.title ?? '';
  const textLang = meta.textLang && meta.textLang !== pageLang ? meta.textLang : undefined;
  const provider = item.querySelector<HTMLElement>('.card__provider')!;
  if (meta.provider) provider.textContent = meta.provider;
  else provider.remove();
  // The entry's warnings and language notices, as its page shows them.
  const noticeTemplate = item.querySelector<HTMLElement>('[data-notice]')!;
  for (const key of (meta.notices ?? '').split(' ').filter(Boolean)) {
    const notice = noticeTemplate.cloneNode() as HTMLElement;
    notice.dataset.notice = key;
    notice.textContent = meta[`notice-${key}`] ?? '';
    noticeTemplate.before(notice);
  }
  noticeTemplate.remove();
  const summary = item.querySelector<HTMLElement>('.card__summary')!;
  summary.textContent = meta.summary ?? '';
  if (textLang) for (const el of [link, summary, provider]) el.lang = textLang;
  const badges = new Set((meta.badges ?? '').split(' '));
  for (const badge of item.querySelectorAll<HTMLElement>('[data-badge]')) if (!badges.has(badge.dataset.badge!)) badge.remove();
  if (!item.querySelector('[data-badge]')) item.querySelector('.badges')?.remove();
  const call = item.querySelector<HTMLAnchorElement>('.card__call a')!;
  if (meta.phone && meta.phoneLabel) {
    call.href = `tel:${meta.phone}`;
    call.textContent = meta.phoneLabel;
    const cost = item.querySelector<HTMLElement>('.card__cost')!;
    if (meta.callCost) cost.textContent = ` · ${meta.callCost}`;
    else cost.remove();
  } else call.parentElement!.remove();
  // "Add to sheet" finds it by its key (src/client/handout.ts).
  if (meta.entry) item.querySelector<HTMLElement>('.search-result')!.dataset.entryKey = meta.entry;
  return item;
}

/**
 * Pagefind finds only entries with every word of a query. When a query of several words finds
 * little, the entries that have some of its words follow, those with more of them first: a person
 * who types a whole sentence still finds the entry that answers it.
 */
async function someWords(engine: Pagefind, query: string, filters: Filters, found: PagefindResult[]): Promise<PagefindResult[]> {
  const words = [...new Set(query.split(/\s+/).filter((w) => w.length > 1))];
  if (words.length < 2) return [];
  const each = await Promise.all(words.map((word) => engine.search(word, { filters })));
  const seen = new Set(found.map((r) => r.id));
  const tally = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const search of each) {
    for (const result of search?.results ?? []) {
      if (seen.has(result.id)) continue;
      const entry = tally.get(result.id) ?? { result, words: 0, score: 0 };
      entry.words += 1;
      entry.score += result.score;
      tally.set(result.id, entry);
    }
  }
  return [...tally.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((e) => e.result);
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const output = document.querySelector<HTMLElement>('[data-search-output]');
  if (!form || !output) return;
  const status = output.querySelector<HTMLElement>('#search-status')!;
  const list = output.querySelector<HTMLOListElement>('#search-results')!;
  const more = output.querySelector<HTMLButtonElement>('#search-more')!;
  const template = document.querySelector<HTMLTemplateElement>('#search-result')!;
  const pageLang = document.documentElement.lang;

  form.hidden = false;
  output.hidden = false;
  document.querySelector<HTMLElement>('[data-search-no-script]')!.hidden = true;
  const details = form.querySelector('details')!;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${SEARCH_BUNDLE}/pagefind.js`).then(async (module: Pagefind) => {
      await module.init();
      return module;
    }));

  /**
   * The filters' index (every group's counts) loads when the person opens the filters, not with
   * the first search: most searches never use it, and on a large register it is a fifth of what a
   * first search costs.
   */
  let filtersLoaded = false;
  const loadFilters = async (engine: Pagefind) => {
    if (filtersLoaded || !details.open) return;
    await engine.filters();
    filtersLoaded = true;
  };

  let run = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  const showMore = async (current: number) => {
    const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (current !== run) return;
    for (const data of next) list.append(render(template, pageLang, data));
    shown += next.length;
    more.hidden = shown >= results.length;
  };

  const search = async () => {
    const current = ++run;
    const query = fold(form.querySelector<HTMLInputElement>('#search-query')!.value).trim();
    const filters = chosenFilters(form);
    try {
      const engine = await load();
      await loadFilters(engine);
      if (current !== run) return;
      if (!query && Object.keys(filters).length === 0) {
        results = [];
        list.replaceChildren();
        more.hidden = true;
        status.textContent = status.dataset.prompt!;
        if (filtersLoaded) {
          const counts = await engine.filters();
          if (current !== run) return;
          showCounts(form, counts);
        }
        list.dataset.state = 'idle';
        return;
      }
      list.dataset.state = 'searching';
      status.textContent = status.dataset.searching!;
      const found = await engine.search(query || null, { filters, ...(query ? {} : { sort: { name: 'asc' } }) });
      if (!found || current !== run) return;
      const partial = found.results.length < FEW ? await someWords(engine, query, filters, found.results) : [];
      if (current !== run) return;
      results = [...found.results, ...partial];
      shown = 0;
      list.replaceChildren();
      if (filtersLoaded) showCounts(form, found.filters);
      await showMore(current);
      if (current !== run) return;
      status.dataset.total = String(results.length);
      const count = results.length.toLocaleString(pageLang);
      status.textContent =
        results.length === 0
          ? status.dataset.none!
          : partial.length > 0
            ? status.dataset.fewer!.replace('{count}', count)
            : status.dataset.results!.replace('{count}', count);
      list.dataset.state = 'done';
    } catch {
      if (current !== run) return;
      status.textContent = status.dataset.error!;
      list.dataset.state = 'error';
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  form.addEventListener('input', soon);
  form.addEventListener('change', soon);
  form.addEventListener('reset', () => setTimeout(search));
  more.addEventListener('click', () => void showMore(run));

  // Opening the filters after a search loads their counts, for the search shown. (Before the first
  // search, opening them starts it below: this listener runs first and leaves that to it.)
  details.addEventListener('toggle', () => {
    if (details.open && !filtersLoaded && run > 0) void search();
  });

  // Pagefind (about 130 KB on a first search) loads only when the person starts to search or opens
  // the filters, or when the address brought a search: merely opening the page costs no more data.
  status.textContent = status.dataset.prompt!;
  if (applyAddress(form)) void search();
  else {
    const start = () => {
      form.removeEventListener('focusin', start);
      details.removeEventListener('toggle', start);
      if (run === 0) void search();
    };
    form.addEventListener('focusin', start);
    details.addEventListener('toggle', start);
  }
}
