/**
 * Dates and numbers as each language writes them. Intl has CLDR data for Serbian (both scripts),
 * English and Albanian. It has none for Romani: `Intl.DateTimeFormat('rom')` silently falls back to
 * English. Romani pages therefore write dates in figures, day.month.year, the order Romani readers
 * in Serbia know from Serbian documents, with no month names that could come out in English.
 */
import { localeConfig, type LocaleTag } from './locales.ts';

/** Locales whose Intl data is missing; their dates are written in figures. */
const NUMERIC_DATES = new Set(['rom']);

function hasIntlData(tag: string): boolean {
  return !NUMERIC_DATES.has(tag);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Format a YYYY, YYYY-MM or YYYY-MM-DD date for a page in `locale`. */
export function formatDate(date: string, locale: LocaleTag): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const intl = localeConfig(locale).intl;
  if (!hasIntlData(intl)) {
    if (day) return `${pad(day)}.${pad(month!)}.${year}`;
    if (month) return `${pad(month)}.${year}`;
    return String(year);
  }
  const value = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : month
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intl, options).format(value);
}

export function formatNumber(value: number, locale: LocaleTag): string {
  const intl = localeConfig(locale).intl;
  return new Intl.NumberFormat(hasIntlData(intl) ? intl : 'sr-Latn').format(value);
}

/** A file size for a download link: "1.2 MB", "340 KB", with the language's decimal sign. */
export function formatFileSize(bytes: number, locale: LocaleTag): string {
  const intl = localeConfig(locale).intl;
  const format = new Intl.NumberFormat(hasIntlData(intl) ? intl : 'sr-Latn', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${format.format(bytes / 1024 / 1024)} MB` : `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
