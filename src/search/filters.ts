/**
 * The search filters, in one place: the search page draws them, the index records them, and both
 * use these keys. Values are stable keys, never labels; the page labels them in its language.
 * Within a group any checked value matches; across groups all must.
 */
import { AUDIENCES, CATEGORIES, PROVIDER_TYPES, SECTORS } from '../schemas/taxonomy.ts';
import type { UiKey } from '../schemas/ui.ts';
import type { PageContext } from '../view/context.ts';
import { BADGES } from '../view/facts.ts';

/** Features a result must all have when checked (free and 24/7, not free or 24/7): badges but "right". */
export const FEATURES = ['free', '24-7', 'specialised'] as const satisfies readonly (keyof typeof BADGES)[];
export type Feature = (typeof FEATURES)[number];

const ENTRY_KINDS = ['service', 'right', 'provider'] as const;

/** The value of the area filter that only national providers and services have. */
export const NATIONAL = 'national';

const FILTER_GROUPS = {
  kind: { values: ENTRY_KINDS, match: 'any', label: (v: string): UiKey => (v === 'provider' ? 'search.kind.provider' : (`kind.${v}` as UiKey)) },
  category: { values: CATEGORIES, match: 'any', label: (v: string) => `category.${v}` as UiKey },
  audience: { values: AUDIENCES, match: 'any', label: (v: string) => `search.audience.${v}` as UiKey },
  features: { values: FEATURES, match: 'all', label: (v: string) => BADGES[v as Feature] },
  sector: { values: SECTORS, match: 'any', label: (v: string) => `sector.${v}` as UiKey },
  type: { values: PROVIDER_TYPES, match: 'any', label: (v: string) => `providerType.${v}` as UiKey },
} as const;
export type FilterGroup = keyof typeof FILTER_GROUPS | 'area';

/** The checkbox groups of the search form, labelled in the page's language. */
export function filterGroups({ t }: PageContext) {
  return (Object.keys(FILTER_GROUPS) as (keyof typeof FILTER_GROUPS)[]).map((group) => {
    const { values, match, label } = FILTER_GROUPS[group];
    return { group, match, values: values.map((value) => ({ value, label: t(label(value)) })) };
  });
}
