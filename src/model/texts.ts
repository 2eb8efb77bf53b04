/**
 * Which text of an entry a page in one language shows: its own translation (an outdated one too,
 * marked), else the derived or fallback language's text, down to the source, and the status of
 * each translation (current, outdated, missing) for the notices, the status page and the report.
 */
import { localeConfig, SOURCE_LOCALE, type LocaleTag } from '../i18n/locales.ts';
import { toLatin } from '../i18n/transliterate.ts';
import type { TextFile } from '../content/input.ts';
import type { TextKind } from '../content/layout.ts';
import type { TextFields } from '../schemas/text.ts';
import { memo } from '../lib/memo.ts';
import { textFingerprint } from './fingerprint.ts';

export type TranslationStatus = 'source' | 'derived' | 'current' | 'outdated' | 'missing';

/** An entry's (or a prose page's) texts in every written language. */
export interface TextsByLanguage {
  kind: TextKind;
  id: string;
  byLocale: Map<string, TextFile>;
}

/** An entry's text as a page of one language shows it. */
export interface ShownText {
  data: TextFields;
  /** The text file whose body is rendered ("content/text/sr-Cyrl/services/x.mdx"). */
  file: string;
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

function textStatus(texts: TextsByLanguage, locale: string): { text?: TextFile; status: TranslationStatus } {
  const source = texts.byLocale.get(SOURCE_LOCALE);
  if (locale === SOURCE_LOCALE) return { text: source, status: 'source' };
  const text = texts.byLocale.get(locale);
  if (!text || !source) return { status: 'missing' };
  const current = text.data.translation?.from === textFingerprint(source.data, source.body);
  return { text, status: current ? 'current' : 'outdated' };
}

/** The status of one entry's text in one language, for the status page and the report. */
export function translationStatus(texts: TextsByLanguage, locale: LocaleTag): TranslationStatus {
  return localeConfig(locale).derive ? 'derived' : textStatus(texts, locale).status;
}

/** Every string of a text in Latin letters (a new field too), but the translation's fingerprint. */
const latin = (value: unknown): unknown => {
  if (typeof value === 'string') return toLatin(value);
  if (Array.isArray(value)) return value.map(latin);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, latin(v)]));
  return value;
};
function transliterated({ translation, ...words }: TextFields): TextFields {
  return { ...(latin(words) as TextFields), ...(translation ? { translation } : {}) };
}

/**
 * Made once per text, language and role: lists sort by name and every page shows the same texts,
 * so a Latin page would otherwise transliterate, and a translation check its source's fingerprint,
 * again for every comparison and every page. Texts are never changed once the register is built.
 */
export const shownText = memo(localize);

function localize(texts: TextsByLanguage, locale: LocaleTag, asFallback = false): ShownText {
  const config = localeConfig(locale);
  if (config.derive) {
    const base = shownText(texts, config.derive.from, asFallback);
    return { ...base, data: transliterated(base.data), lang: locale, transliterate: true, status: 'derived' };
  }
  const { text, status } = textStatus(texts, locale);
  if (text) {
    return {
      data: text.data,
      file: text.file,
      lang: locale,
      transliterate: false,
      fallback: asFallback,
      status,
      reviewed: text.data.translation?.reviewed ?? true,
    };
  }
  const next = config.fallback ?? SOURCE_LOCALE;
  if (next === locale) throw new Error(`No text for ${texts.kind}/${texts.id} in ${locale}`);
  return { ...shownText(texts, next, true), fallback: true, status: 'missing' };
}
