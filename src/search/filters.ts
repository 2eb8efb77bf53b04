/**
 * The search filters, in one place: the search page draws them, the index records them, and both
 * use these keys. Values are stable keys, never labels; the page labels them in its language.
 * Within a group any checked value matches; across groups all must.
 */
import { AUDIENCES, CATEGORIES, PROVIDER_TYPES, SECTORS } from '../schemas/taxonomy.ts';

export { AUDIENCES, type Audience } from '../schemas/taxonomy.ts';

/** Features a result must all have when checked (free and 24/7, not free or 24/7). */
export const FEATURES = ['free', '24-7', 'specialised'] as const;
export type Feature = (typeof FEATURES)[number];

export const ENTRY_KINDS = ['service', 'right', 'provider'] as const;

/** The value of the area filter that only national providers and services have. */
export const NATIONAL = 'national';

export const FILTER_GROUPS = {
  kind: { values: ENTRY_KINDS, match: 'any' },
  category: { values: CATEGORIES, match: 'any' },
  audience: { values: AUDIENCES, match: 'any' },
  features: { values: FEATURES, match: 'all' },
  sector: { values: SECTORS, match: 'any' },
  type: { values: PROVIDER_TYPES, match: 'any' },
  /** One area at a time: NATIONAL or an id from content/areas.yaml (chosen from a list). */
  area: { values: undefined, match: 'any' },
} as const;
export type FilterGroup = keyof typeof FILTER_GROUPS;
