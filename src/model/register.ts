/**
 * The one register model. Pages, search, print and exports read this, never the files of
 * `content/`. Pure: built from a RegisterInput, so tests build it from fixtures without Astro.
 */
import { LOCALES, SOURCE_LOCALE, localeConfig, type LocaleTag } from '../i18n/locales.ts';
import { toLatin } from '../i18n/transliterate.ts';
import { findIntegrityProblems } from '../checks/integrity.ts';
import { ContentError } from '../checks/problem.ts';
import type { AreaFacts, EmergencyNumber, ProviderFacts, ServiceFacts, SourceFacts } from '../schemas/facts.ts';
import type { EntryText } from '../schemas/text.ts';
import type { Category, Sector } from '../schemas/taxonomy.ts';
import { CATEGORIES, SECTORS } from '../schemas/taxonomy.ts';
import { textFingerprint } from './fingerprint.ts';
import type { RegisterInput, TextInput, TextKind } from './input.ts';

export type TranslationStatus = 'source' | 'derived' | 'current' | 'outdated' | 'missing';

/** An entry's text as a page of one language shows it. */
export interface LocalizedText {
  data: EntryText;
  /** The text file to render for the body: an id of the `texts` collection. */
  textId: string;
  /** The language the text is in: the page's own, or its fallback's. */
  lang: LocaleTag;
  /** The body is rendered from the Cyrillic source and transliterated. */
  transliterate: boolean;
  /** The page's language has no text of its own: this is its fallback. */
  fallback: boolean;
  status: TranslationStatus;
  /** False for a translation that no native speaker has reviewed yet. */
  reviewed: boolean;
}

interface Texts {
  kind: TextKind;
  id: string;
  byLocale: Map<string, TextInput>;
}

export interface Contact<T> {
  value: T;
  /** The provider or service whose file holds it. */
  ownerId: string;
}

export interface Provider {
  kind: 'provider';
  id: string;
  file: string;
  facts: ProviderFacts;
  parent?: Provider;
  /** From the top organisation down to this provider's parent. */
  ancestors: Provider[];
  units: Provider[];
  /** Services and rights the provider offers or honours, its own first, then those it shares. */
  services: Service[];
  texts: Texts;
  confidential: boolean;
}

export interface Service {
  kind: 'service';
  id: string;
  file: string;
  facts: ServiceFacts;
  provider: Provider;
  alsoAt: Provider[];
  texts: Texts;
  /** A service at a confidential place is confidential too. */
  confidential: boolean;
  coverage: ProviderFacts['coverage'];
}

export type Entry = Provider | Service;

export interface Register {
  providers: Provider[];
  services: Service[];
  /** Organisations at the top, grouped by sector in the taxonomy's order. */
  bySector: { sector: Sector; providers: Provider[] }[];
  byCategory: { category: Category; services: Service[] }[];
  sources: Map<string, SourceFacts>;
  areas: Map<string, AreaFacts>;
  emergencyNumbers: EmergencyNumber[];
  provider(id: string): Provider;
  service(id: string): Service;
  page(id: string): Texts;
}

function textStatus(texts: Texts, locale: string): { text?: TextInput; status: TranslationStatus } {
  const source = texts.byLocale.get(SOURCE_LOCALE);
  if (locale === SOURCE_LOCALE) return { text: source, status: 'source' };
  const text = texts.byLocale.get(locale);
  if (!text || !source) return { status: 'missing' };
  const current = text.data.translation?.from === textFingerprint(source.data, source.body);
  return { text, status: current ? 'current' : 'outdated' };
}

/** The status of one entry's text in one written language, for the status page and report. */
export function translationStatus(texts: Texts, locale: LocaleTag): TranslationStatus {
  const config = localeConfig(locale);
  if (config.derive) return 'derived';
  return textStatus(texts, locale).status;
}

function transliterated(data: EntryText): EntryText {
  return {
    ...data,
    name: toLatin(data.name),
    shortName: data.shortName && toLatin(data.shortName),
    summary: toLatin(data.summary),
    whoCanGet: data.whoCanGet && toLatin(data.whoCanGet),
    howToGet: data.howToGet && toLatin(data.howToGet),
  };
}

/**
 * The text a page in `locale` shows: its own translation (outdated ones too, marked), else the
 * derived or fallback language's text, down to the source.
 */
