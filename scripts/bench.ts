/**
 * `npm run bench`: what the built register costs a person on a cheap phone with slow, metered data.
 * Loads one page of every template in every language in Chromium over an emulated slow 3G link and
 * reports the bytes transferred (HTML, CSS, fonts, scripts), the time to load, the slowest pages, the
 * bytes a first search costs, what a first visit costs in each edition (language), and how long each
 * tier of `npm test` took (reports/test-tiers.json, when there is one). Saves screenshots of the home
 * page and an entry page in every language, on a phone and a wide screen, in reports/screens/, so
 * that a reviewer can look without building. Writes reports/bench.md and reports/bench.json. Timings
 * vary from machine to machine, so they are reported here and never asserted in tests; sizes are
 * budgets in tests/real/budgets.test.ts. `npm run bench -- --scale 10` measures the register grown
 * tenfold instead (scripts/bench-scale.ts).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { LOCALES } from '../src/i18n/locales.ts';
import { launchBrowser } from '../src/build/chromium.ts';
import { headersFor } from '../src/build/headers.ts';
import { serveDirectory } from '../src/build/static-server.ts';
import { firstSearch } from './bench-search.ts';
import { REAL_SITE } from './sites.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = REAL_SITE.dist;
const fileOf = (page: string) => join(DIST, page, page.endsWith('.html') ? '' : 'index.html');
async function builtPages(): Promise<string[]> {
  return (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => `/${f.replace(/index\.html$/, '')}`);
}

/** Chrome DevTools' "Slow 3G" profile: the worst case we design for. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

/** The pages of a first visit, and of the screenshots: a language's home and an entry's page. */
const FIRST_VISIT = ['', 'services/astra-sos-line/'];
/** Screenshots: a phone and a wide screen, at most this tall (the first screens, not the whole page). */
const SCREENS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const SCREEN_MAX_HEIGHT = 1600;

const TEMPLATES = [
  '',
  'register/',
  'providers/csw/',
  'services/astra-sos-line/',
  'categories/accommodation/',
  'rights/',
  'search/',
  'safety/',
  'brochure/',
  'brochure/safe-place/',
  'downloads/',
];

interface Load {
  path: string;
  bytes: number;
  byType: Record<string, number>;
  requests: number;
  loadMs: number;
}

async function measure(browser: Browser, origin: string, path: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const types = new Map<string, string>();
  const byType: Record<string, number> = {};
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = (types.get(e.requestId) ?? 'Other').toLowerCase();
    byType[type] = (byType[type] ?? 0) + e.encodedDataLength;
    bytes += e.encodedDataLength;
    requests++;
  });
  const start = performance.now();
  await page.goto(origin + path, { waitUntil: 'load' });
  const loadMs = performance.now() - start;
  // A font the layout asks for late can finish after `load`: wait for it, or a page's weight would
  // count it in one run and not the next.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.waitForLoadState('networkidle');
  await context.close();
  return { path, bytes, byType, requests, loadMs };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The home page and an entry page of every language, on a phone and on a wide screen, as PNG in reports/screens/. */
async function screenshots(browser: Browser, origin: string, pages: string[]): Promise<string[]> {
  const dir = join(ROOT, 'reports', 'screens');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const saved: string[] = [];
  for (const viewport of SCREENS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const locale of LOCALES) {
      for (const route of FIRST_VISIT) {
        const path = `/${locale.path}/${route}`;
        if (!pages.includes(path)) continue;
        await page.goto(origin + path, { waitUntil: 'load' });
        const height = Math.min(SCREEN_MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
        const name = `${locale.path}-${route ? 'entry' : 'home'}-${viewport.width}.png`;
        await page.screenshot({ path: join(dir, name), clip: { x: 0, y: 0, width: viewport.width, height }, fullPage: true });
        saved.push(name);
      }
    }
    await context.close();
  }
  return saved;
}

