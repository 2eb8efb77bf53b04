/**
 * The register's languages, read from their profiles in src/i18n/languages.yaml and checked against
 * src/schemas/language.ts when the register starts. REGISTER_EXTRA_LANGUAGES names a file of more
 * profiles (its dictionaries in a `ui/` folder beside it): the tests add a fixture language so, to
 * show that a profile, a dictionary and a content folder are all a language needs. No Astro import,
 * so that astro.config.mjs, the checks and the scripts read the same list the pages do.
 */
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { env } from '../config/env.ts';
import { readTextFileSync } from '../lib/text-file.ts';
import { languagesSchema, type LanguageProfile } from '../schemas/language.ts';

/** A language's BCP 47 tag, as its profile gives it. */
export type LocaleTag = string;
export type LocaleProfile = LanguageProfile;

const LANGUAGES_FILE = 'src/i18n/languages.yaml';

function readProfiles(): { profiles: readonly LocaleProfile[]; extraDictionaries?: string } {
  const own = parse(readTextFileSync(join(process.cwd(), LANGUAGES_FILE))) as unknown[];
  const extraFile = env.REGISTER_EXTRA_LANGUAGES;
  const extra = extraFile ? (parse(readTextFileSync(resolve(extraFile))) as unknown[]) : [];
  const checked = languagesSchema.safeParse([...own, ...extra]);
  if (!checked.success) {
    const where = (path: PropertyKey[]) =>
      typeof path[0] === 'number' && path[0] >= own.length ? extraFile : LANGUAGES_FILE;
    throw new Error(checked.error.issues.map((i) => `${where(i.path)}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return { profiles: checked.data, extraDictionaries: extraFile && join(resolve(extraFile), '..', 'ui') };
}

/** The profiles, and where the dictionaries of added languages are when REGISTER_EXTRA_LANGUAGES is set. */
export const { profiles: LOCALES, extraDictionaries: EXTRA_DICTIONARIES } = readProfiles();

/** The register's source language: entries are written in it first and translated from it. */
export const SOURCE_LOCALE: LocaleTag = LOCALES[0]!.tag;

export const LOCALE_TAGS: readonly LocaleTag[] = LOCALES.map((l) => l.tag);

export function localeConfig(tag: LocaleTag): LocaleProfile {
  const found = LOCALES.find((l) => l.tag === tag);
  if (!found) throw new Error(`Unknown language "${tag}". Known: ${LOCALE_TAGS.join(', ')} (${LANGUAGES_FILE}).`);
  return found;
}

export const localeByPath = (path: string): LocaleProfile | undefined => LOCALES.find((l) => l.path === path);

/** Languages whose text is written by people (they have a content folder and a dictionary to translate). */
export const WRITTEN_LOCALES: readonly LocaleTag[] = LOCALES.filter((l) => !l.derive).map((l) => l.tag);

/** A language whose text is translated from the source (not the source, not derived from it). */
export const isTranslated = (tag: LocaleTag): boolean => tag !== SOURCE_LOCALE && !localeConfig(tag).derive;

/** Whether pages in `tag` are written in Latin letters (and show Serbian names transliterated). */
export const isLatin = (tag: LocaleTag) => localeConfig(tag).script === 'Latn';
