/**
 * The register's languages. Adding a language is one line here, one UI dictionary
 * (`src/i18n/ui/<tag>.json`) and one content folder (`content/text/<tag>/`).
 *
 * This file is plain data with no Astro imports, so that `astro.config.mjs`, the checks
 * and the scripts read the same list the pages do.
 */

export interface LocaleConfig {
  /** BCP 47 tag: the page's `<html lang>`, the dictionary and content folder name. */
  tag: string;
  /** URL prefix, lower case. */
  path: string;
  /** The language named in itself, as a reader looks for it. */
  endonym: string;
  /** Locale used for `Intl` date and number formatting (Romani has no CLDR data: see format.ts). */
  intl: string;
  /**
   * Where this locale's text comes from when an entry has none in its own folder:
   * `derive` builds it from another locale at build time (Serbian Latin from Cyrillic);
   * `fallback` shows that locale's text with a notice.
   */
  derive?: { from: string; by: 'transliterate' };
  fallback?: string;
  /** A translated language: whether a native speaker has reviewed its UI dictionary (pages say so when not). */
  uiReviewed?: boolean;
}

export const LOCALES = [
  { tag: 'sr-Cyrl', path: 'sr', endonym: 'Српски', intl: 'sr-Cyrl' },
  { tag: 'sr-Latn', path: 'sr-latn', endonym: 'Srpski (latinica)', intl: 'sr-Latn', derive: { from: 'sr-Cyrl', by: 'transliterate' } },
  { tag: 'en', path: 'en', endonym: 'English', intl: 'en-GB', fallback: 'sr-Latn', uiReviewed: false },
  { tag: 'sq', path: 'sq', endonym: 'Shqip', intl: 'sq', fallback: 'sr-Latn', uiReviewed: false },
  { tag: 'rom', path: 'rom', endonym: 'Romani čhib', intl: 'rom', fallback: 'sr-Latn', uiReviewed: false },
] as const satisfies readonly LocaleConfig[];

export type LocaleTag = (typeof LOCALES)[number]['tag'];

/** The register's source language: entries are written in it first and translated from it. */
export const SOURCE_LOCALE: LocaleTag = 'sr-Cyrl';

export const LOCALE_TAGS: LocaleTag[] = LOCALES.map((l) => l.tag);

export function localeConfig(tag: LocaleTag): LocaleConfig {
  const found = LOCALES.find((l) => l.tag === tag);
  if (!found) throw new Error(`Unknown locale "${tag}". Known: ${LOCALE_TAGS.join(', ')}.`);
  return found;
}

export function localeByPath(path: string): LocaleConfig | undefined {
  return LOCALES.find((l) => l.path === path);
}

/** Locales whose text is written by people (they have a content folder and a dictionary to translate). */
export const WRITTEN_LOCALES: LocaleTag[] = LOCALES.filter((l: LocaleConfig) => !l.derive).map((l) => l.tag);

export function isLocaleTag(value: string): value is LocaleTag {
  return (LOCALE_TAGS as string[]).includes(value);
}

/** A language whose text is translated from the source (not the source, not derived from it). */
export function isTranslated(tag: LocaleTag): boolean {
  const config = localeConfig(tag);
  return tag !== SOURCE_LOCALE && !config.derive;
}
