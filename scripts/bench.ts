/**
 * `npm run bench`: what the built register costs a person on a cheap phone with slow, metered data.
 * Loads one page of every template in every language in Chromium over an emulated slow 3G link and
 * reports the bytes transferred (HTML, CSS, fonts, scripts), the time to load, the slowest pages, and
 * the bytes a first search costs. Writes reports/bench.md and reports/bench.json. Timings vary from
 * machine to machine, so they are reported here and never asserted in tests; sizes are budgets in
 * tests/budgets.test.ts.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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
  await context.close();
  return { path, bytes, byType, requests, loadMs };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

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
    ];
    const report = lines.join('\n');
    await mkdir(join(ROOT, 'reports'), { recursive: true });
    await writeFile(join(ROOT, 'reports', 'bench.md'), report);
    await writeFile(join(ROOT, 'reports', 'bench.json'), JSON.stringify({ loads, slowest, htmlSizes: htmlSizes.slice(0, 20), searches }, null, 2));
    console.log(report);
    console.log('Written to reports/bench.md and reports/bench.json');
  } finally {
    await browser.close();
    await close();
  }
}

await main();
