/**
 * The brochure edition is organised by what a person needs, not by institution. Each need gathers
 * the services of some categories; rights are a section of their own. Only services the sources
 * show running now (status "active") are in the brochure: a person in danger should not be sent to
 * a line that may not answer.
 */
import { SECTORS, type Category } from '../schemas/taxonomy.ts';
import type { LocaleTag } from '../i18n/locales.ts';
import { rightsBySector, sortByName } from '../model/queries.ts';
import type { Register, Service } from '../model/register.ts';

export { NEEDS, type NeedKey } from '../schemas/taxonomy.ts';
import { NEEDS } from '../schemas/taxonomy.ts';

/** The services of a need, free ones and those open day and night first, then by name. */
export function servicesFor(register: Register, need: (typeof NEEDS)[number], locale: LocaleTag): Service[] {
  const categories: readonly Category[] = need.categories;
  const found = register.services.filter((s) => s.facts.kind === 'service' && s.facts.status === 'active' && s.facts.categories.some((c) => categories.includes(c)));
  const rank = (s: Service) => (s.facts.availability === '24/7' ? 0 : 1) + (s.facts.cost === 'free' ? 0 : 2);
  return sortByName(found, locale).sort((a, b) => rank(a) - rank(b));
}

/** The sectors whose rights the brochure explains: where a victim meets the state. */
export const RIGHTS_SECTORS = ['police', 'prosecution', 'courts'] as const satisfies readonly (typeof SECTORS)[number][];

export function brochureRights(register: Register, locale: LocaleTag) {
  return rightsBySector(register, locale, RIGHTS_SECTORS);
}
