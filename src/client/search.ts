/**
 * The search page in the browser: runs the form (query and filters) against the page language's
 * Pagefind index and shows the results with the page's own strings and result template. Nothing is
 * stored: a query that arrives in the address (from the search box on other pages) is read, then
 * removed from the address, so it does not stay visible there.
 */
import { fold } from '../search/fold.ts';
import { SEARCH_BUNDLE } from '../search/bundle.ts';
import { base, replaceQuery, SHEET_PARAM } from './handout.ts';

/**
 * Results shown at a time: each costs a fragment of about 2 KB, and a phone's screen shows three or
 * four, so a first search on metered data loads eight, and "Show more results" the next eight.
 */
const PAGE_SIZE = 8;
/** Fewer results than this for a query of several words, and results for some of its words are added. */
const FEW = 3;
const DEBOUNCE_MS = 250;

/** How many results each value of each filter has. */
type Counts = Record<string, Record<string, number>>;
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (term: string | null, options: object) => Promise<{ results: PagefindResult[]; filters: Counts } | null>;
  filters: () => Promise<Counts>;
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
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    if (params.getAll(box.name).includes(box.value)) box.checked = true;
  for (const area of params.getAll('area')) form.querySelector<HTMLSelectElement>('select[name="area"]')!.value = area;
  if ([...params.keys()].some((key) => key !== 'q')) form.querySelector('details')!.open = true;
  replaceQuery(new URLSearchParams(sheet ? { [SHEET_PARAM]: sheet } : {}));
  return true;
}

function showCounts(form: HTMLFormElement, counts: Counts): void {
  for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) {
    const [group, value] = span.dataset.count!.split(':') as [string, string];
    span.textContent = `(${counts[group]?.[value] ?? 0})`;
  }
}

/**
 * Pagefind finds only entries with every word of a query. When a query of several words finds
 * little, the entries that have some of its words follow, those with more of them first: a person
 * who types a whole sentence still finds the entry that answers it.
 */
async function someWords(engine: Pagefind, query: string, filters: Filters, found: PagefindResult[]) {
  const words = [...new Set(query.split(/\s+/).filter((w) => w.length > 1))];
  if (words.length < 2) return [];
  const each = await Promise.all(words.map((word) => engine.search(word, { filters })));
  const seen = new Set(found.map((r) => r.id));
  const tally = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const result of each.flatMap((search) => search?.results ?? [])) {
    if (seen.has(result.id)) continue;
    const entry = tally.get(result.id) ?? { result, words: 0, score: 0 };
    entry.words += 1;
    entry.score += result.score;
    tally.set(result.id, entry);
  }
  return [...tally.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((e) => e.result);
}

/** The parts of the search page the script works with; absent on any other page. */
function findUi() {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const output = document.querySelector<HTMLElement>('[data-search-output]');
  if (!form || !output) return undefined;
  return {
    form,
    output,
    details: form.querySelector('details')!,
    status: output.querySelector<HTMLElement>('#search-status')!,
    list: output.querySelector<HTMLOListElement>('#search-results')!,
    more: output.querySelector<HTMLButtonElement>('#search-more')!,
  };
}
type SearchUi = NonNullable<ReturnType<typeof findUi>>;

/** Pagefind for the page's language, loaded once, on first use. */
let pagefind: Promise<Pagefind> | undefined;
// A variable, not a template: Vite would wrap an import of a template in its preloader (1.3 KB more).
const bundle = `${base}${SEARCH_BUNDLE}/pagefind.js`;
const load = () =>
  (pagefind ??= import(/* @vite-ignore */ bundle).then(async (module: Pagefind) => {
    await module.init();
    return module;
  }));

/** What the status line says after a search: none, some, or fewer words' results. */
function resultsText({ dataset }: HTMLElement, count: number, partial: boolean): string {
  const text = count === 0 ? dataset.none : partial ? dataset.fewer : dataset.results;
  return text!.replace('{count}', count.toLocaleString(document.documentElement.lang));
}

/**
 * The search itself: each run has a number, and a run that a newer one overtook stops where it is,
 * so a slow answer never replaces a newer one.
 */
