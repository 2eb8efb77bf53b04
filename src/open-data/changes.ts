/**
 * When an entry last changed, for the feed and HSDS's `last_modified`: the later of its last
 * verification and the last commit that changed its facts file or source-language text (where the
 * build has git history: src/content/history.ts). And a fingerprint of a change: the facts (the
 * verification among them) and that text, so that the feed shows a changed entry as a new item.
 */
import { createHash } from 'node:crypto';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { textFingerprint } from '../model/fingerprint.ts';
import type { Entry, Register } from '../model/register.ts';
import { publishedFacts } from '../view/published.ts';

/** A date or a date and time as RFC 3339 in UTC, to the second: "2026-11-23T00:00:00Z". */
export function rfc3339(value: string): string {
  // A date alone is read as midnight UTC (ECMAScript's date-only form).
  const date = new Date(value);
  if (Number.isNaN(date.valueOf())) throw new Error(`Not a date: "${value}"`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** When the entry last changed or was verified, RFC 3339 in UTC: its facts and source-language text. */
export function lastChange(entry: Entry, history: Register['history']): string {
  const files = [entry.file, entry.texts.byLocale.get(SOURCE_LOCALE)?.file];
  const commits = files.flatMap((f) => (f ? (history.get(f) ?? []) : []));
  return [publishedFacts(entry).lastVerified.date, ...commits].map(rfc3339).sort().at(-1)!;
}

/** Changes whenever the entry's facts (its verification included) or its source-language text do. */
export function changeFingerprint(entry: Entry): string {
  const source = entry.texts.byLocale.get(SOURCE_LOCALE);
  const text = source ? textFingerprint(source.data, source.body) : '';
  const change = JSON.stringify({ facts: publishedFacts(entry), text });
  return createHash('sha256').update(change).digest('hex').slice(0, 16);
}
