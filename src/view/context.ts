/**
 * What every page, print page, search record and export of one language is drawn with: the
 * language, its translator, the register, the addresses (under the site's base path), dates and
 * numbers, and Serbian names in the page's script. Made once per page (src/middleware.ts puts it in
 * `Astro.locals.route`) or once per language in the build steps.
 */
import { siteHref, pageHref, normaliseBase } from '../i18n/routes.ts';
import { translator, type Translate } from '../i18n/dictionaries.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { isLatin, localeConfig, type LocaleProfile, type LocaleTag } from '../i18n/locales.ts';
import { toLatin } from '../i18n/transliterate.ts';
import { today } from '../config/today.ts';
import { memo } from '../lib/memo.ts';
import type { Entry, Register } from '../model/register.ts';
import { entryView, type EntryView } from './entry.ts';

export interface PageContext {
  locale: LocaleTag;
  profile: LocaleProfile;
  t: Translate;
  register: Register;
  /** The site's base path, "/" or "/trafficking-register/". */
  base: string;
  /** The published origin and base, when known: "https://example.org/trafficking-register/". */
  site?: string;
  today: string;
  /** The address of a page of the register in this language, or in another. */
  href(path: string, locale?: LocaleTag): string;
  /** The address of a file outside the languages: a PDF, the open data. */
  file(path: string): string;
  /** An address made absolute when the site's address is known (QR codes, shared links). */
  absolute(href: string): string;
  date(value: string): string;
  number(value: number): string;
  /** Serbian text (an address, an area, a publication) in the page's script. */
  inScript(text: string): string;
  /** The one view of an entry in this language (made once per page and entry). */
  view(entry: Entry): EntryView;
}

type ContextOptions = Pick<PageContext, 'locale' | 'register' | 'site'> & { base?: string };

export function pageContext({ locale, register, base = '/', site }: ContextOptions): PageContext {
  const latin = isLatin(locale);
  const root = normaliseBase(base);
  const ctx: PageContext = {
    locale,
    profile: localeConfig(locale),
    t: translator(locale),
    register,
    base: root,
    site: site ? new URL(root, site).href : undefined,
    today: today(),
    href: (path, other = locale) => pageHref(root, other, path),
    file: (path) => siteHref(root, path),
    absolute: (href) => (site ? new URL(href, site).href : href),
    date: (value) => formatDate(value, locale),
    number: (value) => formatNumber(value, locale),
    inScript: (text) => (latin ? toLatin(text) : text),
    view: memo((entry: Entry) => entryView(entry, ctx)),
  };
  return ctx;
}
