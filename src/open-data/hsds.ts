/**
 * The register as Open Referral HSDS 3.0, in one language: every provider and unit as an
 * organization (a unit names its parent_organization_id), every service and right as a service,
 * with their phones, schedules, service areas, languages, cost, eligibility and the taxonomies of
 * the register (categories, sectors, badges, eligibility, coverage, sources) linked by attributes.
 * Names, texts, labels and badges come from each entry's one view (src/view/entry.ts), so the data
 * says what the page says; every id is a UUID derived from the register's ids (ids.ts), the same
 * in every language. The mapping, field by field, is in docs/open-data.md.
 *
 * A confidential place (a shelter, and every unit and service of it) has no location at all: no
 * address, no coordinates, nothing a location could be inferred from.
 */
import { LOCALES } from '../i18n/locales.ts';
import { sectorOf } from '../model/queries.ts';
import { contactsOf, type Entry, type Provider, type Register, type Service } from '../model/register.ts';
import { sourcesOfClaim, type Claim } from '../schemas/claims.ts';
import type { OpeningHours } from '../schemas/facts.ts';
import { CATEGORIES, GENDERS, NATIONALITIES, REFERRAL, SECTORS, VICTIM_STATUSES } from '../schemas/taxonomy.ts';
import { areaLabel } from '../view/areas.ts';
import { bodyText } from '../view/bodies.ts';
import type { PageContext } from '../view/context.ts';
import { sourcesView, type EntryView } from '../view/entry.ts';
import { BADGE_KEYS, BADGES, badgeKeys } from '../view/facts.ts';
import { lastChange, type History } from './changes.ts';
import type { TableName } from './hsds-tables.ts';
import { idOf } from './ids.ts';

export type Json = Record<string, unknown>;

export interface HsdsDataset {
  /** Fully nested, as the API's /organizations/{id} returns them. */
  organizations: Json[];
  /** Fully nested, as /services/{id}. */
  services: Json[];
  /** Fully nested, as /service_at_locations/{id}. */
  serviceAtLocations: Json[];
  taxonomies: Json[];
  taxonomyTerms: Json[];
  /** Every record of each HSDS table once (nested fields are left out when written as CSV). */
  tables: Record<TableName, Json[]>;
}

/** An object without its undefined and empty-string fields (HSDS leaves absent what is not known). */
function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** The one-to-one fields of an object: the `_list` forms of the API and the rows of the CSV files. */
export function listForm(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v === null || typeof v !== 'object'));
}

export const entryUuid = (entry: Entry) => idOf(entry.kind, entry.id);

const DAYS = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' } as const;
const EVERY_DAY = Object.values(DAYS).join(',');

/** The taxonomies of the register, in the dataset's language; their keys and codes never change. */
function taxonomyDefinitions(ctx: PageContext) {
  const { t, register } = ctx;
  const eligibility = [
    ...GENDERS.map((g) => ({ code: `gender-${g}`, name: t(`eligibility.gender.${g}`) })),
    ...VICTIM_STATUSES.map((s) => ({ code: `victim-status-${s}`, name: `${t('eligibility.victimStatus')}: ${t(`victimStatus.${s}`)}` })),
    ...REFERRAL.filter((r) => r !== 'unknown').map((r) => ({ code: `referral-${r}`, name: t(`eligibility.referral.${r}`) })),
    ...NATIONALITIES.map((n) => ({ code: `nationality-${n}`, name: t(`eligibility.nationality.${n}`) })),
    { code: 'with-children', name: t('eligibility.withChildren') },
    { code: 'anonymous', name: t('eligibility.anonymous') },
  ];
  const coverage = [
    { code: 'national', name: t('coverage.national') },
    { code: 'district-offices', name: t('coverage.districtOffices') },
    { code: 'city', name: t('coverage.city') },
    { code: 'municipality', name: t('coverage.municipality') },
    ...[...register.areas.keys()].map((code) => ({ code, name: areaLabel(code, ctx) })),
  ];
  const sources = sourcesView([...register.sources.keys()], ctx).map((s) => ({
    code: s.id,
    name: s.title,
    description: [s.publisher, s.where, s.date, s.secondary ? t('source.secondary') : undefined].filter(Boolean).join(', '),
  }));
  const described = (terms: { code: string; name: string; description?: string }[]) => terms.map((term) => ({ description: term.name, ...term }));
  return [
    {
      key: 'category',
      name: t('entry.categories'),
      terms: CATEGORIES.map((c) => ({ code: c, name: t(`category.${c}`), description: t(`category.${c}.description`) })),
    },
    { key: 'sector', name: t('register.sectors'), terms: SECTORS.map((s) => ({ code: s, name: t(`sector.${s}`), description: t(`sector.${s}.description`) })) },
    { key: 'badge', name: t('search.filter.features'), terms: described(BADGE_KEYS.map((k) => ({ code: k, name: t(BADGES[k]) }))) },
    { key: 'eligibility', name: t('entry.whoCanGet'), terms: described(eligibility) },
    { key: 'coverage', name: t('facts.coverage'), terms: described(coverage) },
    { key: 'source', name: t('entry.sources'), terms: sources },
  ] as const;
}
type TaxonomyKey = ReturnType<typeof taxonomyDefinitions>[number]['key'];

