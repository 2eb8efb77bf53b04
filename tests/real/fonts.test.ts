/**
 * Every letter a page shows has a self-hosted font face: a Serbian Latin, Romani or Albanian page
 * that used a letter outside our font subsets would fall back to whatever the phone has, in a
 * different style, or show a box.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REAL_SITE } from '../../scripts/sites.ts';
import { LETTERS, unicodeRange } from '../../src/styles/fonts/letters.ts';
import { builtSite, ROOT } from '../helpers/site.ts';

const site = builtSite(REAL_SITE);

/** Code points covered by a CSS unicode-range list ("U+0000-00FF,U+0131"). */
function covered(range: string): (c: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [from, to] = part.trim().replace('U+', '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  });
  return (c) => spans.some(([a, b]) => c >= a && c <= b);
}

describe('self-hosted fonts', () => {
  it('declare the Serbian Latin subset with exactly the letters it was cut for', async () => {
    const css = await readFile(join(ROOT, 'src/styles/fonts.css'), 'utf8');
    const ranges = [...css.matchAll(/serbian-latin-\d+\.woff2[^;]*;\s*unicode-range:\s*([^;]+);/g)].map((m) => m[1]);
    expect(ranges.map((r) => r?.replace(/\s+/g, ''))).toEqual([unicodeRange(LETTERS), unicodeRange(LETTERS)]);
  });

  it("cover every letter of every page's visible text", async () => {
    const css = await readFile(join(ROOT, 'src/styles/fonts.css'), 'utf8');
    const faces = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => covered(m[1]!));
    const missing = new Map<string, string>();
    for (const page of await site.pages()) {
      const html = await readFile(site.fileOf(page), 'utf8');
      const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
      for (const ch of new Set(text)) {
        const c = ch.codePointAt(0)!;
        if (/\p{L}/u.test(ch) && !faces.some((inFace) => inFace(c)) && !missing.has(ch)) missing.set(ch, page);
      }
    }
    // Language names on the language picker are in the system font on purpose; none is outside.
    expect([...missing].map(([ch, page]) => `${ch} (U+${ch.codePointAt(0)!.toString(16)}) on ${page}`)).toEqual([]);
  });
});
