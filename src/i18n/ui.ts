/**
 * UI strings for pages. Each written language has one dictionary, `src/i18n/ui/<tag>.json`, checked
 * against the schema in src/schemas/ui.ts (src/checks/dictionaries.ts reports a missing or extra key
 * with its file). Serbian Latin has none: it is the Cyrillic dictionary, transliterated.
 */
import type { LocaleTag } from './locales.ts';
import { dictionaryFor, translator, type Dictionary, type Translate } from './translate.ts';

export type { Translate } from './translate.ts';

const files = import.meta.glob<Dictionary>('./ui/*.json', { eager: true, import: 'default' });
const cache = new Map<string, Translate>();

/** The translation function of one language: `t('home.title')`, `t('entry.since', { date })`. */
export function useTranslations(locale: LocaleTag): Translate {
  if (!cache.has(locale)) cache.set(locale, translator(dictionaryFor(locale, (tag) => files[`./ui/${tag}.json`]), locale));
  return cache.get(locale)!;
}
