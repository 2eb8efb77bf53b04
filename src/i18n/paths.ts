/**
 * The part of every page's address after the language prefix: the same in every language, so the
 * language switcher keeps the reader on the same page. Pure, so that Node scripts (the search
 * index, the PDFs) address pages exactly as the pages do.
 */
import { localeConfig, type LocaleTag } from './locales.ts';

export const routes = {
  home: '',
  register: 'register/',
  provider: (id: string) => `providers/${id}/`,
  service: (id: string) => `services/${id}/`,
  categories: 'categories/',
  category: (key: string) => `categories/${key}/`,
  rights: 'rights/',
  about: 'about/',
  translationStatus: 'translation-status/',
  safety: 'safety/',
  search: 'search/',
  brochure: 'brochure/',
  brochureNeed: (key: string) => `brochure/${key}/`,
  brochureRights: 'brochure/rights/',
  downloads: 'downloads/',
  /** Sources of the PDFs: rendered by the build, printed, then removed from the site. */
  printRegister: 'print/register/',
  printBrochure: 'print/brochure/',
} as const;

/** The address of `route` in `locale` outside Astro: "/sr/register/". Pages use `localeUrl`. */
export function pathOf(locale: LocaleTag, route: string): string {
  return `/${localeConfig(locale).path}/${route}`;
}
