/**
 * The fact rows of an entry, in the order a reader needs them: what it costs, when, where, then the
 * provider's standing facts. One table: a new fact is a row here, a schema line and a label, and it
 * reaches the web page, the print page and the handout together. Each row names the sources that
 * state it, as the entry's source list numbers them.
 */
import { claimsOf, sourcesOfClaim, type Claim } from '../schemas/claims.ts';
import type { OpeningHours, ProviderFacts } from '../schemas/facts.ts';
import type { Entry, Service } from '../model/register.ts';
import { areaLabel } from './areas.ts';
import type { PageContext } from './context.ts';

interface SourceMark {
  id: string;
  /** Its number in the entry's list of sources. */
  n: number;
}

export interface FactRow {
  key: string;
  label: string;
  value: string;
  sources: SourceMark[];
}

function marks(entry: Entry, ids: readonly string[]): SourceMark[] {
  return [...new Set(ids)].map((id) => ({ id, n: entry.facts.sources.indexOf(id) + 1 })).filter((m) => m.n > 0);
}

const claimSources = (entry: Entry, claim: Claim) => marks(entry, sourcesOfClaim(entry.facts.statedIn, claim));

function hoursText(hours: readonly OpeningHours[], ctx: PageContext): string {
  return hours.map((h) => [h.days?.map((d) => ctx.t(`weekday.${d}`)).join(', '), `${h.opens}–${h.closes}`].filter(Boolean).join(' ')).join('; ');
}

function coverageText(coverage: ProviderFacts['coverage'], ctx: PageContext): string {
  const { t } = ctx;
  const names = coverage.areas.map((id) => areaLabel(id, ctx));
  if (coverage.level === 'district' && coverage.everywhere) return t('coverage.districtOffices');
  return names.length > 0 ? `${t(`coverage.${coverage.level}`)}: ${names.join(', ')}` : t(`coverage.${coverage.level}`);
}

type Row = (entry: Entry, ctx: PageContext) => FactRow | FactRow[] | undefined | false;

const SERVICE_ROWS: Row[] = [
  (entry, { t }) =>
    entry.kind === 'service' && { key: 'cost', label: t('cost.label'), value: t(`cost.${entry.facts.cost}`), sources: claimSources(entry, 'cost') },
  (entry, ctx) => {
    if (entry.kind !== 'service') return undefined;
    const { availability, hours = [] } = entry.facts;
    const value = availability === 'hours' ? `${ctx.t('availability.hours')}: ${hoursText(hours, ctx)}` : ctx.t(`availability.${availability}`);
    const sources =
      availability === 'hours'
        ? marks(
            entry,
            hours.map((h) => h.source),
          )
        : claimSources(entry, 'availability');
    return { key: 'availability', label: ctx.t('availability.label'), value, sources };
  },
  (entry, ctx) => {
    if (entry.kind !== 'service') return undefined;
    // A service without its own coverage reaches as far as its provider, whose source says so.
    const own = claimsOf(entry.facts).some((c) => c.claim === 'coverage');
    return { key: 'coverage', label: ctx.t('facts.coverage'), value: coverageText(entry.coverage, ctx), sources: own ? claimSources(entry, 'coverage') : [] };
  },
  (entry, { t }) => {
    const interpretation = entry.kind === 'service' ? entry.facts.languages?.interpretation : undefined;
    return (
      interpretation && {
        key: 'interpretation',
        label: t('languages.label'),
        value: t(`languages.interpretation.${interpretation}`),
        sources: claimSources(entry, 'interpretation'),
      }
    );
  },
];

const PROVIDER_ROWS: Row[] = [
  (entry, { t }) =>
    entry.kind === 'provider' && {
      key: 'type',
      label: t('facts.type'),
      value: `${t(`providerType.${entry.facts.type}`)}, ${t(`ownership.${entry.facts.ownership}`)}`,
      sources: [],
    },
  (entry, ctx) =>
    entry.kind === 'provider' && {
      key: 'coverage',
      label: ctx.t('facts.coverage'),
      value: coverageText(entry.facts.coverage, ctx),
      sources: claimSources(entry, 'coverage'),
    },
  (entry, ctx) =>
    entry.kind === 'provider' && entry.facts.hours
      ? {
          key: 'hours',
          label: ctx.t('facts.hours'),
          value: hoursText(entry.facts.hours, ctx),
          sources: marks(
            entry,
            entry.facts.hours.map((h) => h.source),
          ),
        }
      : undefined,
  (entry, ctx) =>
    entry.kind === 'provider' && entry.facts.network
      ? {
          key: 'network',
          label: ctx.t('facts.network'),
          value: ctx.t('facts.networkCount', { count: ctx.number(entry.facts.network.count) }),
          sources: marks(entry, [entry.facts.network.source]),
        }
      : undefined,
  (entry, ctx) => {
    const licence = entry.kind === 'provider' ? entry.facts.licence : undefined;
    if (!licence) return undefined;
    const { t } = ctx;
    const value =
      licence.from && licence.until
        ? t('facts.licenceRange', { from: ctx.date(licence.from), until: ctx.date(licence.until) })
        : licence.from
          ? t('facts.licenceFrom', { from: ctx.date(licence.from) })
          : t('facts.licensed');
    return { key: 'licence', label: t('facts.licence'), value, sources: marks(entry, [licence.source]) };
  },
  (entry, ctx) =>
    entry.kind === 'provider'
      ? entry.facts.legalBasis.map((basis, i) => ({
          key: `legal-basis-${i}`,
          label: ctx.t('facts.legalBasis'),
          value: [ctx.t(`law.${basis.law}`), basis.since && ctx.t('facts.appliesSince', { date: ctx.date(basis.since) })].filter(Boolean).join(', '),
          sources: marks(entry, [basis.source]),
        }))
      : undefined,
];

const COMMON_ROWS: Row[] = [
  (entry, ctx) =>
    entry.facts.since && {
      key: 'since',
      label: ctx.t('facts.since'),
      value: ctx.date(entry.facts.since.date),
      sources: marks(entry, [entry.facts.since.source]),
    },
];

export function factRows(entry: Entry, ctx: PageContext): FactRow[] {
  return [...SERVICE_ROWS, ...PROVIDER_ROWS, ...COMMON_ROWS].flatMap((row) => row(entry, ctx) || []);
}

/** Who can get a service, as short statements drawn from its structured eligibility. */
export function eligibilityOf(service: Service, { t }: PageContext): string[] {
  const e = service.facts.eligibility;
  const items: string[] = [];
  if (e.minAge !== undefined && e.maxAge !== undefined) items.push(t('eligibility.ageRange', { min: e.minAge, max: e.maxAge }));
  else if (e.minAge !== undefined) items.push(t('eligibility.ageFrom', { min: e.minAge }));
  else if (e.maxAge !== undefined) items.push(t('eligibility.ageUpTo', { max: e.maxAge }));
  if (e.genders?.length === 1) items.push(t(`eligibility.gender.${e.genders[0]!}`));
  if (e.withChildren) items.push(t('eligibility.withChildren'));
  if (e.nationality) items.push(t(`eligibility.nationality.${e.nationality}`));
  if (e.victimStatus?.length) items.push(`${t('eligibility.victimStatus')}: ${e.victimStatus.map((s) => t(`victimStatus.${s}`)).join(', ')}`);
  if (e.referral !== 'unknown') items.push(t(`eligibility.referral.${e.referral}`));
  if (e.anonymous) items.push(t('eligibility.anonymous'));
  return items;
}
