/**
 * Facts: what does not depend on language, written once in content/ (providers, services, sources,
 * areas, emergency numbers) and read by every language's page, so a phone number is corrected in one
 * line of one file. The fields follow Open Referral HSDS 3.0 where it has one (src/open-data/):
 * provider → organization (a unit has parent_organization_id), service → service, phones → phone,
 * availability → schedule, coverage → service_area, cost → cost_option, eligibility → minimum_age /
 * maximum_age / eligibility_description, lastVerified → assured_date.
 */
import { z } from 'astro/zod';
import { CLAIMS, type Claim } from './claims.ts';
import {
  email,
  ENTRY_ID,
  entryId,
  isoDate,
  matching,
  oneOf,
  partialDate,
  phoneNumber,
  textExpected,
  limit,
  sized,
  webAddress,
} from './common.ts';
import * as vocab from './taxonomy.ts';

const sourceId = matching(
  ENTRY_ID,
  'expected the id of a publication in content/sources.yaml: ' +
    'lower-case letters, digits and hyphens, such as "brochure-2021"',
  textExpected(
    'name the source that states it: the id of a publication in content/sources.yaml, such as "brochure-2021"',
  ),
);

/**
 * Where a contact fact was published. A contact fact is shown with its publication and date and as
 * awaiting confirmation until a maintainer writes the date they confirmed it with the provider.
 */
const provenance = { source: sourceId, confirmed: isoDate.optional() };

const phoneSchema = z.strictObject({
  number: phoneNumber,
  kind: oneOf(vocab.PHONE_KINDS, 'the kind of number'),
  purpose: oneOf(vocab.PHONE_PURPOSES, 'what the number is for').optional(),
  /** What the call costs, with the source that says so; absent where no source says. */
  callCost: z.strictObject({ cost: oneOf(vocab.CALL_COSTS, 'what the call costs'), source: sourceId }).optional(),
  ...provenance,
});

/** A street address, in Serbian Cyrillic as the official form; Latin pages transliterate it. */
const addressSchema = z.strictObject({
  street: sized(3, 120, 'the street', textExpected('expected the street and number, such as "Савска 35"')),
  locality: sized(2, 60, 'the town or city', textExpected('expected the town or city, such as "Београд"')),
  ...provenance,
});

const coverageSchema = z
  .strictObject({
    level: oneOf(vocab.COVERAGE_LEVELS, 'how far the provider reaches'),
    areas: z.array(entryId('an area in content/areas.yaml')).default([]),
    /**
     * One entry for offices in every district or municipality (the Centres for Social Work, the
     * higher courts): all of Serbia is served, each office in its own area. Said outright, so that
     * a local service entered without its areas is not taken for one that serves everywhere.
     */
    everywhere: z.literal(true).optional(),
  })
  .refine((c) => c.level !== 'national' || (c.areas.length === 0 && !c.everywhere), {
    error: 'a national provider covers all of Serbia: remove "areas" and "everywhere", or change "level"',
    path: ['areas'],
  })
  .refine((c) => c.level === 'national' || c.areas.length > 0 || c.everywhere, {
    error:
      'a local provider names the areas it serves, such as "areas: [belgrade]" (content/areas.yaml); ' +
      'if it has offices in every district or municipality of Serbia, write "everywhere: true"',
    path: ['areas'],
  })
  .refine((c) => !(c.everywhere && c.areas.length > 0), {
    error: 'an entry with offices everywhere names no areas: remove "areas" or "everywhere"',
    path: ['everywhere'],
  });

const CLAIM_SOURCES_ADVICE =
  'expected the id of a source in content/sources.yaml, or a list of them, such as brochure-2021';
/** One source id, or a list of them; the advice is the web editor's hint too (src/editor/form.ts). */
export const claimSources = z
  .union([sourceId, z.array(sourceId).min(1)], { error: CLAIM_SOURCES_ADVICE })
  .meta({ description: CLAIM_SOURCES_ADVICE });
type OptionalSources = z.ZodOptional<typeof claimSources>;

/** For each claim a person relies on, the source that states it: `statedIn: { cost: brochure-2021 }` (claims.ts). */
const statedInSchema = z.strictObject(
  Object.fromEntries(CLAIMS.map((claim) => [claim, claimSources.optional()])) as Record<Claim, OptionalSources>,
);