/** How long each tier of `npm test` took, as scripts/test.ts last wrote it. */
async function testTiers(): Promise<{ date: string; timings: { tier: string; seconds: number }[] } | undefined> {
  const file = join(ROOT, 'reports', 'test-tiers.json');
  return existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : undefined;
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('Build the register first: npm run build');
  const { origin, close } = await serveDirectory(DIST, { headers: headersFor });
  const browser = await launchBrowser();
  try {
    const pages = await builtPages();
    const htmlSizes = await Promise.all(
      pages.map(async (p) => {
        const html = await readFile(fileOf(p));
        return { path: p, raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
      }),
    );
    htmlSizes.sort((a, b) => b.gzip - a.gzip);

    const loads: Load[] = [];
    for (const locale of LOCALES) {
      for (const template of TEMPLATES) {
        const path = `/${locale.path}/${template}`;
        if (pages.includes(path)) loads.push(await measure(browser, origin, path));
      }
    }
    const slowest = [...loads].sort((a, b) => b.loadMs - a.loadMs).slice(0, 10);
    const searches = await firstSearch(browser, origin, SLOW_3G);
    // A first visit: the HTML, CSS and fonts transferred (compressed, as a host sends them).
    const firstVisits = loads
      .filter((l) => FIRST_VISIT.some((route) => LOCALES.some((locale) => l.path === `/${locale.path}/${route}`)))
      .map((l) => ({ path: l.path, html: l.byType.document ?? 0, css: l.byType.stylesheet ?? 0, fonts: l.byType.font ?? 0 }));
    const screens = await screenshots(browser, origin, pages);
    const tiers = await testTiers();

    const lines = [
      '# Bench',
      '',
      `${new Date().toISOString()}, ${pages.length} pages. Loads over emulated slow 3G (400 ms, 400 kbit/s), cache off, 360 px wide.`,
      '',
      '## Page weight per template and language (bytes transferred on a first visit)',
      '',
      '| page | total | html | css | fonts | scripts | requests | load |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...loads.map(
        (l) =>
          `| ${l.path} | ${kb(l.bytes)} | ${kb(l.byType.document ?? 0)} | ${kb(l.byType.stylesheet ?? 0)} | ${kb(l.byType.font ?? 0)} | ${kb(l.byType.script ?? 0)} | ${l.requests} | ${Math.round(l.loadMs)} ms |`,
      ),
      '',
      '## A first visit in each edition: HTML, CSS and fonts transferred (compressed)',
      '',
      '| page | HTML | CSS | fonts | total |',
      '|---|---:|---:|---:|---:|',
      ...firstVisits.map((v) => `| ${v.path} | ${kb(v.html)} | ${kb(v.css)} | ${kb(v.fonts)} | ${kb(v.html + v.css + v.fonts)} |`),
      '',
      '## Slowest pages over slow 3G',
      '',
      ...slowest.map((l) => `- ${l.path}: ${Math.round(l.loadMs)} ms, ${kb(l.bytes)}`),
      '',
      '## Largest HTML files (gzipped)',
      '',
      ...htmlSizes.slice(0, 10).map((h) => `- ${h.path}: ${kb(h.gzip)} gzipped (${kb(h.raw)} raw)`),
      '',
      '## A first search: what Pagefind transfers from opening the search page to the first results (slow 3G)',
      '',
      ...(searches.length
        ? [
            '| page | query | results | bytes | requests | time |',
            '|---|---|---:|---:|---:|---:|',
            ...searches.map((s) => `| ${s.path} | ${s.query} | ${s.results} | ${kb(s.bytes)} | ${s.requests} | ${Math.round(s.ms)} ms |`),
          ]
        : ['(no search page built)']),
      '',
      '## Test tiers (`npm test`)',
      '',
      ...(tiers
        ? [
            `As last run, ${tiers.date}:`,
            '',
            '| tier | seconds |',
            '|---|---:|',
            ...tiers.timings.map((t) => `| ${t.tier} | ${t.seconds} |`),
            `| in all | ${Math.round(tiers.timings.reduce((sum, t) => sum + t.seconds, 0))} |`,
          ]
        : ['(no reports/test-tiers.json yet: `npm test` writes it)']),
      '',
      '## Screenshots',
      '',
      `The first screens (at most ${SCREEN_MAX_HEIGHT} px) of each language's home page and of an entry page, ${SCREENS.map((v) => `${v.width} px`).join(' and ')} wide: reports/screens/.`,
      '',
      ...screens.map((name) => `- [${name}](screens/${name})`),
      '',
    ];
    const report = lines.join('\n');
    await mkdir(join(ROOT, 'reports'), { recursive: true });
    await writeFile(join(ROOT, 'reports', 'bench.md'), report);
    await writeFile(
      join(ROOT, 'reports', 'bench.json'),
      JSON.stringify({ loads, slowest, htmlSizes: htmlSizes.slice(0, 20), searches, firstVisits, tiers, screens }, null, 2),
    );
    console.log(report);
    console.log('Written to reports/bench.md and reports/bench.json');
  } finally {
    await browser.close();
    await close();
  }
}

// `npm run bench -- --scale 10` (or 1,10,30): the register grown that many times (scripts/bench-scale.ts).
const scale = process.argv.indexOf('--scale');
if (scale >= 0) {
  const factors = (process.argv[scale + 1] ?? '10').split(',').map(Number);
  if (factors.some((f) => !Number.isInteger(f) || f < 1)) throw new Error('--scale takes whole factors of 1 or more: --scale 10, or --scale 1,10,30');
  const { scaleBench } = await import('./bench-scale.ts');
  await scaleBench(factors);
} else await main();
