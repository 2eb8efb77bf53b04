/**
 * Every page's address, in one place. The part after the language prefix is the same in every
 * language, so the language switcher keeps the reader on the same page.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { LOCALES, type LocaleTag } from './locales.ts';

export { routes } from './paths.ts';

/** The address of `route` in `locale`: "/sr/register/". */
export function localeUrl(locale: LocaleTag, route: string): string {
  return getRelativeLocaleUrl(locale, route);
}

/** One `getStaticPaths` entry per language, for pages that exist in every language. */
export function localePaths() {
  return LOCALES.map((l) => ({ params: { locale: l.path }, props: { locale: l.tag as LocaleTag } }));
}
