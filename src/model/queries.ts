/** Questions pages and editions ask of the register, answered in one place. */
import { NEEDS, RIGHTS_SECTORS, type Need } from '../config/editions.ts';
import { PROSE_PAGES } from '../content/layout.ts';
import type { LocaleTag } from '../i18n/locales.ts';
import { memo } from '../lib/memo.ts';
import { SECTORS, type Sector } from '../schemas/taxonomy.ts';
import type { Entry, Provider, Register, Service } from './register.ts';
import { shownText, type TextsByLanguage } from './texts.ts';

/** The newest day any of `entries` was checked or its facts changed: never older than a change. */
export const newestDate = (entries: readonly Entry[]): string =>
  entries
    .flatMap((e) => [e.facts.lastVerified.date, e.changed ?? ''])
    .sort()
    .at(-1)!;

/** The register's "data as of" date, which every page's footer shows. */
export const dataAsOf = memo((register: Register): string => newestDate([...register.providers, ...register.services]));

/** Every entry's, step's and prose page's texts. */
export const everyText = (register: Register): TextsByLanguage[] => [
  ...[...register.providers, ...register.services, ...register.steps].map((e) => e.texts),
  ...PROSE_PAGES.map((id) => register.page(id)),
];

const NEED_CATEGORIES: readonly string[] = NEEDS.flatMap((n) => n.categories);

export const isRight = (service: Service): boolean => service.facts.kind === 'right';

export function sortByName<T extends Entry>(entries: readonly T[], locale: LocaleTag): T[] {
  return [...entries].sort((a, b) =>
    shownText(a.texts, locale).data.name.localeCompare(shownText(b.texts, locale).data.name, locale),
  );
}

/** A provider's services, then its rights, each in the order of their names in `locale`. */
export function servicesAndRights(provider: Provider, locale: LocaleTag) {
  const services = provider.services.filter((s) => !isRight(s));
  return { services: sortByName(services, locale), rights: sortByName(provider.services.filter(isRight), locale) };
}

/** The sector an entry belongs to: that of the organisation at the top of its (or its provider's) chain. */
export function sectorOf(entry: Entry): Sector {
  const provider = entry.kind === 'service' ? entry.provider : entry;
  return (provider.ancestors[0] ?? provider).facts.sector;
}

/**
 * Whether an entry serves all of Serbia, as its sources say: a national entry, or one with offices in every
 * district or municipality, which says so. (Where no source says, it serves nowhere known.)
 */
export const servesEverywhere = ({ coverage }: Entry): boolean =>
  coverage?.level === 'national' || coverage?.everywhere === true;

/** The areas a local entry serves; none for one that serves everywhere or whose area no source gives. */
export const localAreas = (entry: Entry): readonly string[] =>
  servesEverywhere(entry) ? [] : (entry.coverage?.areas ?? []);

/** The areas some entry serves as a local entry, in the order of content/areas.yaml: the search offers only these. */
export function areasWithEntries(register: Register): string[] {
  const served = new Set([...register.providers, ...register.services].flatMap(localAreas));
  return [...register.areas.keys()].filter((id) => served.has(id));
}

/**
 * Whose services a list holds: all; those tied to no area (the brochure for all of Serbia: those that serve
 * everywhere, and those no source ties to an area); or one area's own (its local edition).
 */
export type Reach = 'all' | 'national' | { area: string };

const reaches = (service: Service, reach: Reach) =>
  reach === 'all' ||
  (reach === 'national' ? localAreas(service).length === 0 : localAreas(service).includes(reach.area));

/** Rights grouped by the sector of the institution that must honour them, in `sectors`' order. */
export function rightsBySector(
  register: Register,
  locale: LocaleTag,
  sectors: readonly Sector[] = SECTORS,
  reach: Reach = 'all',
) {
  const rights = register.services.filter((s) => isRight(s) && reaches(s, reach));
  const groups = sectors.map((sector) => ({ sector, rights: rights.filter((r) => sectorOf(r) === sector) }));
  return groups.filter((g) => g.rights.length > 0).map((g) => ({ ...g, rights: sortByName(g.rights, locale) }));
}

/** A service the sources show running now, in one of `categories`. */
const runsIn = (s: Service, categories: readonly string[]) =>
  s.facts.status === 'active' && s.facts.categories.some((c) => categories.includes(c));

/**
 * The services of a need in the brochure, free and day-and-night ones first, then by name. Only those the
 * sources show running now: a person in danger should not be sent to a line that may not answer.
 */
export function servicesFor(register: Register, need: Need, locale: LocaleTag, reach: Reach = 'all'): Service[] {
  const found = register.services.filter((s) => !isRight(s) && runsIn(s, need.categories) && reaches(s, reach));
  const rank = (s: Service) => (s.facts.availability === '24/7' ? 0 : 1) + (s.facts.cost === 'free' ? 0 : 2);
  return sortByName(found, locale).sort((a, b) => rank(a) - rank(b));
}

/**
 * The areas with local services or rights for the brochure, each with its own short edition: the City of
 * Belgrade and the districts, in content/areas.yaml's order. None has one until a local entry is entered.
 */
export function localEditionAreas(register: Register): string[] {
  const rightsSectors: readonly Sector[] = RIGHTS_SECTORS;
  const inBrochure = (s: Service) => (isRight(s) ? rightsSectors.includes(sectorOf(s)) : runsIn(s, NEED_CATEGORIES));
  const local = new Set(register.services.filter(inBrochure).flatMap(localAreas));
  return [...register.areas.keys()].filter((id) => local.has(id));
}
