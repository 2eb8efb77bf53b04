/**
 * The one register model: pages, search, print and open data read it, never `content/`'s files. Pure: built
 * from input the checker (src/checks/) passed, so tests build it from fixtures without Astro; it checks nothing.
 */
import type { RegisterInput, TextFile } from '../content/input.ts';
import type { TextKind } from '../content/layout.ts';
import type { ProviderFacts, ServiceFacts } from '../schemas/facts.ts';
import { CATEGORIES, EMERGENCY_SERVICES, SECTORS } from '../schemas/taxonomy.ts';
import type { TextsByLanguage } from './texts.ts';

/** What a provider and a service both have. */
interface Entered<Kind, Facts> {
  kind: Kind;
  id: string;
  file: string;
  facts: Facts;
  texts: TextsByLanguage;
  /** A unit of a confidential place, and a service at one, is confidential too. */
  confidential: boolean;
  /** Where it serves (a service: its own coverage, or its provider's); absent where no source says. */
  coverage?: ProviderFacts['coverage'];
  /** When its facts file last changed (YYYY-MM-DD), from the repository's history; absent without it. */
  changed?: string;
}

export interface Provider extends Entered<'provider', ProviderFacts> {
  parent?: Provider;
  /** From the top organisation down to this provider's parent. */
  ancestors: Provider[];
  units: Provider[];
  /** Services and rights the provider offers or honours, its own first, then those it shares. */
  services: Service[];
}

export interface Service extends Entered<'service', ServiceFacts> {
  provider: Provider;
  alsoAt: Provider[];
}

export type Entry = Provider | Service;

export type Register = ReturnType<typeof buildRegister>;

/** A step of the way through help: who acts at it and the rights a person has there. */
export type Step = Register['steps'][number];

type TextsOf = (kind: TextKind, id: string) => TextsByLanguage;
type Changed = (file: string) => string | undefined;

/** Every entry's texts, by kind and id, then by language. */
function textIndex(texts: readonly TextFile[]): TextsOf {
  const index = Map.groupBy(texts, (text) => `${text.kind}/${text.entryId}`);
  return (kind, id) => ({ kind, id, byLocale: new Map(index.get(`${kind}/${id}`)?.map((t) => [t.locale, t])) });
}

/** The providers, each linked to its parent, its units and its ancestors. */
function providersOf(input: RegisterInput, textsOf: TextsOf, changed: Changed): Map<string, Provider> {
  const providers = new Map<string, Provider>();
  for (const { id, file, data } of input.providers) {
    const links = { ancestors: [], units: [], services: [], texts: textsOf('providers', id) };
    const place = { confidential: data.confidentialLocation, coverage: data.coverage, changed: changed(file) };
    providers.set(id, { kind: 'provider', id, file, facts: data, ...links, ...place });
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
    provider.confidential ||= provider.ancestors.some((a) => a.facts.confidentialLocation);
  }
  return providers;
}

/** The services, each linked to its provider and to the other providers where it is available. */
function servicesOf(input: RegisterInput, providers: Map<string, Provider>, textsOf: TextsOf, changed: Changed) {
  const services = new Map<string, Service>();
  for (const { id, file, data } of input.services) {
    const provider = providers.get(data.provider)!;
    const links = { provider, alsoAt: data.alsoAt.map((p) => providers.get(p)!), texts: textsOf('services', id) };
    const coverage = data.coverage ?? provider.facts.coverage;
    const place = { confidential: provider.confidential, coverage, changed: changed(file) };
    services.set(id, { kind: 'service', id, file, facts: data, ...links, ...place });
  }
  for (const service of services.values()) service.provider.services.push(service);
  for (const service of services.values()) for (const p of service.alsoAt) p.services.push(service);
  return services;
}

const finder =
  <T>(map: Map<string, T>, what: string) =>
  (id: string) => {
    const found = map.get(id);
    if (!found) throw new Error(`No ${what} "${id}" in the register`);
    return found;
  };

/**
 * The register model. `history` gives when each content file last changed (from git, when the
 * build has it): pages say the day an entry's facts changed apart from the day they were checked.
 */
export function buildRegister(input: RegisterInput, history: ReadonlyMap<string, string> = new Map()) {
  const changed = (file: string) => history.get(file)?.slice(0, 10);
  const textsOf = textIndex(input.texts);
  const providers = providersOf(input, textsOf, changed);
  const services = servicesOf(input, providers, textsOf, changed);
  const topLevel = [...providers.values()].filter((p) => !p.parent);
  return {
    providers: [...providers.values()],
    services: [...services.values()],
    /** Organisations at the top, grouped by sector in the taxonomy's order. */
    bySector: SECTORS.map((sector) => ({
      sector,
      providers: topLevel.filter((p) => p.facts.sector === sector),
    })).filter((g) => g.providers.length > 0),
    byCategory: CATEGORIES.map((category) => ({
      category,
      services: [...services.values()].filter((s) => s.facts.categories.includes(category)),
    })),
    sources: new Map(input.sources.map((s) => [s.id, s.data])),
    areas: new Map(input.areas.map((a) => [a.id, a.data])),
    /** In the order pages show them. */
    emergencyNumbers: EMERGENCY_SERVICES.flatMap((id) =>
      input.emergencyNumbers.filter((n) => n.data.id === id).map((n) => n.data),
    ),
    settings: input.settings.data,
    /** The way through help, step by step; none where content/steps.yaml is absent. */
    steps: input.steps.map(({ id, file, data }, i) => ({
      id,
      file,
      /** Its place in the way, from 1. */
      number: i + 1,
      facts: data,
      providers: data.providers.map((p) => providers.get(p)!),
      services: data.services.map((s) => services.get(s)!),
      texts: textsOf('steps', id),
    })),
    /** When each content file last changed (ISO 8601), by its path from the content root; empty without git history. */
    history,
    provider: finder(providers, 'provider'),
    service: finder(services, 'service'),
    page: (id: string) => textsOf('pages', id),
  };
}

/** An entry, then (a service's) its provider, then up the chain of parents: the nearest first. */
export function ownersOf(entry: Entry): Entry[] {
  const upFrom = (p: Provider) => [p, ...[...p.ancestors].reverse()];
  return entry.kind === 'service' ? [entry, ...upFrom(entry.provider)] : upFrom(entry);
}

/**
 * Contacts shown for an entry: those of its owners (ownersOf), the nearest first. A correction in
 * the provider's file reaches every service of it. A confidential place never has an address.
 */
export function contactsOf(entry: Entry) {
  const collect = <K extends 'phones' | 'emails' | 'websites'>(key: K) =>
    ownersOf(entry).flatMap((owner) =>
      (owner.facts[key] as ProviderFacts[K]).map(
        // Each with the provider or service whose file holds it.
        (value) => ({ value, ownerId: owner.id }) as { value: ProviderFacts[K][number]; ownerId: string },
      ),
    );
  const address = entry.kind === 'provider' && !entry.confidential ? entry.facts.address : undefined;
  return { phones: collect('phones'), emails: collect('emails'), websites: collect('websites'), address };
}
