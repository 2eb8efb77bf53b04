/**
 * The register as Open Referral HSDS 3.0, in one language: providers and units as organizations (a
 * unit names its parent_organization_id), services and rights as services, with their phones,
 * schedules, areas, cost and eligibility, linked by attributes to the vocabularies (taxonomies.ts).
 * Texts are the entry's view's (src/view/entry.ts): the data says what the page says. Ids are UUIDs
 * of the register's ids (ids.ts), the same in every language. The mapping, and what HSDS cannot say:
 * docs/open-data.md. A confidential place (a shelter, its units and their services) has no location.
 */
import { sectorOf } from '../model/queries.ts';
import { contactsOf, type Entry, type Provider, type Service } from '../model/register.ts';
import { sourcesOfClaim, type Claim } from '../schemas/claims.ts';
import { WEEKDAYS } from '../schemas/taxonomy.ts';
import type { OpeningHours } from '../schemas/facts.ts';
import { bodyText } from '../view/bodies.ts';
import type { PageContext } from '../view/context.ts';
import type { EntryView } from '../view/entry.ts';
import { badgeKeys } from '../view/facts.ts';
import { lastChange } from './changes.ts';
import { idOf } from './ids.ts';
import { compact, vocabularies, type Json, type TaxonomyKey, type Vocabularies } from './taxonomies.ts';
import { publishedFacts } from '../view/published.ts';

export type { Json };

/** By the API's collections, each record whole as /services/{id} returns it; by HSDS's tables, each record once. */
export type HsdsDataset = ReturnType<typeof hsdsDataset>;

/** What every step of the mapping reads: the language, the vocabularies and the providers' places. */
type Mapping = Vocabularies & { ctx: PageContext; locations: Map<string, Json> };

/** The one-to-one fields of an object: the `_list` forms of the API and the rows of the CSV files. */
export const listForm = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v === null || typeof v !== 'object'));

export const entryUuid = (entry: Entry) => idOf(entry.kind, entry.id);

/**
 * HSDS reads a schedule without `timezone` as UTC, and takes a fixed UTC offset. Serbia keeps
 * Europe/Belgrade's time: UTC+1, and UTC+2 in summer, which each schedule's notes say.
 */
const SERBIA_UTC_OFFSET = 1;

/** For each source an entry names, the facts it is named for ("cost, phones"): by `statedIn`, or as their `source`. */
function sourceFields(entry: Entry): Map<string, Set<string>> {
  const { sources, statedIn, ...others } = publishedFacts(entry);
  const fields = new Map(sources.map((id) => [id, new Set<string>()]));
  const add = (source: string, field: string) => fields.set(source, (fields.get(source) ?? new Set()).add(field));
  for (const claim of Object.keys(statedIn ?? {}) as Claim[])
    for (const s of sourcesOfClaim(statedIn, claim)) add(s, claim);
  for (const [key, value] of Object.entries(others))
    for (const fact of [value].flat()) {
      const source = (fact as { source?: unknown } | undefined)?.source;
      if (typeof source === 'string') add(source, key);
    }
  return fields;
}

/** An entry's links to the terms of each vocabulary, then to its sources, with the facts each is named for. */
function entryAttributes(m: Mapping, entity: string, entry: Entry, codes: [TaxonomyKey, string[]][]): Json[] {
  const link = (taxonomy: TaxonomyKey, code: string, value?: string) =>
    m.attribute(entity, entryUuid(entry), entry.id, taxonomy, code, value);
  return [
    ...codes.flatMap(([taxonomy, list]) => list.map((code) => link(taxonomy, code))),
    ...[...sourceFields(entry)].map(([source, fields]) => link('source', source, [...fields].sort().join(', '))),
  ];
}

/** The text the page shows, as plain text: its summary, then its body (in the page's script). */
const description = ({ ctx }: Mapping, view: EntryView) =>
  [view.summary, bodyText(ctx.register, view.body.file, view.body.transliterate)].filter(Boolean).join('\n\n');

const factValue = (view: EntryView, key: string) => view.facts.find((f) => f.key === key)?.value;

/** A record's link to the entry whose file holds it. */
function ownerLink(ownerId: string, entry: Entry) {
  if (entry.kind === 'service' && ownerId === entry.id) return { service_id: entryUuid(entry) };
  return { organization_id: idOf('provider', ownerId) };
}

/** Every number the entry's page shows: its own, then its provider's and their parents'. */
function phonesOf(m: Mapping, entry: Entry, view: EntryView): Json[] {
  return contactsOf(entry).phones.map(({ value, ownerId }, i) => {
    const id = idOf('phone', ownerId, value.number);
    const shown = view.contacts.phones[i]!;
    return compact({
      id,
      ...ownerLink(ownerId, entry),
      number: value.number,
      type: value.kind === 'mobile' ? 'cell' : 'voice',
      // What the number is and, where a source says it, what the call costs, as the page says them.
      description: [shown.kind, shown.callCost?.text].filter(Boolean).join('. '),
      attributes: [m.attribute('phone', id, `${ownerId}/${value.number}`, 'source', value.source, value.confirmed)],
    });
  });
}

