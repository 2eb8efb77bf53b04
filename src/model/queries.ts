/** Questions pages ask of the register, answered in one place. */
import type { LocaleTag } from '../i18n/locales.ts';
import { SECTORS, type Sector } from '../schemas/taxonomy.ts';
import { contactsOf, localizedText, type Entry, type Provider, type Register, type Service } from './register.ts';

/** The newest day any entry was checked: the edition's "data as of" date. */
export function dataAsOf(register: Register): string {
  return [...register.providers, ...register.services].map((e) => e.facts.lastVerified.date).sort().at(-1)!;
}

export const textOf = (entry: Entry, locale: LocaleTag) => localizedText(entry.texts, locale);

/** The first number to call for an entry, its own or its provider's. */
export function firstPhone(entry: Entry) {
  return contactsOf(entry).phones[0]?.value;
}

export function isRight(service: Service): boolean {
  return service.facts.kind === 'right';
}

/** A provider's services, then its rights, each in the order of their names in `locale`. */
export function servicesAndRights(provider: Provider, locale: LocaleTag) {
  const byName = (a: Service, b: Service) => textOf(a, locale).data.name.localeCompare(textOf(b, locale).data.name, locale);
  const own = provider.services;
  return {
    services: own.filter((s) => !isRight(s)).sort(byName),
    rights: own.filter(isRight).sort(byName),
  };
}

export function sortByName<T extends Entry>(entries: T[], locale: LocaleTag): T[] {
  return [...entries].sort((a, b) => textOf(a, locale).data.name.localeCompare(textOf(b, locale).data.name, locale));
}

export function rights(register: Register): Service[] {
  return register.services.filter(isRight);
}

/** The sector of the organisation an entry belongs to (a unit's top-level organisation). */
export function sectorOf(service: Service): Sector {
  return (service.provider.ancestors[0] ?? service.provider).facts.sector;
}

/** Rights grouped by the sector of the institution that must honour them, in `sectors`' order. */
export function rightsBySector(register: Register, locale: LocaleTag, sectors: readonly Sector[] = SECTORS) {
  return sectors.map((sector) => ({ sector, rights: sortByName(rights(register).filter((r) => sectorOf(r) === sector), locale) })).filter((g) => g.rights.length > 0);
}