function searcher(ui: SearchUi) {
  const state = { run: 0, results: [] as PagefindResult[], shown: 0, filtersLoaded: false };

  /** The filters' counts load when the person opens the filters: most searches never use them. */
  const loadFilters = async (engine: Pagefind) => {
    if (state.filtersLoaded || !ui.details.open) return;
    await engine.filters();
    state.filtersLoaded = true;
  };

  const showMore = async (current: number) => {
    const next = await Promise.all(state.results.slice(state.shown, state.shown + PAGE_SIZE).map((r) => r.data()));
    if (current !== state.run) return;
    // Each result as the build drew it (src/view/card.ts): the same card as in the register's lists.
    const item = (data: (typeof next)[number]) =>
      Object.assign(document.createElement('li'), { className: 'search-result', innerHTML: data.meta.card ?? '' });
    ui.list.append(...next.map(item));
    state.shown += next.length;
    ui.more.hidden = state.shown >= state.results.length;
  };

  const idle = async (engine: Pagefind, current: number) => {
    state.results = [];
    ui.list.replaceChildren();
    ui.more.hidden = true;
    ui.status.textContent = ui.status.dataset.prompt!;
    if (state.filtersLoaded) {
      const counts = await engine.filters();
      if (current !== state.run) return;
      showCounts(ui.form, counts);
    }
    ui.list.dataset.state = 'idle';
  };

  const find = async (engine: Pagefind, current: number, query: string, filters: Filters) => {
    ui.list.dataset.state = 'searching';
    ui.status.textContent = ui.status.dataset.searching!;
    const found = await engine.search(query || null, { filters, ...(query ? {} : { sort: { name: 'asc' } }) });
    if (!found || current !== state.run) return;
    const partial = found.results.length < FEW ? await someWords(engine, query, filters, found.results) : [];
    if (current !== state.run) return;
    state.results = [...found.results, ...partial];
    state.shown = 0;
    ui.list.replaceChildren();
    if (state.filtersLoaded) showCounts(ui.form, found.filters);
    await showMore(current);
    if (current !== state.run) return;
    ui.status.dataset.total = String(state.results.length);
    ui.status.textContent = resultsText(ui.status, state.results.length, partial.length > 0);
    ui.list.dataset.state = 'done';
  };

  const search = async () => {
    const current = ++state.run;
    const query = fold(ui.form.querySelector<HTMLInputElement>('#search-query')!.value).trim();
    const filters = chosenFilters(ui.form);
    try {
      const engine = await load();
      await loadFilters(engine);
      if (current !== state.run) return;
      if (!query && Object.keys(filters).length === 0) await idle(engine, current);
      else await find(engine, current, query, filters);
    } catch {
      if (current !== state.run) return;
      ui.status.textContent = ui.status.dataset.error!;
      ui.list.dataset.state = 'error';
    }
  };
  return { search, showMore: () => showMore(state.run), state };
}

/** Searches as the person types (after a pause), submits, changes a filter or resets the form. */
export function startSearch(): void {
  const ui = findUi();
  if (!ui) return;
  ui.form.hidden = false;
  ui.output.hidden = false;
  document.querySelector<HTMLElement>('[data-search-no-script]')!.hidden = true;
  const { search, showMore, state } = searcher(ui);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  };
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  for (const type of ['input', 'change']) ui.form.addEventListener(type, soon);
  ui.form.addEventListener('reset', () => setTimeout(search));
  ui.more.addEventListener('click', () => void showMore());
  // Opening the filters after a search loads their counts, for the search shown. (Before the first
  // search, opening them starts it below: this listener runs first and leaves that to it.)
  ui.details.addEventListener('toggle', () => {
    if (ui.details.open && !state.filtersLoaded && state.run > 0) void search();
  });
  // Pagefind (about 130 KB on a first search) loads only when the person starts to search or opens
  // the filters, or when the address brought a search: merely opening the page costs no more data.
  ui.status.textContent = ui.status.dataset.prompt!;
  if (applyAddress(ui.form)) void search();
  else {
    // Removed by hand: old phones read an options object as "capture" and would keep the listeners.
    const start = () => {
      ui.form.removeEventListener('focusin', start);
      ui.details.removeEventListener('toggle', start);
      if (state.run === 0) void search();
    };
    ui.form.addEventListener('focusin', start);
    ui.details.addEventListener('toggle', start);
  }
}
