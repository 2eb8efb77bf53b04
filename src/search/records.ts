/**
 * What the search index knows of each entry in one language, from the register model: the words
 * to find it by (folded, see fold.ts), ranked names first, then categories, then the rest; the
 * filters; and what a result shows (name, provider, summary, badges, the number to call).
 *
 * No address of any kind is recorded, so a shelter's address cannot enter the index.
 */
import { SOURCE_LOCALE, type LocaleTag } from '../i18n/locales.ts';
import { pathOf, routes } from '../i18n/paths.ts';
import { toLatin } from '../i18n/transliterate.ts';
import type { Translate } from '../i18n/translate.ts';
import { firstPhone, textOf } from '../model/queries.ts';
import type { Entry, Register, Service } from '../model/register.ts';
import type { ProviderFacts } from '../schemas/facts.ts';
import type { Category } from '../schemas/taxonomy.ts';
import { formatNational } from '../utils/phone.ts';
import { fold } from './fold.ts';
import { NATIONAL, type Audience, type Feature, type FilterGroup } from './filters.ts';

export interface SearchRecord {
  url: string;
  lang: LocaleTag;
  /** Shown with a result, in the page's language (or the fallback's, named by `textLang`). */
  meta: {
    title: string;
    summary: string;
    textLang: string;
    provider?: string;
    phone?: string;
    phoneLabel?: string;
    badges: string;
  };
  filters: Partial<Record<FilterGroup, string[]>>;
  /** Folded words, by rank. */
  words: { name: string; labels: string; text: string };
  sortName: string;
}

/** Categories for which a person's nationality is the point: residence, going home, a language. */
const FOR_FOREIGN_NATIONALS: Category[] = ['residence-and-documents', 'return-home', 'interpretation'];

function audiences(service: Service): Audience[] {
  const e = service.facts.eligibility;
  const found: Audience[] = [];
  if (!e.genders || e.genders.includes('women')) found.push('women');
  if (!e.genders || e.genders.includes('men')) found.push('men');
  const childAge = (age?: number) => age !== undefined && age < 18;
  if (e.withChildren || childAge(e.minAge) || childAge(e.maxAge)) found.push('children');
  if (e.nationality === 'any' || e.nationality === 'foreign' || service.facts.categories.some((c) => FOR_FOREIGN_NATIONALS.includes(c))) {
    found.push('foreign-nationals');
  }
  return found;
}

/** A national entry, or one with offices in every district, is found from any area. */
function areas(coverage: ProviderFacts['coverage'], register: Register): string[] {
  const all = [...register.areas.keys()];
  if (coverage.level === NATIONAL) return [NATIONAL, ...all];
  return coverage.areas.length > 0 ? coverage.areas : all;
}

function features(entry: Entry): Feature[] {
  const found: Feature[] = [];
  if (entry.kind === 'service' && entry.facts.cost === 'free') found.push('free');
  if (entry.kind === 'service' && entry.facts.availability === '24/7') found.push('24-7');
  if (entry.facts.specialisesInTrafficking) found.push('specialised');
  return found;
}

/** Markdown and MDX reduced to its words. */
function plain(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchRecords(register: Register, locale: LocaleTag, t: Translate): SearchRecord[] {
  const latin = !locale.endsWith('Cyrl');
  const inScript = (text: string) => (latin ? toLatin(text) : text);

  const record = (entry: Entry, url: string): SearchRecord => {
    const text = textOf(entry, locale);
    const input = entry.texts.byLocale.get(text.transliterate ? SOURCE_LOCALE : text.lang);
    const provider = entry.kind === 'service' ? entry.provider : entry.parent;
    const providerName = provider ? textOf(provider, locale).data.name : undefined;
    const categories: Category[] =
      entry.kind === 'service' ? entry.facts.categories : [...new Set(entry.services.flatMap((s) => s.facts.categories))];
    const kind = entry.kind === 'provider' ? 'provider' : entry.facts.kind;
    const coverage = entry.kind === 'service' ? entry.coverage : entry.facts.coverage;
    const facts = entry.kind === 'service' ? entry.provider.facts : entry.facts;
    const phone = firstPhone(entry)?.number;
    const areaNames = coverage.areas.map((id) => register.areas.get(id)!.name);
    const body = [text.data.summary, text.data.whoCanGet, text.data.howToGet, input ? plain(input.body) : '', providerName, ...areaNames]
      .filter(Boolean)
      .join(' ');

    return {
      url,
      lang: locale,
      meta: {
        title: text.data.name,
        summary: text.data.summary,
        textLang: text.lang,
        provider: providerName,
        phone,
        phoneLabel: phone ? formatNational(phone) : undefined,
        badges: [kind === 'right' ? 'right' : '', ...features(entry)].filter(Boolean).join(' '),
      },
      filters: {
        kind: [kind],
        category: categories,
        audience: entry.kind === 'service' ? audiences(entry) : [],
        features: features(entry),
        sector: [facts.sector],
        type: [facts.type],
        area: areas(coverage, register),
      },
      words: {
        name: fold(`${text.data.name} ${text.data.shortName ?? ''}`),
        labels: fold([kind === 'provider' ? t('search.kind.provider') : t(`kind.${kind}`), ...categories.map((c) => t(`category.${c}`))].join(' ')),
        text: fold(inScript(body)),
      },
      sortName: fold(text.data.name),
    };
  };

  return [
    ...register.services.map((s) => record(s, pathOf(locale, routes.service(s.id)))),
    ...register.providers.map((p) => record(p, pathOf(locale, routes.provider(p.id)))),
  ];
}
