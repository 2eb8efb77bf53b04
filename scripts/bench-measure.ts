/** What both benches measure on a built site: pages over slow 3G, a first search per language, page sizes. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../src/build/chromium.ts';
import { headersFor } from '../src/build/headers.ts';
import { serveDirectory } from '../src/build/static-server.ts';
import { EDITOR_PATH } from '../src/config/security.ts';

/** Chrome DevTools' "Slow 3G", 400 ms and 400 kbit/s: the worst case we design for. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 400 * 128, uploadThroughput: 400 * 128 };
/** A typical query per language, in the script of its page and without diacritics where they exist. */
const QUERIES = { sr: 'склониште', 'sr-latn': 'skloniste', en: 'shelter', sq: 'strehim', rom: 'kher' };

export type Visit = Awaited<ReturnType<typeof visit>>;

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A Markdown table, its first column to the left and the others to the right. */
export function table(head: string[], rows: (string | number)[][]): string[] {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), `|---|${'---:|'.repeat(head.length - 1)}`, ...rows.map(line)];
}

/** Writes reports/<name>.md and <name>.json, and prints the report. */
export async function writeReport(name: string, report: string, figures: unknown): Promise<void> {
  const reports = join(import.meta.dirname, '..', 'reports');
  await mkdir(reports, { recursive: true });
  await writeFile(join(reports, `${name}.md`), report);
  await writeFile(join(reports, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`${report}\nWritten to reports/${name}.md and reports/${name}.json`);
}

/** Serves a built site with a host's headers and opens Chromium on it for `work`. */
export async function withSite<T>(dist: string, work: (browser: Browser, origin: string) => Promise<T>): Promise<T> {
  const server = await serveDirectory(dist, { headers: headersFor });
  const browser = await launchBrowser();
  try {
    return await work(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** By default, once loaded, a page's fonts and a quiet network are awaited. */
const settle = (page: Page) =>
  page.evaluate(() => document.fonts.ready).then(() => page.waitForLoadState('networkidle'));

/**
 * Opens `path` over slow 3G, cache off, and adds up what it transfers under `only` (compressed, headers
 * included), by kind, until `act` is done (a font asked for late would count in one run only: hence the
 * wait). Counted on the browser context, which also sees a worker's requests (Pagefind fetches from one).
 */
export async function visit(browser: Browser, origin: string, path: string, act = settle, only = '/') {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const sizes: Promise<[string, number]>[] = [];
  context.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith(only)) return;
    sizes.push(request.sizes().then((s) => [request.resourceType(), s.responseBodySize + s.responseHeadersSize]));
  });
  const start = performance.now();
  await page.goto(origin + path, { waitUntil: 'load' });
  await act(page);
  const ms = performance.now() - start;
  const byType: Record<string, number> = {};
  for (const [type, bytes] of await Promise.all(sizes)) byType[type] = (byType[type] ?? 0) + bytes;
  await context.close();
  return { path, bytes: Object.values(byType).reduce((a, b) => a + b, 0), byType, requests: sizes.length, ms };
}

/** All a first search transfers per language, from opening the search page (Pagefind loads at once) to results. */
export async function firstSearches(browser: Browser, origin: string) {
  const costs: (Visit & { query: string; results: number })[] = [];
  for (const [locale, query] of Object.entries(QUERIES)) {
    let results = 0;
    const act = async (page: Page) => {
      await page.fill('#search-query', query);
      await page.waitForSelector('#search-results[data-state="done"]', { timeout: 60_000 });
      results = Number(await page.locator('#search-status').getAttribute('data-total'));
    };
    costs.push({ ...(await visit(browser, origin, `/${locale}/search/`, act, '/pagefind/')), query, results });
  }
  return costs;
}

/** Every page of a built site (not the editor's, nor print pages kept), raw and gzipped, the largest first. */
export async function htmlSizes(dist: string): Promise<{ path: string; raw: number; gzip: number }[]> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  const pages = files.filter((f) => !f.startsWith(EDITOR_PATH) && !/^[^/]+\/print\//.test(f));
  const sizes = await Promise.all(
    pages.map(async (file) => {
      const html = await readFile(join(dist, file));
      const gzip = gzipSync(html, { level: 9 }).length;
      return { path: `/${file.replace(/index\.html$/, '')}`, raw: html.length, gzip };
    }),
  );
  return sizes.sort((a, b) => b.gzip - a.gzip);
}
