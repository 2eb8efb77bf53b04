/**
 * The bytes a first search costs: open a search page (its own bytes are not counted), type a query,
 * and add up everything transferred until the results are shown (Pagefind's script, WebAssembly,
 * the language's index chunks, the result fragments).
 */
import type { Browser } from 'playwright-core';

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

export async function firstSearch(browser: Browser, origin: string, network: object): Promise<SearchCost[]> {
  const costs: SearchCost[] = [];
  for (const [localePath, query] of Object.entries(QUERIES)) {
    const path = `/${localePath}/search/`;
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response?.ok()) {
      await context.close();
      continue;
    }
    await cdp.send('Network.emulateNetworkConditions', network);
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests++;
    });
    const start = performance.now();
    await page.fill('#search-query', query);
    await page.waitForSelector('#search-results[data-state="done"]', { timeout: 60_000 });
    const ms = performance.now() - start;
    const results = await page.locator('#search-results li').count();
    costs.push({ path, query, results, bytes, requests, ms });
    await context.close();
  }
  return costs;
}
