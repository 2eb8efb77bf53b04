/**
 * Every letter a page shows has a self-hosted font face: a page that used a letter outside our font
 * files would fall back to whatever the phone has, in another style, or show a box. The faces are
 * made from the language profiles (src/styles/fonts/subsets.ts); a profile changed without
 * `npm run fonts:subset` fails here.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_SITE } from '../../scripts/sites.ts';
import { fontsCss, SUBSETS, WEIGHTS } from '../../src/styles/fonts/subsets.ts';
import { builtSite, ROOT } from '../helpers/site.ts';

const site = builtSite(REAL_SITE);

/** Code points covered by a CSS unicode-range list ("U+0000-00FF, U+0131"). */
function covered(range: string): (c: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [from, to] = part.trim().replace('U+', '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  });
  return (c) => spans.some(([a, b]) => c >= a && c <= b);
}

describe('self-hosted fonts', () => {
  it('are cut for the letters of the language profiles (run `npm run fonts:subset` after changing a profile)', async () => {
    expect(await readFile(join(ROOT, 'src/styles/fonts.css'), 'utf8')).toBe(fontsCss());
    for (const subset of SUBSETS)
      for (const weight of WEIGHTS)
        expect(existsSync(join(ROOT, `src/styles/fonts/noto-sans-${subset.name}-${weight}.woff2`))).toBe(true);
  });

  it("cover every letter of every page's visible text", async () => {
    const css = await readFile(join(ROOT, 'src/styles/fonts.css'), 'utf8');
    const faces = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => covered(m[1]!));
    const missing = new Map<string, string>();
    for (const page of await site.pages()) {
      const html = await readFile(site.fileOf(page), 'utf8');
      const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
      for (const ch of new Set(text)) {
        if (/\p{L}/u.test(ch) && !faces.some((inFace) => inFace(ch.codePointAt(0)!)) && !missing.has(ch))
          missing.set(ch, page);
      }
    }
    expect([...missing].map(([ch, page]) => `${ch} (U+${ch.codePointAt(0)!.toString(16)}) on ${page}`)).toEqual([]);
  });
});
