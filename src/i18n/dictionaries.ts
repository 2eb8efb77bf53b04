/**
 * UI strings: one dictionary a written language, `src/i18n/ui/<tag>.json`, with the source language's
 * keys. A page that names a key it does not have (`category.${c}` of a new category) fails the type
 * check; src/checks/dictionaries.ts reports a key missing from, or extra in, another's, with its file.
 * Serbian Latin has none: it is the Cyrillic one, transliterated. The only place dictionaries are
 * read, by pages, build steps and scripts alike.
 */
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { EXTRA_DICTIONARIES, localeConfig, type LocaleTag } from './locales.ts';
import { shared } from '../lib/memo.ts';
import { readTextFileSync } from '../lib/text-file.ts';
import { toLatin } from './transliterate.ts';
import type source from './ui/sr-Cyrl.json';

/** The keys of the UI dictionaries: those of the source language's. */
export type UiKey = keyof typeof source;
type Dictionary = Record<UiKey, string>;
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Where a language's dictionary lives, from the project root (or beside added languages' profiles). */
export function dictionaryFile(tag: string, root: string = process.cwd()): string {
  const own = `src/i18n/ui/${tag}.json`;
  const added = EXTRA_DICTIONARIES && join(EXTRA_DICTIONARIES, `${tag}.json`);
  return added && !existsSync(join(root, own)) && existsSync(added) ? added : own;
}

/** Fill a template's {placeholders}. */
function fill(template: string, values: Record<string, string | number>): string {
  // A value that ends a sentence itself (Serbian dates end in ".") takes the place of the
  // template's own full stop, so "{date}." never reads "2026..".
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in values)) return whole;
    const value = String(values[name]);
    return value + (stop && value.endsWith('.') ? '' : stop);
  });
}

/** The dictionary of `tag`: its own, or, for a derived script, its source's transliterated. */
function dictionaryFor(tag: LocaleTag, root: string): Dictionary {
  const { derive } = localeConfig(tag);
  if (!derive) return JSON.parse(readTextFileSync(resolve(root, dictionaryFile(tag, root)))) as Dictionary;
  const base = dictionaryFor(derive.from, root);
  return Object.fromEntries(Object.entries(base).map(([k, v]) => [k, toLatin(v)])) as Dictionary;
}

// One per process: Astro bundles the pages apart from the build steps, and both translate.
const translators = shared('translators', (tag: LocaleTag, root: string): Translate => {
  const dictionary = dictionaryFor(tag, root);
  return (uiKey, values) => {
    const template = dictionary[uiKey];
    if (template === undefined) throw new Error(`The UI string "${uiKey}" is missing in ${dictionaryFile(tag)}.`);
    return values ? fill(template, values) : template;
  };
});

/** Read the dictionaries again on next use (`astro dev`, after a change). */
export const forgetDictionaries = (): void => translators.clear();

/** The translation function of one language: `t('home.title')`, `t('verified.by', { who })`. */
export const translator = (tag: LocaleTag, root: string = process.cwd()): Translate => translators(tag, root);
