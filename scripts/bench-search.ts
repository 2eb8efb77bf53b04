/**
 * The bytes a first search costs: open a search page, type a query, and add up everything the
 * search transfers until the results are shown (Pagefind's script, WebAssembly, the language's
 * index and filter chunks, the result fragments), apart from the page itself. The search page
 * starts loading Pagefind as soon as it opens, so the time runs from opening the page.
 */
import type { Browser } from 'playwright-core';

export interface NetworkConditions {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

export interface SearchCost {
  path: string;
  query: string;
  results: number;
  bytes: number;
  requests: number;
  ms: number;
}

/** A typical query per language, in the script of its page and without diacritics where they exist. */
const QUERIES: Record<string, string> = {
  sr: 'склониште',
  'sr-latn': 'skloniste',
  en: 'shelter',
  sq: 'strehim',
  rom: 'kher',
};

export async function firstSearch(browser: Browser, origin: string, network: NetworkConditions): Promise<SearchCost[]> {
  const costs: SearchCost[] = [];
  for (const [localePath, query] of Object.entries(QUERIES)) {
    const path = `/${localePath}/search/`;
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', network);
    let bytes = 0;
    let requests = 0;
    // Pagefind fetches from a worker too: the context sees those requests, the page's CDP does not.
    context.on('requestfinished', async (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests++;
    });
    const start = performance.now();
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response?.ok()) {
      await context.close();
      continue;
    }
    await page.fill('#search-query', query);
    await page.waitForSelector('#search-results[data-state="done"]', { timeout: 60_000 });
    const ms = performance.now() - start;
    const results = Number(await page.locator('#search-status').getAttribute('data-total'));
    costs.push({ path, query, results, bytes, requests, ms });
    await context.close();
  }
  return costs;
}
