/**
 * The fingerprint of a source-language text: what a translation records in `translation.from`.
 * When the source text changes, its fingerprint changes, and the translation is reported as
 * outdated. Only what a translator translates counts (name, summary, the other texts and the body),
 * so fixing a typo in a fact file never marks translations outdated.
 */
import { createHash } from 'node:crypto';
import type { TextFields } from '../schemas/text.ts';

export function textFingerprint(data: TextFields, body: string): string {
  const translatable = {
    name: data.name,
    shortName: data.shortName ?? null,
    summary: data.summary,
    whoCanGet: data.whoCanGet ?? null,
    howToGet: data.howToGet ?? null,
    body: body.replace(/\r\n/g, '\n').trim(),
    // A step's points, in its text only: other texts keep the fingerprints they had.
    ...(data.points ? { points: data.points } : {}),
  };
  return createHash('sha256').update(JSON.stringify(translatable)).digest('hex').slice(0, 10);
}