/** The e-mail addresses after the first (which is the record's own `email`), as contacts. */
function contactsFor({ ctx }: Mapping, entry: Entry): Json[] {
  const others = contactsOf(entry).emails.slice(1);
  return others.map(({ value, ownerId }) =>
    compact({
      id: idOf('contact', ownerId, value.address),
      ...ownerLink(ownerId, entry),
      name: ctx.view(ownerId === entry.id ? entry : ctx.register.provider(ownerId)).name,
      email: value.address,
    }),
  );
}

/** One line of opening hours; a time is HH:MM:SS, as HSDS's tabular `time` type reads it. */
function scheduleOf({ ctx }: Pick<Mapping, 'ctx'>, link: Json, key: string, hours: OpeningHours | '24/7'): Json {
  const allDay = hours === '24/7';
  const { days, opens, closes } = allDay ? { days: WEEKDAYS, opens: '00:00', closes: '23:59' } : hours;
  const dayNames = days?.map((d) => ctx.t(`weekday.${d}`)).join(', ');
  return compact({
    id: allDay ? idOf('schedule', key, '24/7') : idOf('schedule', key, (days ?? []).join(','), opens, closes),
    ...link,
    timezone: SERBIA_UTC_OFFSET,
    freq: days ? 'WEEKLY' : undefined,
    byday: days?.map((d) => d.toUpperCase()).join(','),
    description: allDay ? ctx.t('availability.24/7') : [dayNames, `${opens}–${closes}`].filter(Boolean).join(' '),
    opens_at: `${opens}:00`,
    closes_at: `${closes}:00`,
    notes: ctx.t('openData.scheduleTime'),
  });
}

/**
 * A provider's place: never for a confidential one; otherwise where it has an address or hours.
 * HSDS requires an address's postal code and region, which no source gives: no address is given.
 */
function locationsOf(m: Pick<Mapping, 'ctx'>): Map<string, Json> {
  const locations = new Map<string, Json>();
  for (const provider of m.ctx.register.providers) {
    const { address, hours = [] } = publishedFacts(provider);
    if (provider.confidential || (!address && hours.length === 0)) continue;
    const id = idOf('location', provider.id);
    locations.set(provider.id, {
      id,
      location_type: 'physical',
      organization_id: entryUuid(provider),
      name: m.ctx.view(provider).name,
      schedules: hours.map((h) => scheduleOf(m, { location_id: id }, `location/${provider.id}`, h)),
    });
  }
  return locations;
}

function organizationOf(m: Mapping, provider: Provider): Json {
  const view = m.ctx.view(provider);
  const location = m.locations.get(provider.id);
  return compact({
    id: entryUuid(provider),
    name: view.name,
    alternate_name: view.shortName,
    description: description(m, view),
    email: view.contacts.emails[0]?.address,
    legal_status: factValue(view, 'type'),
    uri: m.ctx.site ? m.ctx.absolute(view.href) : undefined,
    parent_organization_id: provider.parent && entryUuid(provider.parent),
    phones: phonesOf(m, provider, view),
    locations: location ? [location] : [],
    contacts: contactsFor(m, provider),
    attributes: entryAttributes(m, 'organization', provider, [
      ['sector', [sectorOf(provider)]],
      ['badge', badgeKeys(provider)],
    ]),
  });
}

/** Where a service reaches: each area it names, or its level ("each office serves its own area"). */
function serviceAreas(m: Mapping, service: Service, view: EntryView): Json[] {
  if (!service.coverage) return [];
  const { level, areas } = service.coverage;
  return (areas.length > 0 ? areas : [level === 'district' ? 'district-offices' : level]).map((code) => {
    const id = idOf('service_area', service.id, code);
    const link = m.attribute('service_area', id, `${service.id}/${code}`, 'coverage', code);
    const name = (link.taxonomy_term as Json).name;
    return { id, service_id: entryUuid(service), name, description: factValue(view, 'coverage'), attributes: [link] };
  });
}

function schedulesOf(m: Mapping, service: Service): Json[] {
  const { availability, hours = [] } = publishedFacts(service);
  const lines: (OpeningHours | '24/7')[] = [];
  if (availability === '24/7') lines.push('24/7');
  else if (availability === 'hours') lines.push(...hours);
  return lines.map((h) => scheduleOf(m, { service_id: entryUuid(service) }, `service/${service.id}`, h));
}

function eligibilityCodes(service: Service): string[] {
  const e = publishedFacts(service).eligibility;
  return [
    ...(e.genders ?? []).map((g) => `gender-${g}`),
    ...(e.victimStatus ?? []).map((s) => `victim-status-${s}`),
    ...(e.referral !== 'unknown' ? [`referral-${e.referral}`] : []),
    ...(e.nationality ? [`nationality-${e.nationality}`] : []),
    ...(e.withChildren ? ['with-children'] : []),
    ...(e.anonymous ? ['anonymous'] : []),
  ];
}

