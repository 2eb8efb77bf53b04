/**
 * Translation status: for every entry and prose page, and every written language, whether the
 * text is translated from the current source text, outdated, or missing. The status page and
 * `npm run i18n:status` both read this.
 */
import { SOURCE_LOCALE, WRITTEN_LOCALES, type LocaleTag } from './locales.ts';
import { textFingerprint } from '../model/fingerprint.ts';
import { translationStatus, type Register, type TranslationStatus } from '../model/register.ts';
import { PROSE_PAGES, type TextKind } from '../model/input.ts';

export interface StatusRow {
  kind: TextKind;
  id: string;
  /** The fingerprint a translation of the current source text records in `translation.from`. */
  fingerprint: string;
  byLocale: Record<string, { status: TranslationStatus; reviewed: boolean }>;
}

export const TRANSLATED_LOCALES = WRITTEN_LOCALES.filter((l) => l !== SOURCE_LOCALE) as LocaleTag[];

export function statusRows(register: Register): StatusRow[] {
  const all = [
    ...register.providers.map((p) => p.texts),
    ...register.services.map((s) => s.texts),
    ...PROSE_PAGES.map((id) => register.page(id)),
  ];
  return all.map((texts) => {
    const source = texts.byLocale.get(SOURCE_LOCALE)!;
    return {
      kind: texts.kind,
      id: texts.id,
      fingerprint: textFingerprint(source.data, source.body),
      byLocale: Object.fromEntries(
        TRANSLATED_LOCALES.map((locale) => [locale, { status: translationStatus(texts, locale), reviewed: texts.byLocale.get(locale)?.data.translation?.reviewed ?? false }]),
      ),
    };
  });
}

export function statusTotals(rows: StatusRow[]) {
  return Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => {
      const count = (s: TranslationStatus) => rows.filter((r) => r.byLocale[locale]!.status === s).length;
      return [locale, { current: count('current'), outdated: count('outdated'), missing: count('missing'), unreviewed: rows.filter((r) => r.byLocale[locale]!.status !== 'missing' && !r.byLocale[locale]!.reviewed).length, total: rows.length }];
    }),
  );
}
