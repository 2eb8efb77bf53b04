/**
 * Translation status: for every entry and prose page, and every translated language, whether the
 * text is translated from the current source text, outdated, or missing, and whether a native
 * speaker reviewed it. The status page and `npm run i18n:status` both read this.
 */
import { isTranslated, LOCALE_TAGS, SOURCE_LOCALE, type LocaleTag } from '../i18n/locales.ts';
import { memo } from '../lib/memo.ts';
import { textFingerprint } from './fingerprint.ts';
import { everyText } from './queries.ts';
import type { Register } from './register.ts';
import { translationStatus, type TranslationStatus } from './texts.ts';

export type StatusRow = ReturnType<typeof statusRows>[number];

export const TRANSLATED_LOCALES: readonly LocaleTag[] = LOCALE_TAGS.filter(isTranslated);

/** Every entry's and page's row (made once per register: each page of the status list reads them). */
export const statusRows = memo((register: Register) =>
  everyText(register).map((texts) => {
    const source = texts.byLocale.get(SOURCE_LOCALE)!;
    const reviewed = (locale: LocaleTag) => texts.byLocale.get(locale)?.data.translation?.reviewed ?? false;
    return {
      kind: texts.kind,
      id: texts.id,
      texts,
      /** The fingerprint a translation of the current source text records in `translation.from`. */
      fingerprint: textFingerprint(source.data, source.body),
      byLocale: Object.fromEntries(
        TRANSLATED_LOCALES.map((l) => [l, { status: translationStatus(texts, l), reviewed: reviewed(l) }]),
      ),
    };
  }),
);

export function statusTotals(rows: StatusRow[]) {
  return Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => {
      const cells = rows.map((r) => r.byLocale[locale]!);
      const count = (s: TranslationStatus) => cells.filter((c) => c.status === s).length;
      const unreviewed = cells.filter((c) => c.status !== 'missing' && !c.reviewed).length;
      const totals = { current: count('current'), outdated: count('outdated'), missing: count('missing'), unreviewed };
      return [locale, { ...totals, total: rows.length }];
    }),
  );
}