/** The places of its provider, and of the others where it is also available, that have a location. */
const placesOf = (m: Mapping, service: Service) =>
  [service.provider, ...service.alsoAt].flatMap((p) => {
    const location = m.locations.get(p.id);
    const id = idOf('service_at_location', service.id, p.id);
    return location ? [{ id, service_id: entryUuid(service), location_id: location.id, location }] : [];
  });

function serviceOf(m: Mapping, service: Service): Json {
  const { ctx } = m;
  const view = ctx.view(service);
  const id = entryUuid(service);
  const facts = publishedFacts(service);
  const eligibility = view.eligibility.map((item) => item.text).join('\n');
  const free = { service_id: id, option: ctx.t('cost.free'), amount: 0 };
  const warnings = view.notices.filter((n) => n.tone === 'warning' && n.scope === 'everywhere').map((n) => n.text);
  return compact({
    id,
    organization_id: entryUuid(service.provider),
    name: view.name,
    alternate_name: view.shortName,
    description: description(m, view),
    email: view.contacts.emails[0]?.address,
    // HSDS has no status for "the sources may be out of date": the service stays active, with the
    // page's warning as its alert.
    status: 'active',
    interpretation_services: factValue(view, 'interpretation'),
    application_process: view.howToGet,
    fees_description: factValue(view, 'cost'),
    eligibility_description: [eligibility, view.whoCanGet].filter(Boolean).join('\n\n'),
    minimum_age: facts.eligibility.minAge,
    maximum_age: facts.eligibility.maxAge,
    assured_date: facts.lastVerified.date,
    alert: warnings.join(' '),
    last_modified: lastChange(service, ctx.register.history),
    phones: phonesOf(m, service, view),
    schedules: schedulesOf(m, service),
    service_areas: serviceAreas(m, service, view),
    service_at_locations: placesOf(m, service),
    cost_options: facts.cost === 'free' ? [{ id: idOf('cost_option', service.id, 'free'), ...free }] : [],
    contacts: contactsFor(m, service),
    attributes: entryAttributes(m, 'service', service, [
      ['category', facts.categories],
      ['badge', badgeKeys(service)],
      ['eligibility', eligibilityCodes(service)],
    ]),
  });
}

/** Every record of each HSDS table once, by its name in HSDS's package ("service_area"); empty tables left out. */
function tablesOf(d: { organizations: Json[]; services: Json[]; service_at_locations: Json[] }, m: Mapping) {
  const { organizations, services } = d;
  const locations = [...m.locations.values()];
  const unique = (records: Json[]) => [...new Map(records.map((r) => [r.id as string, r])).values()];
  const nested = (records: Json[], key: string) => records.flatMap((r) => (r[key] as Json[] | undefined) ?? []);
  const phones = unique([...nested(organizations, 'phones'), ...nested(services, 'phones')]);
  const areas = nested(services, 'service_areas');
  return {
    organization: organizations,
    service: services,
    attribute: unique(nested([...organizations, ...services, ...phones, ...areas], 'attributes')),
    service_at_location: d.service_at_locations,
    location: locations,
    phone: phones,
    contact: unique([...nested(organizations, 'contacts'), ...nested(services, 'contacts')]),
    schedule: unique([...nested(services, 'schedules'), ...nested(locations, 'schedules')]),
    service_area: areas,
    taxonomy_term: m.terms,
    cost_option: nested(services, 'cost_options'),
    taxonomy: m.taxonomies,
  } as Record<string, Json[]>;
}

/** Entries in the order of their ids (which are unique). */
const byId = <T extends Entry>(entries: readonly T[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));

export function hsdsDataset(ctx: PageContext) {
  const m: Mapping = { ctx, ...vocabularies(ctx), locations: locationsOf({ ctx }) };
  const services = byId(ctx.register.services).map((s) => serviceOf(m, s));
  const serviceList = new Map(services.map((s) => [s.id, listForm(s)]));
  const organizations: Json[] = byId(ctx.register.providers).map((provider) => ({
    ...organizationOf(m, provider),
    // "A service array that contains simple information": the services it offers or honours itself,
    // so that it agrees with each service's organization_id (one offered elsewhere too is linked by
    // service_at_location).
    services: byId(provider.services.filter((s) => s.provider === provider)).map((s) => serviceList.get(entryUuid(s))!),
  }));
  const organizationList = new Map(organizations.map((o) => [o.id, listForm(o)]));
  for (const service of services) service.organization = organizationList.get(service.organization_id as string);
  const places = services
    .flatMap((s) => s.service_at_locations as Json[])
    .map((sal): Json => ({ ...sal, service: serviceList.get(sal.service_id as string) }));
  const collections = { services, organizations, service_at_locations: places, taxonomies: m.taxonomies };
  return { ...collections, taxonomy_terms: m.terms, tables: tablesOf(collections, m) };
}
