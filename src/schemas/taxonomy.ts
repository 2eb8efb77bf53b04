/**
 * The register's fixed vocabularies. Keys are stable (they appear in URLs, filters and exports);
 * their labels live in the UI dictionaries under `category.<key>`, `sector.<key>` and so on, so
 * that no label is ever free text in an entry.
 */

/** What a person needs: the "what do you need?" entry point, category pages and filters. */
export const CATEGORIES = [
  'urgent-help',
  'information',
  'identification',
  'support-plan',
  'accommodation',
  'safety-and-protection',
  'legal-help',
  'court-support',
  'psychological-help',
  'medical-help',
  'money-and-material-support',
  'work-and-education',
  'interpretation',
  'residence-and-documents',
  'return-home',
  'family',
  'daily-support',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where a provider stands in the protection system; the register is grouped by it. */
export const SECTORS = [
  'specialised-centre',
  'ngo',
  'social-protection',
  'police',
  'prosecution',
  'courts',
  'health',
  'employment',
  'local-government',
] as const;
export type Sector = (typeof SECTORS)[number];

/** What kind of body a provider is, who runs it, and how far it reaches. */
export const PROVIDER_TYPES = ['public-service', 'state-authority', 'association'] as const;
export const OWNERSHIPS = ['public', 'civil'] as const;
export const COVERAGE_LEVELS = ['national', 'district', 'city', 'municipality'] as const;

/** A service is something a provider offers; a right is something an institution must honour. */
export const SERVICE_KINDS = ['service', 'right'] as const;
export const AVAILABILITY = ['24/7', 'hours', 'unknown'] as const;
export const COSTS = ['free', 'unknown'] as const;
export const INTERPRETATION = ['free', 'available'] as const;
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/**
 * Whether the sources show the service running now. `unconfirmed`: its only source is undated or
 * speaks of it in the past, so the page warns that it may have stopped.
 */
export const SERVICE_STATUSES = ['active', 'unconfirmed'] as const;

export const PHONE_KINDS = ['hotline', 'office', 'mobile'] as const;
/** What a phone number is for, when it is not the provider's general number. */
export const PHONE_PURPOSES = ['report-trafficking'] as const;
/**
 * What a call to a number costs the caller, where a source says it: a free call, or an ordinary call
 * charged by the caller's operator. Apart from what the help costs (COSTS): a free service can be
 * reached on a number whose call is charged.
 */
export const CALL_COSTS = ['free', 'ordinary'] as const;

/** Who can get a service. */
export const GENDERS = ['women', 'men'] as const;
export const NATIONALITIES = ['any', 'serbian', 'foreign'] as const;
export const VICTIM_STATUSES = ['at-risk', 'presumed', 'identified'] as const;
export const REFERRAL = ['required', 'not-required', 'unknown'] as const;

/** Whom a service is for, as pages and search show it (derived from eligibility in src/model/audience.ts). */
export const AUDIENCES = ['women', 'men', 'children', 'foreign-nationals'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How the facts of an entry were last checked. */
export const VERIFICATION_METHODS = ['published-sources', 'provider', 'phone-call'] as const;

/** Laws an entry can name as its legal basis; labels in the dictionaries under `law.<key>`. */
export const LAWS = ['free-legal-aid-act'] as const;

export const AREA_KINDS = ['district', 'city'] as const;

/** The emergency services, in the order pages show them. */
export const EMERGENCY_SERVICES = ['police', 'ambulance', 'fire'] as const;
