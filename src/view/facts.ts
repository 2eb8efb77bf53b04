/**
 * The fact rows of an entry, in the order a reader needs them: cost, when, where, then the provider's standing
 * facts; who can get it; and the badges. A new fact is a row here, a schema line and a label, and reaches the web
 * and print pages, search record, handout and open data together. Every row, badge and eligibility item names its
 * sources, numbered as in the entry's source list: the claims ledger (tests/unit/claims.test.ts) refuses one
 * without, unless UNSOURCED says why it needs none.
 */
import { sourcesOfClaim, type Claim } from '../schemas/claims.ts';
import type { OpeningHours, ProviderFacts } from '../schemas/facts.ts';
import type { UiKey } from '../i18n/dictionaries.ts';
import type { Entry, Provider, Service } from '../model/register.ts';
import { areaLabel } from './areas.ts';
import type { PageContext } from './context.ts';

/** A source with its number `n` in the entry's list of sources. */
type SourceMark = { id: string; n: number };

/** A short statement of who can get a service ("Women and girls"), with its sources. */
export interface ClaimItem {
  key: string;
  text: string;
  sources: SourceMark[];
}

/** The facts, badges and items that state no claim of their own, and why they need no source. */
const UNSOURCED: Record<string, string> = {
  'fact:type':
    "the register's own classification of the provider (an association, a public service), not a claim about help",
  'badge:right': 'what the entry is: a right, as its text and every source of it describe it',
};

/**
 * The claims ledger: what an entry's view shows as a fact, a badge or who can get it that names no source and
 * is not in UNSOURCED. Empty for every entry of a true register; the tests run it on all, in every language.
 */
export function unsourcedClaims(view: Record<'facts' | 'badges' | 'eligibility', Omit<ClaimItem, 'text'>[]>): string[] {
  const shown = [
    ...view.facts.map((f) => [`fact:${f.key.replace(/-\d+$/, '')}`, f.sources] as const),
    ...view.badges.map((b) => [`badge:${b.key}`, b.sources] as const),
    ...view.eligibility.map((e) => [`eligibility:${e.key}`, e.sources] as const),
  ];
  return shown.filter(([key, sources]) => sources.length === 0 && !(key in UNSOURCED)).map(([key]) => key);
}

const claimed = (entry: Entry, claim: Claim) => sourcesOfClaim(entry.facts.statedIn, claim);

/**
 * The sources a page lists for an entry: its own, then those of facts it shows from its provider (a
 * service that reaches as far as its provider shows the provider's coverage, and its source).
 */
export function listedSources(entry: Entry): string[] {
  const inherited = entry.kind === 'service' && !entry.facts.coverage ? claimed(entry.provider, 'coverage') : [];
  return [...new Set([...entry.facts.sources, ...inherited])];
}

/** Marks sources with their numbers in the entry's list, leaving out those it does not list. */
function marker(entry: Entry) {
  const listed = listedSources(entry);
  return (ids: readonly string[]): SourceMark[] =>
    [...new Set(ids)].map((id) => ({ id, n: listed.indexOf(id) + 1 })).filter((m) => m.n > 0);
}

/** A fact row as the tables below give it: its key, its label, its value (none: no row) and its sources. */
type Row = [key: string, label: UiKey, value: string | undefined, sources: readonly string[] | undefined];

function hoursText(hours: readonly OpeningHours[], ctx: PageContext): string {
  const line = (h: OpeningHours) => [h.days?.map((d) => ctx.t(`weekday.${d}`)).join(', '), `${h.opens}–${h.closes}`];
  return hours.map((h) => line(h).filter(Boolean).join(' ')).join('; ');
}

function coverageText(coverage: NonNullable<ProviderFacts['coverage']>, ctx: PageContext): string {
  const { t } = ctx;
  const names = coverage.areas.map((id) => areaLabel(id, ctx));
  if (coverage.level === 'district' && coverage.everywhere) return t('coverage.districtOffices');
  const level = t(`coverage.${coverage.level}`);
  return names.length > 0 ? `${level}: ${names.join(', ')}` : level;
}

/** Where an entry serves, with the sources that say so (its provider's, when it has none of its own). */
function coverageRow(entry: Entry, ctx: PageContext): Row {
  const from = entry.kind === 'service' && !entry.facts.coverage ? entry.provider : entry;
  const value = entry.coverage && coverageText(entry.coverage, ctx);
  return ['coverage', 'facts.coverage', value, claimed(from, 'coverage')];
}

function serviceRows(service: Service, ctx: PageContext): Row[] {
  const { t } = ctx;
  const { cost, availability, hours = [], languages } = service.facts;
  const interpretation = languages?.interpretation && t(`languages.interpretation.${languages.interpretation}`);
  const hourly = availability === 'hours';
  const open = hourly ? `${t('availability.hours')}: ${hoursText(hours, ctx)}` : t('availability.24/7');
  const when = availability === 'unknown' ? undefined : open;
  const whenSources = hourly ? hours.map((h) => h.source) : claimed(service, 'availability');
  return [
    ['cost', 'cost.label', cost === 'unknown' ? undefined : t(`cost.${cost}`), claimed(service, 'cost')],
    ['availability', 'availability.label', when, whenSources],
    coverageRow(service, ctx),
    ['interpretation', 'languages.label', interpretation, claimed(service, 'interpretation')],
  ];
}

