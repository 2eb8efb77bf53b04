/**
 * UI strings. Each written language has one dictionary, `src/i18n/ui/<tag>.json`, checked against
 * the schema in src/schemas/ui.ts (src/checks/dictionaries.ts reports a missing or extra key with
 * its file). Serbian Latin has none: it is the Cyrillic dictionary, transliterated.
 */
import { localeConfig, type LocaleTag } from './locales.ts';
import { toLatin } from './transliterate.ts';
import type { UiKey } from '../schemas/ui.ts';

type Dictionary = Record<UiKey, string>;

const files = import.meta.glob<Dictionary>('./ui/*.json', { eager: true, import: 'default' });

function dictionaryOf(tag: string): Dictionary {
  const config = localeConfig(tag as LocaleTag);
  if (config.derive) {
    const base = dictionaryOf(config.derive.from);
    return Object.fromEntries(Object.entries(base).map(([k, v]) => [k, toLatin(v)])) as Dictionary;
  }
  const dictionary = files[`./ui/${tag}.json`];
  if (!dictionary) throw new Error(`There is no dictionary src/i18n/ui/${tag}.json for the language "${tag}".`);
  return dictionary;
}

const cache = new Map<string, Dictionary>();

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** The translation function of one language: `t('home.title')`, `t('entry.since', { date })`. */
export function useTranslations(locale: LocaleTag): Translate {
  if (!cache.has(locale)) cache.set(locale, dictionaryOf(locale));
  const dictionary = cache.get(locale)!;
  return (key, values) => {
    const template = dictionary[key];
    if (template === undefined) throw new Error(`The UI string "${key}" is missing in src/i18n/ui/${locale}.json.`);
    if (!values) return template;
    // A value that ends a sentence itself (Serbian dates end in ".") takes the place of the
    // template's own full stop, so "{date}." never reads "2026..".
    return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
      if (!(name in values)) return whole;
      const value = String(values[name]);
      return value + (stop && value.endsWith('.') ? '' : stop);
    });
  };
}
