/**
 * Dates and numbers as each language writes them, from its profile (src/i18n/languages.yaml): with the
 * CLDR data Intl has for it, or, for a language CLDR lacks (Romani: Intl would silently write
 * English month names), in figures, day.month.year.
 */
import { memo } from '../lib/memo.ts';
import { localeConfig, type LocaleTag } from './locales.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Format a YYYY, YYYY-MM or YYYY-MM-DD date for a page in `locale`; each once (every page shows a few). */
export const formatDate = memo((date: string, locale: LocaleTag): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const { dates } = localeConfig(locale);
  // In figures, as far as the date is known: "23.11.2026", "11.2026", "2026".
  if (dates.style === 'numeric') return [day && pad(day), month && pad(month), year].filter(Boolean).join('.');
  const value = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  const parts = new Intl.DateTimeFormat(dates.intl, options).formatToParts(value);
  const withDay = day ? dates.monthsWithDay?.[month! - 1] : undefined;
  return parts.map((part) => (part.type === 'month' && withDay ? withDay : part.value)).join('');
});

const numberFormat = memo((locale: LocaleTag) => new Intl.NumberFormat(localeConfig(locale).numbers));

export const formatNumber = (value: number, locale: LocaleTag): string => numberFormat(locale).format(value);

/** A file size for a download link: "1.2 MB", "340 KB", with the language's decimal sign. */
export function formatFileSize(bytes: number, locale: LocaleTag): string {
  const format = new Intl.NumberFormat(localeConfig(locale).numbers, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format.format(bytes / 1024 / 1024)} MB`
    : `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
