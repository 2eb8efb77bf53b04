/**
 * When an entry last changed, for the feed of changes and HSDS's `last_modified`: the later of the
 * day its facts were last verified and the last commit that changed its facts file or its text in
 * the source language (when the build has the git history: src/content/history.ts). And a
 * fingerprint of what a change is: the facts (the verification date among them) and the
 * source-language text, so that the feed shows a changed or re-verified entry as a new item.
 */
import { createHash } from 'node:crypto';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { textFingerprint } from '../model/fingerprint.ts';
import type { Entry } from '../model/register.ts';
import { publishedFacts } from '../view/published.ts';

/** The date and time of the last commit that changed each file, by its path from the content root. */
export type History = ReadonlyMap<string, string>;

/** A date or a date and time as RFC 3339 in UTC, to the second: "2026-11-23T00:00:00Z". */
export function rfc3339(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.valueOf())) throw new Error(`Not a date: "${value}"`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The files an entry's change is read from: its facts and its source-language text. */
function changeFiles(entry: Entry): string[] {
  const source = entry.texts.byLocale.get(SOURCE_LOCALE);
  return [entry.file, ...(source ? [source.file] : [])];
}

/** When the entry last changed or was verified, RFC 3339 in UTC. */
export function lastChange(entry: Entry, history: History): string {
  const dates = [
    publishedFacts(entry).lastVerified.date,
    ...changeFiles(entry).flatMap((f) => history.get(f) ?? []),
  ].map(rfc3339);
  return dates.sort().at(-1)!;
}

/** Changes whenever the entry's facts (its verification included) or its source-language text do. */
export function changeFingerprint(entry: Entry): string {
  const source = entry.texts.byLocale.get(SOURCE_LOCALE);
  const text = source ? textFingerprint(source.data, source.body) : '';
  return createHash('sha256')
    .update(JSON.stringify({ facts: publishedFacts(entry), text }))
    .digest('hex')
    .slice(0, 16);
}
