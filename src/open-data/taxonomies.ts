/**
 * The register's own vocabularies as HSDS taxonomies, in the dataset's language: categories,
 * sectors, badges, eligibility, coverage and sources. A term's code and UUID never change; its
 * description says what it means; categories and sectors, which have pages, give them as term_uri.
 * HSDS's tabular package needs every code to be unique: a source or an area whose id is another
 * term's code stops the build.
 */
import { ContentError, type Problem } from '../checks/problem.ts';
import { FACT_FILES } from '../content/layout.ts';
import type { UiKey } from '../i18n/dictionaries.ts';
import { routes } from '../i18n/routes.ts';
import { dataAsOf } from '../model/queries.ts';
import { CATEGORIES, GENDERS, NATIONALITIES, REFERRAL, SECTORS, VICTIM_STATUSES } from '../schemas/taxonomy.ts';
import { areaLabel } from '../view/areas.ts';
import type { PageContext } from '../view/context.ts';
import { sourcesView } from '../view/entry.ts';
import { BADGE_KEYS, BADGES } from '../view/facts.ts';
import { idOf } from './ids.ts';

export type Json = Record<string, unknown>;
export type TaxonomyKey = 'category' | 'sector' | 'badge' | 'eligibility' | 'coverage' | 'source';
type Term = { code: string; name: string; description: string; page?: string };

/** A term whose description is the UI string `openData.term.<code>`. */
const described = (ctx: PageContext, code: string, name: string): Term => ({
  code,
  name,
  description: ctx.t(`openData.term.${code}` as UiKey),
});

/** Whom a service is for, term by term, as its page words each line. */
function eligibilityTerms(ctx: PageContext): Term[] {
  const { t } = ctx;
  const forWhom = t('eligibility.victimStatus');
  const statusName = (s: (typeof VICTIM_STATUSES)[number]) => `${forWhom}: ${t(`victimStatus.${s}`)}`;
  const referrals = REFERRAL.filter((r) => r !== 'unknown');
  return [
    ...GENDERS.map((g) => described(ctx, `gender-${g}`, t(`eligibility.gender.${g}`))),
    ...VICTIM_STATUSES.map((s) => described(ctx, `victim-status-${s}`, statusName(s))),
    ...referrals.map((r) => described(ctx, `referral-${r}`, t(`eligibility.referral.${r}`))),
    ...NATIONALITIES.map((n) => described(ctx, `nationality-${n}`, t(`eligibility.nationality.${n}`))),
    described(ctx, 'with-children', t('eligibility.withChildren')),
    described(ctx, 'anonymous', t('eligibility.anonymous')),
  ];
}

/** Where a service reaches: the four levels, then every area. */
function coverageTerms(ctx: PageContext): Term[] {
  const levels = (['national', 'districtOffices', 'city', 'municipality'] as const).map((key) =>
    described(ctx, key === 'districtOffices' ? 'district-offices' : key, ctx.t(`coverage.${key}`)),
  );
  const areas = [...ctx.register.areas.keys()].map((code) => {
    const name = areaLabel(code, ctx);
    return { code, name, description: ctx.t('openData.term.area', { area: name }) };
  });
  return [...levels, ...areas];
}

/** Categories and sectors: each term is named and described by its UI strings, and has its page. */
function pagedTerms(ctx: PageContext, key: 'category' | 'sector', codes: readonly string[]): Term[] {
  return codes.map((code) => ({
    code,
    name: ctx.t(`${key}.${code}` as UiKey),
    description: ctx.t(`${key}.${code}.description` as UiKey),
    page: ctx.href(key === 'category' ? routes.category(code) : routes.registerSector(code)),
  }));
}

