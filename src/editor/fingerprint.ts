/**
 * A source text's fingerprint in the browser, for a new translation's `translation.from`: the same as
 * src/model/fingerprint.ts's (a test compares them on every text), from the form's values, so strings
 * are trimmed here as the schema trims them.
 */
type Values = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

const trimmed = (points: Values) => Object.fromEntries(Object.entries(points).map(([id, value]) => [id, text(value)]));

export async function sourceFingerprint(values: Values): Promise<string> {
  const texts = ['name', 'shortName', 'summary', 'whoCanGet', 'howToGet'].map((key) => [key, text(values[key])]);
  const translatable = {
    ...Object.fromEntries(texts),
    body: (typeof values.body === 'string' ? values.body : '').replace(/\r\n/g, '\n').trim(),
    ...(values.points && typeof values.points === 'object' ? { points: trimmed(values.points as Values) } : {}),
  };
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(translatable)));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0'));
  return hex.join('').slice(0, 10);
}