function licenceText(licence: NonNullable<ProviderFacts['licence']>, { t, date }: PageContext): string {
  if (licence.from && licence.until)
    return t('facts.licenceRange', { from: date(licence.from), until: date(licence.until) });
  return licence.from ? t('facts.licenceFrom', { from: date(licence.from) }) : t('facts.licensed');
}

function providerRows(provider: Provider, ctx: PageContext): Row[] {
  const { t, date } = ctx;
  const { type, ownership, hours, network, licence, legalBasis } = provider.facts;
  const networkText = network && t('facts.networkCount', { count: ctx.number(network.count) });
  return [
    ['type', 'facts.type', `${t(`providerType.${type}`)}, ${t(`ownership.${ownership}`)}`, []],
    coverageRow(provider, ctx),
    ['hours', 'facts.hours', hours && hoursText(hours, ctx), hours?.map((h) => h.source)],
    ['network', 'facts.network', networkText, network && [network.source]],
    ['licence', 'facts.licence', licence && licenceText(licence, ctx), licence && [licence.source]],
    ...legalBasis.map((basis, i): Row => {
      const since = basis.since && t('facts.appliesSince', { date: date(basis.since) });
      const value = [t(`law.${basis.law}`), since].filter(Boolean).join(', ');
      return [`legal-basis-${i}`, 'facts.legalBasis', value, [basis.source]];
    }),
  ];
}

export function factRows(entry: Entry, ctx: PageContext) {
  const marks = marker(entry);
  const { since } = entry.facts;
  const rows = entry.kind === 'service' ? serviceRows(entry, ctx) : providerRows(entry, ctx);
  rows.push(['since', 'facts.since', since && ctx.date(since.date), since && [since.source]]);
  return rows.flatMap(([key, label, value, ids = []]) =>
    value === undefined ? [] : [{ key, label: ctx.t(label), value, sources: marks(ids) }],
  );
}

/** How a source words the age a person must be, in the page's language. */
function ageText(e: Service['facts']['eligibility'], { t }: PageContext): string | undefined {
  const max = e.maxAge;
  if (e.olderThan !== undefined) return max === undefined ? t('eligibility.ageOver', { min: e.olderThan }) : undefined;
  if (e.minAge !== undefined && max !== undefined) return t('eligibility.ageRange', { min: e.minAge, max });
  if (e.minAge !== undefined) return t('eligibility.ageFrom', { min: e.minAge });
  return max === undefined ? undefined : t('eligibility.ageUpTo', { max });
}

/** Who can get a service, as short statements drawn from its structured eligibility, each with its sources. */
export function eligibilityOf(service: Service, ctx: PageContext): ClaimItem[] {
  const { t } = ctx;
  const marks = marker(service);
  const e = service.facts.eligibility;
  const item = (key: Claim, text: string | undefined | false): ClaimItem[] =>
    text ? [{ key, text, sources: marks(claimed(service, key)) }] : [];
  const statuses = e.victimStatus?.map((s) => t(`victimStatus.${s}`)).join(', ');
  return [
    ...item('ages', ageText(e, ctx)),
    ...item('genders', e.genders?.length === 1 && t(`eligibility.gender.${e.genders[0]!}`)),
    ...item('withChildren', e.withChildren && t('eligibility.withChildren')),
    ...item('nationality', e.nationality && t(`eligibility.nationality.${e.nationality}`)),
    ...item('victimStatus', statuses && `${t('eligibility.victimStatus')}: ${statuses}`),
    ...item('referral', e.referral !== 'unknown' && t(`eligibility.referral.${e.referral}`)),
    ...item('anonymous', e.anonymous && t('eligibility.anonymous')),
  ];
}

/** The badges, with the UI string that labels each; the search's feature filters use the same keys. */
export const BADGES = {
  right: 'kind.right',
  free: 'badge.free',
  '24-7': 'availability.24/7',
  specialised: 'entry.specialised',
} as const satisfies Record<string, UiKey>;
export type BadgeKey = keyof typeof BADGES;
export const BADGE_KEYS = Object.keys(BADGES) as BadgeKey[];

export type Badge = ReturnType<typeof badgesOf>[number];

/** Which badges an entry earns, each with the claim that earns it. */
function badgeClaims(entry: Entry): [BadgeKey, Claim | undefined][] {
  const earned: [BadgeKey, Claim | undefined][] = [];
  if (entry.kind === 'service') {
    if (entry.facts.kind === 'right') earned.push(['right', undefined]);
    if (entry.facts.cost === 'free') earned.push(['free', 'cost']);
    if (entry.facts.availability === '24/7') earned.push(['24-7', 'availability']);
  }
  if (entry.facts.specialisesInTrafficking) earned.push(['specialised', 'specialised']);
  return earned;
}

export const badgeKeys = (entry: Entry): BadgeKey[] => badgeClaims(entry).map(([key]) => key);

export function badgesOf(entry: Entry, { t }: PageContext) {
  const marks = marker(entry);
  return badgeClaims(entry).map(([key, claim]) => ({
    key,
    label: t(BADGES[key]),
    sources: claim ? marks(claimed(entry, claim)) : [],
  }));
}
