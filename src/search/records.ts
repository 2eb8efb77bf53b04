/**
 * What the search index knows of each entry in one language, from the entry's one view, its card
 * drawn as lists draw it (src/view/card.ts), its words folded (fold.ts) and ranked: names, then the
 * words people type for it and its categories, then the rest. No address of any kind is recorded,
 * so a shelter's address cannot enter the index.
 */
import { areasWithEntries, localAreas } from '../model/queries.ts';
import type { Entry } from '../model/register.ts';
import type { Category } from '../schemas/taxonomy.ts';
import { routes } from '../i18n/routes.ts';
import { areaLabel } from '../view/areas.ts';
import { bodyText } from '../view/bodies.ts';
import { cardHtml, pageCardHtml } from '../view/card.ts';
import type { PageContext } from '../view/context.ts';
import { badgeKeys } from '../view/facts.ts';
import { stepsView } from '../view/steps.ts';
import { FEATURES, NATIONAL, type Feature, type FilterGroup } from './filters.ts';
import { fold } from './fold.ts';
import { handoutKey } from '../print/handout.ts';

export interface SearchRecord {
  url: string;
  lang: string;
  /** The result's title, and its card as lists draw it (src/view/card.ts), in the page's language. */
  meta: { title: string; card: string };
  filters: Partial<Record<FilterGroup, string[]>>;
  /** Folded words, by rank. */
  words: { name: string; terms: string; text: string };
  sortName: string;
}

/**
 * The areas an entry is found from: its own, for a local entry; any area the search offers, for one
 * that serves everywhere or whose area no source gives (only a national one under "all of Serbia").
 */
function areas(entry: Entry, offered: readonly string[]): string[] {
  const local = localAreas(entry);
  if (local.length > 0) return [...local];
  return entry.coverage?.level === NATIONAL ? [NATIONAL, ...offered] : [...offered];
}

export function searchRecords(ctx: PageContext): SearchRecord[] {
  const { register, locale, t } = ctx;
  const offered = areasWithEntries(register);
  const record = (entry: Entry): SearchRecord => {
    const view = ctx.view(entry);
    const services = entry.kind === 'service' ? [view] : entry.services.map((s) => ctx.view(s));
    const categories: Category[] = [...new Set(services.flatMap((s) => s.categories.map((c) => c.id)))];
    const body = [
      view.summary,
      view.whoCanGet,
      view.howToGet,
      bodyText(register, view.body.file, view.body.transliterate),
      view.provider?.label,
      ...localAreas(entry).map((id) => areaLabel(id, ctx)),
    ]
      .filter(Boolean)
      .join(' ');
    const card = cardHtml(view, { headingLevel: 2, entryKey: handoutKey(entry), notices: 'everywhere' });
    return {
      // Pagefind puts the address the bundle is served from (the site's base path) in front.
      url: `/${view.href.slice(ctx.base.length)}`,
      lang: locale,
      meta: { title: view.name, card },
      filters: {
        kind: [view.kind],
        category: categories,
        audience: view.audiences,
        features: badgeKeys(entry).filter((b): b is Feature => (FEATURES as readonly string[]).includes(b)),
        sector: [view.sector],
        type: [view.providerType],
        area: areas(entry, offered),
      },
      words: {
        name: fold(`${view.name} ${view.shortName ?? ''}`),
        terms: fold([...view.searchTerms, view.kindLabel, ...categories.map((c) => t(`category.${c}`))].join(' ')),
        text: fold(ctx.inScript(body)),
      },
      sortName: fold(view.name),
    };
  };
  const steps = stepsRecord(ctx);
  return [...register.services.map(record), ...register.providers.map(record), ...(steps ? [steps] : [])];
}

/** The step-by-step page, found by its steps' names, summaries and points. */
function stepsRecord(ctx: PageContext): SearchRecord | undefined {
  const { steps } = stepsView(ctx);
  if (steps.length === 0) return undefined;
  const title = ctx.t('steps.title');
  const text = steps.flatMap((step) => [step.summary, ...step.points.map((p) => p.text)]).join(' ');
  return {
    url: `/${ctx.href(routes.steps).slice(ctx.base.length)}`,
    lang: ctx.locale,
    meta: { title, card: pageCardHtml({ href: ctx.href(routes.steps), name: title, summary: ctx.t('steps.intro') }) },
    filters: {},
    words: { name: fold(title), terms: fold(steps.map((s) => s.name).join(' ')), text: fold(ctx.inScript(text)) },
    sortName: fold(title),
  };
}
