/**
 * Turning a dictionary into a translation function, apart from how dictionaries are loaded, so that
 * pages (through Vite, src/i18n/ui.ts) and Node scripts (the search index) translate alike.
 */
import { localeConfig, type LocaleTag } from './locales.ts';
import { toLatin } from './transliterate.ts';
import type { UiKey } from '../schemas/ui.ts';

export type Dictionary = Record<UiKey, string>;
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** The dictionary of `tag`: its own, or, for a derived script, its source's transliterated. */
export function dictionaryFor(tag: LocaleTag, load: (tag: string) => Dictionary | undefined): Dictionary {
  const config = localeConfig(tag);
  if (config.derive) {
    const base = dictionaryFor(config.derive.from as LocaleTag, load);
    return Object.fromEntries(Object.entries(base).map(([k, v]) => [k, toLatin(v)])) as Dictionary;
  }
  const dictionary = load(tag);
  if (!dictionary) throw new Error(`There is no dictionary src/i18n/ui/${tag}.json for the language "${tag}".`);
  return dictionary;
}

export function translator(dictionary: Dictionary, locale: LocaleTag): Translate {
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