/** For each source an entry names, the facts it is named for ("cost, phones"). */
function sourceFields(entry: Entry): Map<string, Set<string>> {
  const fields = new Map<string, Set<string>>(entry.facts.sources.map((id) => [id, new Set<string>()]));
  const add = (source: string, field: string) => {
    if (!fields.has(source)) fields.set(source, new Set());
    fields.get(source)!.add(field);
  };
  for (const claim of Object.keys(entry.facts.statedIn ?? {}) as Claim[]) for (const s of sourcesOfClaim(entry.facts.statedIn, claim)) add(s, claim);
  for (const key of ['phones', 'emails', 'websites'] as const) for (const c of entry.facts[key]) add(c.source, key);
  for (const h of entry.facts.hours ?? []) add(h.source, 'hours');
  if (entry.facts.since) add(entry.facts.since.source, 'since');
  if (entry.kind === 'provider') {
    if (entry.facts.address && !entry.confidential) add(entry.facts.address.source, 'address');
    if (entry.facts.network) add(entry.facts.network.source, 'network');
    if (entry.facts.licence) add(entry.facts.licence.source, 'licence');
    for (const basis of entry.facts.legalBasis) add(basis.source, 'legalBasis');
  }
  return fields;
}

/** The text the page shows, as plain text: its summary, then its body (in the page's script). */
function description(register: Register, view: EntryView): string {
  return [view.summary, bodyText(register, view.body.file, view.body.transliterate)].filter(Boolean).join('\n\n');
}

const factValue = (view: EntryView, key: string) => view.facts.find((f) => f.key === key)?.value;