/** Each vocabulary's terms, in the dataset's language. */
function definitions(ctx: PageContext): { key: TaxonomyKey; name: string; terms: Term[] }[] {
  const { t, register } = ctx;
  const sources = sourcesView([...register.sources.keys()], ctx).map((s) => {
    const secondary = s.secondary ? t('source.secondary') : undefined;
    const description = [s.publisher, s.where, s.date, secondary].filter(Boolean).join(', ');
    return { code: s.id, name: s.title, description };
  });
  return [
    { key: 'category', name: t('entry.categories'), terms: pagedTerms(ctx, 'category', CATEGORIES) },
    { key: 'sector', name: t('register.sectors'), terms: pagedTerms(ctx, 'sector', SECTORS) },
    { key: 'badge', name: t('search.filter.features'), terms: BADGE_KEYS.map((k) => described(ctx, k, t(BADGES[k]))) },
    { key: 'eligibility', name: t('entry.whoCanGet'), terms: eligibilityTerms(ctx) },
    { key: 'coverage', name: t('facts.coverage'), terms: coverageTerms(ctx) },
    { key: 'source', name: t('entry.sources'), terms: sources },
  ];
}

const notUnique = (other: TaxonomyKey) =>
  "the open data (Open Referral HSDS) needs every term's code to be unique, " +
  `and this is a code of the "${other}" vocabulary: choose another id`;

/** A source or an area whose id is already another term's code, named by its file and place in it. */
function duplicateCodes(ctx: PageContext, vocabularies: ReturnType<typeof definitions>): Problem[] {
  const first = new Map<string, TaxonomyKey>();
  const problems: Problem[] = [];
  for (const { key, terms } of vocabularies)
    for (const { code } of terms) {
      const other = first.get(code);
      if (!other) first.set(code, key);
      else {
        const file = key === 'source' ? FACT_FILES.sources : FACT_FILES.areas;
        const index = [...(key === 'source' ? ctx.register.sources : ctx.register.areas).keys()].indexOf(code);
        problems.push({ file, field: `[${index}].id`, found: code, message: notUnique(other) });
      }
    }
  return problems;
}

export interface Vocabularies {
  taxonomies: Json[];
  terms: Json[];
  /** An attribute linking a record (`linkKey` says which, for its id) to a term of a taxonomy. */
  attribute(entity: string, linkId: string, linkKey: string, taxonomy: TaxonomyKey, code: string, value?: string): Json;
}

export function vocabularies(ctx: PageContext): Vocabularies {
  const all = definitions(ctx);
  const problems = duplicateCodes(ctx, all);
  if (problems.length > 0) throw new ContentError(problems);
  // The register's vocabularies are described on the "Open data" page; their version is the data's date.
  const uri = ctx.site && ctx.absolute(`${ctx.href(routes.openData)}#taxonomies`);
  const taxonomies = all.map(({ key, name }) =>
    compact({
      id: idOf('taxonomy', key),
      name,
      description: ctx.t('openData.taxonomyDescription', { name }),
      uri,
      version: dataAsOf(ctx.register),
    }),
  );
  const terms = all.flatMap(({ key, name, terms }) =>
    terms.map(({ page, ...term }) =>
      compact({
        id: idOf('taxonomy_term', key, term.code),
        ...term,
        taxonomy: name,
        // ISO 639: "sr" for Serbian in either script (the dataset's folder says which).
        language: ctx.locale.split('-')[0],
        taxonomy_id: idOf('taxonomy', key),
        term_uri: ctx.site && page ? ctx.absolute(page) : undefined,
      }),
    ),
  );
  const byId = new Map(terms.map((term) => [term.id as string, term]));
  const attribute: Vocabularies['attribute'] = (entity, linkId, linkKey, taxonomy, code, value) => {
    const term = byId.get(idOf('taxonomy_term', taxonomy, code));
    if (!term) throw new Error(`No term "${code}" in the taxonomy "${taxonomy}"`);
    return compact({
      id: idOf('attribute', entity, linkKey, taxonomy, code),
      link_id: linkId,
      taxonomy_term_id: term.id,
      link_type: taxonomy,
      link_entity: entity,
      value,
      taxonomy_term: term,
    });
  };
  return { taxonomies, terms, attribute };
}

/** An object without its undefined and empty-string fields (HSDS leaves absent what is not known). */
export const compact = <T extends Json>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== '')) as T;