export function localizedText(texts: Texts, locale: LocaleTag, asFallback = false): LocalizedText {
  const config = localeConfig(locale);
  if (config.derive) {
    const base = localizedText(texts, config.derive.from as LocaleTag, asFallback);
    return { ...base, data: transliterated(base.data), lang: locale, transliterate: true, status: 'derived' };
  }
  const { text, status } = textStatus(texts, locale);
  if (text) {
    return {
      data: text.data,
      textId: text.id,
      lang: locale,
      transliterate: false,
      fallback: asFallback,
      status,
      reviewed: text.data.translation?.reviewed ?? true,
    };
  }
  const next = (config.fallback ?? SOURCE_LOCALE) as LocaleTag;
  if (next === locale) throw new Error(`No text for ${texts.kind}/${texts.id} in ${locale}`);
  return { ...localizedText(texts, next, true), fallback: true, status: 'missing' };
}

export function buildRegister(input: RegisterInput): Register {
  const problems = findIntegrityProblems(input);
  if (problems.length > 0) throw new ContentError(problems);

  const textsOf = (kind: TextKind, id: string): Texts => ({
    kind,
    id,
    byLocale: new Map(input.texts.filter((t) => t.kind === kind && t.entryId === id).map((t) => [t.locale, t])),
  });

  const providers = new Map<string, Provider>();
  for (const { id, file, data } of input.providers) {
    providers.set(id, { kind: 'provider', id, file, facts: data, ancestors: [], units: [], services: [], texts: textsOf('providers', id), confidential: data.confidentialLocation });
  }
  for (const provider of providers.values()) {
    if (provider.facts.parent) {
      provider.parent = providers.get(provider.facts.parent)!;
      provider.parent.units.push(provider);
    }
  }
  for (const provider of providers.values()) {
    for (let p = provider.parent; p; p = p.parent) provider.ancestors.unshift(p);
    // A unit of a confidential place is as confidential as its parent.
    provider.confidential = provider.confidential || provider.ancestors.some((a) => a.facts.confidentialLocation);
  }

  const services = new Map<string, Service>();
  for (const { id, file, data } of input.services) {
    const provider = providers.get(data.provider)!;
    const service: Service = {
      kind: 'service',
      id,
      file,
      facts: data,
      provider,
      alsoAt: data.alsoAt.map((p) => providers.get(p)!),
      texts: textsOf('services', id),
      confidential: provider.confidential,
      coverage: data.coverage ?? provider.facts.coverage,
    };
    services.set(id, service);
  }
  for (const service of services.values()) service.provider.services.push(service);
  for (const service of services.values()) for (const p of service.alsoAt) p.services.push(service);

  const topLevel = [...providers.values()].filter((p) => !p.parent);
  const register: Register = {
    providers: [...providers.values()],
    services: [...services.values()],
    bySector: SECTORS.map((sector) => ({ sector, providers: topLevel.filter((p) => p.facts.sector === sector) })).filter((g) => g.providers.length > 0),
    byCategory: CATEGORIES.map((category) => ({ category, services: [...services.values()].filter((s) => s.facts.categories.includes(category)) })),
    sources: new Map(input.sources.map((s) => [s.id, s.data])),
    areas: new Map(input.areas.map((a) => [a.id, a.data])),
    emergencyNumbers: input.emergencyNumbers.map((e) => e.data),
    provider: (id) => {
      const found = providers.get(id);
      if (!found) throw new Error(`No provider "${id}"`);
      return found;
    },
    service: (id) => {
      const found = services.get(id);
      if (!found) throw new Error(`No service "${id}"`);
      return found;
    },
    page: (id) => textsOf('pages', id),
  };
  return register;
}

/**
 * Contacts shown for an entry: its own, then its provider's, then up the chain of parents, the
 * nearest first. A correction in the provider's file reaches every service of it.
 */
export function contactsOf(entry: Entry) {
  const chain: (Provider | Service)[] =
    entry.kind === 'service' ? [entry, entry.provider, ...[...entry.provider.ancestors].reverse()] : [entry, ...[...entry.ancestors].reverse()];
  const collect = <K extends 'phones' | 'emails' | 'websites'>(key: K) =>
    chain.flatMap((owner) => (owner.facts[key] as ProviderFacts[K]).map((value) => ({ value, ownerId: owner.id }) as Contact<ProviderFacts[K][number]>));
  const address = entry.kind === 'provider' && !entry.confidential ? entry.facts.address : undefined;
  return { phones: collect('phones'), emails: collect('emails'), websites: collect('websites'), address };
}

export const ALL_LOCALES = LOCALES.map((l) => l.tag);
