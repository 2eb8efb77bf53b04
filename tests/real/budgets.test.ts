/**
 * Size budgets on the built files, for people on slow or metered data: deterministic, so they are
 * tests; timings are in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { REAL_SITE } from '../../scripts/sites.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { SUBSETS, WEIGHTS } from '../../src/styles/fonts/subsets.ts';
import { builtSite, ROOT } from '../helpers/site.ts';

const site = builtSite(REAL_SITE);
const DIST = REAL_SITE.dist;

const KB = 1024;
const BUDGETS = {
  /** Any page's HTML, gzipped. */
  htmlGzip: 15 * KB,
  /** All the site's CSS together, gzipped. */
  cssGzip: 12 * KB,
  /** One font file: a single script subset of one weight. */
  fontFile: 64 * KB,
  /**
   * The scripts a page loads, gzipped (quick exit; on the search page, the search form). Pagefind
   * itself loads only when someone searches; `npm run bench` reports what a first search costs.
   * Reading and navigating need no script at all (tests/browser/pages.test.ts, JavaScript off).
   */
  scriptGzip: 6 * KB,
  /**
   * A first visit to a home or an entry page: its HTML and CSS compressed, and the font files its
   * text needs (both weights of each). `npm run bench` measures the same over an emulated network.
   */
  firstVisit: 40 * KB,
};

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

async function assets(ext: string) {
  return (await readdir(join(DIST, '_astro'))).filter((f) => f.endsWith(ext)).map((f) => join(DIST, '_astro', f));
}

describe('size budgets', () => {
  it(`keep every page's HTML under ${BUDGETS.htmlGzip / KB} KB gzipped`, async () => {
    const over: string[] = [];
    for (const page of await site.pages()) {
      const size = gz(await readFile(site.fileOf(page)));
      if (size > BUDGETS.htmlGzip) over.push(`${page}: ${(size / KB).toFixed(1)} KB`);
    }
    expect(over).toEqual([]);
  });

  it(`keep all CSS under ${BUDGETS.cssGzip / KB} KB gzipped`, async () => {
    let total = 0;
    for (const css of await assets('.css')) total += gz(await readFile(css));
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });

  it("load fonts per script: every font face is limited to its script's characters, every file small", async () => {
    const css = (await Promise.all((await assets('.css')).map((f) => readFile(f, 'utf8')))).join('\n');
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.filter((f) => !/unicode-range:/.test(f))).toEqual([]);
    // A data: URL would be refused by the CSP (font-src 'self') and could not be cached apart.
    expect(faces.filter((f) => /url\(\s*['"]?data:/.test(f))).toEqual([]);
    for (const font of await assets('.woff2'))
      expect((await stat(font)).size, font).toBeLessThanOrEqual(BUDGETS.fontFile);
  });

  it(`load only the site's own scripts, at most ${BUDGETS.scriptGzip / KB} KB gzipped per page`, async () => {
    const heavy: string[] = [];
    for (const page of await site.pages()) {
      const html = await readFile(site.fileOf(page), 'utf8');
      let bytes = 0;
      for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        const [, tag = '', body = ''] = match;
        const src = tag.match(/\ssrc="([^"]+)"/)?.[1];
        if (src && !src.startsWith('/_astro/')) heavy.push(`${page}: a script from ${src}`);
        bytes += gz(src ? await readFile(join(DIST, src)) : Buffer.from(body));
      }
      if (bytes > BUDGETS.scriptGzip) heavy.push(`${page}: ${(bytes / KB).toFixed(1)} KB of script`);
    }
    expect(heavy).toEqual([]);
  });
});

describe('a first visit', () => {
  it(`costs under ${BUDGETS.firstVisit / KB} KB in every edition: HTML, CSS and the fonts the page's text needs`, async () => {
    const css = (await assets('.css')).reduce((sum, f) => sum + gz(readFileSync(f)), 0);
    const over: string[] = [];
    for (const locale of LOCALES) {
      for (const page of [`${locale.path}/`, `${locale.path}/services/astra-sos-line/`]) {
        if (!site.exists(page)) continue;
        const html = readFileSync(site.fileOf(page));
        const text = new Set(
          html
            .toString('utf8')
            .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
            .replace(/<[^>]+>/g, ''),
        );
        const fonts = SUBSETS.filter((s) => [...s.characters].some((c) => text.has(c)))
          .flatMap((s) =>
            WEIGHTS.map((w) => statSync(join(ROOT, `src/styles/fonts/noto-sans-${s.name}-${w}.woff2`)).size),
          )
          .reduce((a, b) => a + b, 0);
        const total = gz(html) + css + fonts;
        if (total > BUDGETS.firstVisit)
          over.push(
            `/${page}: ${(total / KB).toFixed(1)} KB (HTML ${(gz(html) / KB).toFixed(1)}, CSS ${(css / KB).toFixed(1)}, fonts ${(fonts / KB).toFixed(1)})`,
          );
      }
    }
    expect(over).toEqual([]);
  });
});
