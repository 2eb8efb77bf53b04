/**
 * The search filters, in one place: the search page draws them, the index records them, and both
 * use these keys. Values are stable keys, never labels; the page labels them in its language.
 * Within a group any checked value matches; across groups all must.
 */
import { AUDIENCES, CATEGORIES, PROVIDER_TYPES, SECTORS } from '../schemas/taxonomy.ts';
import type { Translate, UiKey } from '../i18n/dictionaries.ts';
import type { PageContext } from '../view/context.ts';
import { BADGES } from '../view/facts.ts';

/** Features a result must all have when checked (free and 24/7, not free or 24/7): badges but "right". */
export const FEATURES = ['free', '24-7', 'specialised'] as const satisfies readonly (keyof typeof BADGES)[];
export type Feature = (typeof FEATURES)[number];

const ENTRY_KINDS = ['service', 'right', 'provider'] as const;

/** The value of the area filter that only national providers and services have. */
export const NATIONAL = 'national';

/** A filter group: whether one or all of the checked must match, and its values, each labelled. */
function group<V extends string>(values: readonly V[], match: 'any' | 'all', label: (value: V) => UiKey) {
  return (t: Translate) => ({ match, values: values.map((value) => ({ value, label: t(label(value)) })) });
}

const FILTER_GROUPS = {
  kind: group(ENTRY_KINDS, 'any', (v) => (v === 'provider' ? 'search.kind.provider' : `kind.${v}`)),
  category: group(CATEGORIES, 'any', (v) => `category.${v}`),
  audience: group(AUDIENCES, 'any', (v) => `search.audience.${v}`),
  features: group(FEATURES, 'all', (v) => BADGES[v]),
  sector: group(SECTORS, 'any', (v) => `sector.${v}`),
  type: group(PROVIDER_TYPES, 'any', (v) => `providerType.${v}`),
};
export type FilterGroup = keyof typeof FILTER_GROUPS | 'area';

/** The checkbox groups of the search form, labelled in the page's language. */
export function filterGroups({ t }: PageContext) {
  const groups = Object.keys(FILTER_GROUPS) as (keyof typeof FILTER_GROUPS)[];
  return groups.map((group) => ({ group, ...FILTER_GROUPS[group](t) }));
}
