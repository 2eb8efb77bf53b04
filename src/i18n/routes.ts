/**
 * Every page's address, in one place. The part after the language prefix is the same in every
 * language, so the language switcher keeps the reader on the same page; `pageHref` is the only way
 * an address is made, by pages, the search index, the PDFs and the exports alike, and it honours the
 * site's base path (a project site on GitHub Pages lives under /<repository>/).
 */
import { localeConfig, type LocaleTag } from './locales.ts';

export const routes = {
  home: '',
  register: 'register/',
  /** One sector of the register, with its organisations and their units. */
  registerSector: (sector: string) => `register/${sector}/`,
  provider: (id: string) => `providers/${id}/`,
  service: (id: string) => `services/${id}/`,
  categories: 'categories/',
  category: (key: string) => `categories/${key}/`,
  rights: 'rights/',
  /** What happens when a person asks for help, step by step. */
  steps: 'steps/',
  about: 'about/',
  translationStatus: 'translation-status/',
  safety: 'safety/',
  accessibility: 'accessibility/',
  search: 'search/',
  brochure: 'brochure/',
  brochureNeed: (key: string) => `brochure/${key}/`,
  brochureRights: 'brochure/rights/',
  downloads: 'downloads/',
  openData: 'open-data/',
  /** A sheet to hand a client: any selection (with JavaScript), one entry, or one need of the brochure. */
  handout: 'handout/',
  handoutEntry: (entry: string) => `handout/${entry}/`,
  handoutNeed: (need: string, second: string) => `handout/need-${need}/${second}/`,
  handoutQr: (entry: string) => `handout/qr/${entry}.svg`,
  /** Sources of the PDFs: rendered by the build, printed, then removed from the site. */
  printRegister: 'print/register/',
  printBrochure: 'print/brochure/',
} as const;

/** "/" or "/trafficking-register/": always with a slash at both ends. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The address of a file or page outside any language: "/downloads/register-sr.pdf" under the base. */
export const siteHref = (base: string, path: string): string => normaliseBase(base) + path.replace(/^\/+/, '');

/** The address of `path` in `locale`: "/sr/register/", under the base. */
export const pageHref = (base: string, locale: LocaleTag, path: string): string =>
  siteHref(base, `${localeConfig(locale).path}/${path}`);