const commonFacts = {
  specialisesInTrafficking: z.boolean({
    error: 'expected true or false: does this provider or service work specifically with trafficking?',
  }),
  phones: z.array(phoneSchema).default([]),
  emails: z.array(z.strictObject({ address: email, ...provenance })).default([]),
  websites: z.array(z.strictObject({ url: webAddress, ...provenance })).default([]),
  since: z.strictObject({ date: partialDate, source: sourceId }).optional(),
  sources: z.array(sourceId).min(1, { error: 'name at least one source from content/sources.yaml' }),
  statedIn: statedInSchema.optional(),
  lastVerified: z.strictObject({
    date: isoDate,
    how: oneOf(vocab.VERIFICATION_METHODS, 'how the facts were checked'),
    /** Who checked: an organisation or a maintainer, as they want to be named. */
    by: textExpected('expected who checked the facts, such as "ASTRA"')
      .trim()
      .min(2, { error: 'expected who checked the facts, such as "ASTRA"' })
      .max(...limit(100, 'who checked the facts'))
      .optional(),
  }),
};

const openingHoursSchema = z.strictObject({
  days: z.array(oneOf(vocab.WEEKDAYS, 'a day of the week')).optional(),
  opens: matching(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time such as "07:30"'),
  closes: matching(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time such as "15:30"'),
  source: sourceId,
});

export const providerSchema = z
  .strictObject({
    parent: entryId('the provider this unit belongs to').optional(),
    type: oneOf(vocab.PROVIDER_TYPES, 'the kind of provider'),
    sector: oneOf(vocab.SECTORS, 'the sector'),
    ownership: oneOf(vocab.OWNERSHIPS, 'public or civil'),
    /** One entry standing for many local offices (the Centres for Social Work). */
    network: z.strictObject({ count: z.number().int().positive(), source: sourceId }).optional(),
    /** Where it serves; absent where no source says. */
    coverage: coverageSchema.optional(),
    confidentialLocation: z.boolean().default(false),
    address: addressSchema.optional(),
    /** Office hours, where a source gives them. */
    hours: z.array(openingHoursSchema).optional(),
    licence: z
      .strictObject({ from: partialDate.optional(), until: partialDate.optional(), source: sourceId })
      .optional(),
    legalBasis: z
      .array(z.strictObject({ law: oneOf(vocab.LAWS, 'a law'), since: partialDate.optional(), source: sourceId }))
      .default([]),
    ...commonFacts,
  })
  .refine((p) => !(p.confidentialLocation && p.address), {
    error:
      'a confidential location (a shelter) never has an address: ' +
      'remove "address", or set "confidentialLocation: false" if the place is not confidential',
    path: ['address'],
  });

/**
 * Ages as the sources word them: "aged 15 and over" is `minAge: 15`; "over 16" is `olderThan: 16`,
 * since whether a person of exactly 16 is admitted is not said. One of the two.
 */
const eligibilitySchema = z.strictObject({
  minAge: z.number().int().min(0).max(120).optional(),
  olderThan: z.number().int().min(0).max(120).optional(),
  maxAge: z.number().int().min(0).max(120).optional(),
  /** Absent: anyone. */
  genders: z.array(oneOf(vocab.GENDERS, 'women or men')).optional(),
  /** Children may come with the person who gets the service. */
  withChildren: z.boolean().optional(),
  nationality: oneOf(vocab.NATIONALITIES, 'whose nationality qualifies').optional(),
  /** Which victim statuses qualify; absent: not stated by the sources. */
  victimStatus: z.array(oneOf(vocab.VICTIM_STATUSES, 'a victim status')).optional(),
  referral: oneOf(vocab.REFERRAL, 'whether a referral is needed').default('unknown'),
  anonymous: z.boolean().optional(),
});

export const serviceSchema = z
  .strictObject({
    kind: oneOf(vocab.SERVICE_KINDS, 'a service or a right'),
    status: oneOf(vocab.SERVICE_STATUSES, 'whether the sources show the service running now').default('active'),
    /** The provider that offers the service, or the institution that must honour the right. */
    provider: entryId('the provider in content/providers'),
    /** Other providers where the same service or right is available. */
    alsoAt: z.array(entryId('a provider in content/providers')).default([]),
    categories: z
      .array(oneOf(vocab.CATEGORIES, 'a category'))
      .min(1, { error: 'name at least one category, such as "legal-help"' }),
    availability: oneOf(vocab.AVAILABILITY, 'when the service is available').default('unknown'),
    hours: z.array(openingHoursSchema).optional(),
    cost: oneOf(vocab.COSTS, 'what it costs').default('unknown'),
    eligibility: eligibilitySchema.default({ referral: 'unknown' }),
    languages: z
      .strictObject({
        interpretation: oneOf(vocab.INTERPRETATION, 'whether interpretation is offered').optional(),
      })
      .optional(),
    /** Overrides the provider's coverage when the service reaches less far. */
    coverage: coverageSchema.optional(),
    ...commonFacts,
  })
  .refine((s) => s.availability !== 'hours' || (s.hours && s.hours.length > 0), {
    error: 'availability is "hours": add the hours, or set availability to "unknown"',
    path: ['hours'],
  })
  .refine(({ eligibility: e }) => e.minAge === undefined || e.olderThan === undefined, {
    error:
      'a source words the youngest age one way: "15 and over" is minAge, "over 16" is olderThan; ' +
      'keep the one the source says',
    path: ['eligibility', 'olderThan'],
  })
  .refine(({ eligibility: e }) => e.minAge === undefined || e.maxAge === undefined || e.minAge <= e.maxAge, {
    error:
      'minAge is greater than maxAge: the youngest age a person can be goes in minAge, the oldest in maxAge; ' +
      'swap them or correct the one that is wrong',
    path: ['eligibility', 'minAge'],
  });

/** A text in other languages, by language tag: `{ en: Belgrade }`. */
const inLanguages = z.record(
  z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, { error: 'expected a language tag such as "en"' }),
  sized(2, 300, 'the text in this language'),
);

export const sourceSchema = z.strictObject({
  id: entryId('a source'),
  /** The file in the shared sources folder that holds or reports this publication. */
  file: matching(
    /^(\d{3}_[0-9a-f]{16}\.txt|contact-facts\.md)$/,
    'expected a file of the shared sources folder, such as "000_92f1fca1b78e6f44.txt" or "contact-facts.md"',
  ),
  /** The title, in `language`: the publication's own, or (where it is long) a description of it. */
  title: sized(3, 300, 'the title'),
  /**
   * A described title in the register's other languages, by language tag: each page shows its own
   * language's, so that no English description stands on a Serbian, Albanian or Romani page.
   */
  titleIn: inLanguages.optional(),
  /** A provider of the register that published it: pages name it as its entry does, in the reader's language. */
  publishedBy: entryId('the provider in content/providers that published it').optional(),
  /** Who published it, where the register has no entry for them (a newspaper); one of the two (checks/rules.ts). */
  publisher: sized(2, 200, 'the publisher').optional(),
  /** The publisher's name in other languages, where it has one there (an institution's name). */
  publisherIn: inLanguages.optional(),
  /** Where it was published, as the source gives it (a site and path). */
  where: z
    .string()
    .max(...limit(500, 'where it was published'))
    .optional(),
  /** When it was published; absent when the publication is undated. */
  published: partialDate.optional(),
  /** A secondary source reports what another body published. */
  secondary: z.boolean().default(false),
  /** The language of `title` and `publisher` as written here. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/),
});

export const areaSchema = z.strictObject({
  id: entryId('an area'),
  kind: oneOf(vocab.AREA_KINDS, 'a district or a city'),
  /** Serbian name in Cyrillic; Latin pages transliterate it. */
  name: sized(2, 60, 'the name'),
  /**
   * Its whole name where a language writes it otherwise than its pattern ("{name} district") would,
   * by language tag: "City of Belgrade" in English, "Rrethi i Pçinjës" in Albanian.
   */
  labelIn: inLanguages.optional(),
  seat: sized(2, 60, 'the seat').optional(),
  /** The districts of Kosovo and Metohija exist formally. */
  formal: z.boolean().default(false),
  source: sourceId,
});

export const emergencyNumberSchema = z.strictObject({
  id: oneOf(vocab.EMERGENCY_SERVICES, 'an emergency service'),
  number: matching(/^\d{3}$/, 'expected a three-digit short number such as "192"'),
  source: sourceId,
});

export type ProviderFacts = z.output<typeof providerSchema>;
export type ServiceFacts = z.output<typeof serviceSchema>;
export type SourceFacts = z.output<typeof sourceSchema>;
export type AreaFacts = z.output<typeof areaSchema>;
export type EmergencyNumber = z.output<typeof emergencyNumberSchema>;
export type OpeningHours = z.output<typeof openingHoursSchema>;

/**
 * Editorial choices, in `content/register.yaml`: the service whose number every home page shows beside
 * the emergency numbers, and where a person is sent first when an entry has no published contact.
 */
export const registerSettingsSchema = z.strictObject({
  hotline: entryId('the hotline service in content/services'),
  firstContacts: z
    .array(entryId('a service in content/services'))
    .min(1, { error: 'name at least one service a person can turn to first' }),
});
export type RegisterSettings = z.output<typeof registerSettingsSchema>;