export function hsdsDataset(ctx: PageContext, history: History): HsdsDataset {
  const { t, register, locale } = ctx;
  const definitions = taxonomyDefinitions(ctx);
  const taxonomyName = new Map(definitions.map((d) => [d.key, d.name]));
  const taxonomies = definitions.map((d) => ({
    id: idOf('taxonomy', d.key),
    name: d.name,
    description: t('openData.taxonomyDescription', { name: d.name }),
  }));
  const termId = (taxonomy: TaxonomyKey, code: string) => idOf('taxonomy_term', taxonomy, code);
  const taxonomyTerms = definitions.flatMap((d) =>
    d.terms.map((term) => ({
      id: termId(d.key, term.code),
      code: term.code,
      name: term.name,
      description: term.description,
      taxonomy: d.name,
      language: locale,
      taxonomy_id: idOf('taxonomy', d.key),
    })),
  );
  const terms = new Map(taxonomyTerms.map((term) => [term.id, term]));

  /** An attribute links a record (`linkKey` says which, for its id) to a term of a taxonomy. */
  const attribute = (entity: string, linkId: string, linkKey: string, taxonomy: TaxonomyKey, code: string, value?: string) => {
    const id = termId(taxonomy, code);
    const term = terms.get(id);
    if (!term) throw new Error(`No term "${code}" in the taxonomy "${taxonomyName.get(taxonomy)}"`);
    return compact({
      id: idOf('attribute', entity, linkKey, taxonomy, code),
      link_id: linkId,
      taxonomy_term_id: id,
      link_type: taxonomy,
      link_entity: entity,
      value,
      taxonomy_term: term,
    });
  };
  const sourceAttributes = (entity: string, entry: Entry) =>
    [...sourceFields(entry)].map(([source, fields]) => attribute(entity, entryUuid(entry), entry.id, 'source', source, [...fields].sort().join(', ')));

  const ownerLink = (ownerId: string, entry: Entry) =>
    entry.kind === 'service' && ownerId === entry.id ? { service_id: entryUuid(entry) } : { organization_id: idOf('provider', ownerId) };

  /** Every number the entry's page shows: its own, then its provider's and their parents'. */
  const phonesOf = (entry: Entry, view: EntryView) =>
    contactsOf(entry).phones.map(({ value, ownerId }, i) => {
      const key = `${ownerId}/${value.number}`;
      const id = idOf('phone', ownerId, value.number);
      return compact({
        id,
        ...ownerLink(ownerId, entry),
        number: value.number,
        type: value.kind === 'mobile' ? 'cell' : 'voice',
        // What the number is and, where a source says it, what the call costs, as the page says them.
        description: [view.contacts.phones[i]!.kind, view.contacts.phones[i]!.callCost?.text].filter(Boolean).join('. '),
        attributes: [attribute('phone', id, key, 'source', value.source, value.confirmed)],
      });
    });

  /** The e-mail addresses after the first (which is the record's own `email`), as contacts. */
  const contactsFor = (entry: Entry) =>
    contactsOf(entry)
      .emails.slice(1)
      .map(({ value, ownerId }) =>
        compact({
          id: idOf('contact', ownerId, value.address),
          ...ownerLink(ownerId, entry),
          name: ownerId === entry.id ? ctx.view(entry).name : ctx.view(register.provider(ownerId)).name,
          email: value.address,
        }),
      );

  const schedule = (link: Json, key: string, hours: OpeningHours) =>
    compact({
      id: idOf('schedule', key, (hours.days ?? []).join(','), hours.opens, hours.closes),
      ...link,
      freq: hours.days ? 'WEEKLY' : undefined,
      byday: hours.days?.map((d) => DAYS[d]).join(','),
      description: [hours.days?.map((d) => t(`weekday.${d}`)).join(', '), `${hours.opens}–${hours.closes}`].filter(Boolean).join(' '),
      opens_at: hours.opens,
      closes_at: hours.closes,
    });

  /** A provider's place: never for a confidential one; otherwise where it has an address or hours. */
  const locations = new Map<string, Json>();
  for (const provider of register.providers) {
    if (provider.confidential) continue;
    const view = ctx.view(provider);
    const address = view.contacts.address && provider.facts.address;
    const hours = provider.facts.hours ?? [];
    if (!address && hours.length === 0) continue;
    const id = idOf('location', provider.id);
    const addressId = idOf('address', provider.id);
    locations.set(provider.id, {
      id,
      location_type: 'physical',
      organization_id: entryUuid(provider),
      name: view.name,
      addresses: address
        ? [
            {
              id: addressId,
              location_id: id,
              address_1: ctx.inScript(address.street),
              city: ctx.inScript(address.locality),
              // The register holds no region or postal code: required by HSDS, they are left empty.
              state_province: '',
              postal_code: '',
              country: 'RS',
              address_type: 'physical',
              attributes: [attribute('address', addressId, provider.id, 'source', address.source, address.confirmed)],
            },
          ]
        : [],
      schedules: hours.map((h) => schedule({ location_id: id }, `location/${provider.id}`, h)),
    });
  }

  const organizationOf = (provider: Provider): Json => {
    const view = ctx.view(provider);
    const location = locations.get(provider.id);
    return compact({
      id: entryUuid(provider),
      name: view.name,
      alternate_name: view.shortName,
      description: description(register, view),
      email: view.contacts.emails[0]?.address,
      website: view.contacts.websites[0]?.href,
      legal_status: factValue(view, 'type'),
      uri: ctx.site ? ctx.absolute(view.href) : undefined,
      parent_organization_id: provider.parent && entryUuid(provider.parent),
      phones: phonesOf(provider, view),
      locations: location ? [location] : [],
      contacts: contactsFor(provider),
      attributes: [
        attribute('organization', entryUuid(provider), provider.id, 'sector', sectorOf(provider)),
        ...badgeKeys(provider).map((b) => attribute('organization', entryUuid(provider), provider.id, 'badge', b)),
        ...sourceAttributes('organization', provider),
      ],
    });
  };

  const serviceAreas = (service: Service, view: EntryView) => {
    if (!service.coverage) return [];
    const { level, areas } = service.coverage;
    const codes = areas.length > 0 ? areas : [level === 'district' ? 'district-offices' : level];
    return codes.map((code) => {
      const id = idOf('service_area', service.id, code);
      return {
        id,
        service_id: entryUuid(service),
        name: terms.get(termId('coverage', code))!.name,
        description: factValue(view, 'coverage'),
        attributes: [attribute('service_area', id, `${service.id}/${code}`, 'coverage', code)],
      };
    });
  };

  const schedulesOf = (service: Service) => {
    const link = { service_id: entryUuid(service) };
    if (service.facts.availability === '24/7') {
      return [
        {
          id: idOf('schedule', `service/${service.id}`, '24/7'),
          ...link,
          freq: 'WEEKLY',
          byday: EVERY_DAY,
          description: t('availability.24/7'),
          opens_at: '00:00',
          closes_at: '23:59',
        },
      ];
    }
    return service.facts.availability === 'hours' ? (service.facts.hours ?? []).map((h) => schedule(link, `service/${service.id}`, h)) : [];
  };

  const eligibilityAttributes = (service: Service) => {
    const e = service.facts.eligibility;
    const codes = [
      ...(e.genders ?? []).map((g) => `gender-${g}`),
      ...(e.victimStatus ?? []).map((s) => `victim-status-${s}`),
      ...(e.referral !== 'unknown' ? [`referral-${e.referral}`] : []),
      ...(e.nationality ? [`nationality-${e.nationality}`] : []),
      ...(e.withChildren ? ['with-children'] : []),
      ...(e.anonymous ? ['anonymous'] : []),
    ];
    return codes.map((code) => attribute('service', entryUuid(service), service.id, 'eligibility', code));
  };

  const languageName = (code: string) => {
    const profile = LOCALES.find((l) => l.tag.split('-')[0] === code);
    return profile && ctx.inScript(profile.endonym);
  };

  const serviceAtLocations = new Map<string, Json>();
  const serviceOf = (service: Service): Json => {
    const view = ctx.view(service);
    const id = entryUuid(service);
    const e = service.facts.eligibility;
    const atLocations = [service.provider, ...service.alsoAt].flatMap((p) => {
      const location = locations.get(p.id);
      return location ? [{ id: idOf('service_at_location', service.id, p.id), service_id: id, location_id: location.id, location }] : [];
    });
    const warnings = view.notices.filter((n) => n.tone === 'warning' && n.scope === 'everywhere').map((n) => n.text);
    const full = compact({
      id,
      organization_id: entryUuid(service.provider),
      name: view.name,
      alternate_name: view.shortName,
      description: description(register, view),
      url: view.contacts.websites[0]?.href,
      email: view.contacts.emails[0]?.address,
      // HSDS has no status for "the sources may be out of date": the service stays active, with the page's warning as its alert.
      status: 'active',
      interpretation_services: factValue(view, 'interpretation'),
      application_process: view.howToGet,
      fees_description: factValue(view, 'cost'),
      eligibility_description: [view.eligibility.map((item) => item.text).join('\n'), view.whoCanGet].filter(Boolean).join('\n\n'),
      minimum_age: e.minAge,
      maximum_age: e.maxAge,
      assured_date: service.facts.lastVerified.date,
      alert: warnings.join(' '),
      last_modified: lastChange(service, history),
      phones: phonesOf(service, view),
      schedules: schedulesOf(service),
      service_areas: serviceAreas(service, view),
      service_at_locations: atLocations,
      languages: (service.facts.languages?.served ?? []).map((code) =>
        compact({ id: idOf('language', service.id, code), service_id: id, name: languageName(code), code }),
      ),
      cost_options: service.facts.cost === 'free' ? [{ id: idOf('cost_option', service.id, 'free'), service_id: id, option: t('cost.free'), amount: 0 }] : [],
      contacts: contactsFor(service),
      attributes: [
        ...service.facts.categories.map((c) => attribute('service', id, service.id, 'category', c)),
        ...badgeKeys(service).map((b) => attribute('service', id, service.id, 'badge', b)),
        ...eligibilityAttributes(service),
        ...sourceAttributes('service', service),
      ],
    });
    for (const at of atLocations) serviceAtLocations.set(at.id, at);
    return full;
  };

  const byId = <T extends Entry>(entries: readonly T[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const services = byId(register.services).map(serviceOf);
  const serviceList = new Map(services.map((s) => [s.id, listForm(s)]));
  const organizations: Json[] = byId(register.providers).map((provider) => ({
    ...organizationOf(provider),
    // "A service array that contains simple information": the services and rights it offers or honours.
    services: byId(provider.services).map((s) => serviceList.get(entryUuid(s))!),
  }));
  const organizationList = new Map(organizations.map((o) => [o.id, listForm(o)]));
  for (const service of services) service.organization = organizationList.get(service.organization_id as string);
  const sals = [...serviceAtLocations.values()].map((sal) => ({ ...sal, service: serviceList.get(sal.service_id as string) }));

  const unique = (records: Json[]) => [...new Map(records.map((r) => [r.id as string, r])).values()];
  const nested = (records: Json[], key: string) => records.flatMap((r) => (r[key] as Json[] | undefined) ?? []);
  const allLocations = [...locations.values()];
  const phones = unique([...nested(organizations, 'phones'), ...nested(services, 'phones')]);
  const addresses = nested(allLocations, 'addresses');
  const areas = nested(services, 'service_areas');
  return {
    organizations,
    services,
    serviceAtLocations: sals,
    taxonomies,
    taxonomyTerms,
    tables: {
      organization: organizations,
      service: services,
      attribute: unique([...[...organizations, ...services, ...phones, ...addresses, ...areas].flatMap((r) => (r.attributes as Json[] | undefined) ?? [])]),
      service_at_location: sals,
      location: allLocations,
      phone: phones,
      contact: unique([...nested(organizations, 'contacts'), ...nested(services, 'contacts')]),
      address: addresses,
      schedule: unique([...nested(services, 'schedules'), ...nested(allLocations, 'schedules')]),
      service_area: areas,
      language: nested(services, 'languages'),
      taxonomy_term: taxonomyTerms,
      cost_option: nested(services, 'cost_options'),
      taxonomy: taxonomies,
    },
  };
}
