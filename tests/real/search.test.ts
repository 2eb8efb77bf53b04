/**
 * The register is found by people's own words: each query of tests/real/queries.yaml, typed on its
 * language's search page of the built register, finds its entry among the first five results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REAL_SITE } from '../../scripts/sites.ts';
import { launchBrowser } from '../../src/build/chromium.ts';
import { serveDirectory } from '../../src/build/static-server.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

interface Query {
  language: string;
  query: string;
  expect: string;
}
const QUERIES = parse(readFileSync(join(import.meta.dirname, 'queries.yaml'), 'utf8')) as Query[];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;
const pages = new Map<string, Page>();

beforeAll(async () => {
  server = await serveDirectory(REAL_SITE.dist, { base: REAL_SITE.base });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One search page per language, reused for its queries. */
async function searchPage(language: string): Promise<Page> {
  let page = pages.get(language);
  if (!page) {
    page = await browser.newPage();
    await page.goto(`${server.url}${language}/search/`);
    pages.set(language, page);
  }
  return page;
}

describe('queries people type', () => {
  it('cover every language, with at least ten each', () => {
    expect([...new Set(QUERIES.map((q) => q.language))].sort()).toEqual(LOCALES.map((l) => l.path).sort());
    for (const { path } of LOCALES)
      expect(QUERIES.filter((q) => q.language === path).length, path).toBeGreaterThanOrEqual(10);
  });

  it.each(QUERIES.map((q) => [q.language, q.query, q.expect] as const))(
    '/%s/: "%s" finds %s among the first five',
    async (language, query, expected) => {
      const page = await searchPage(language);
      await page.evaluate(() => document.querySelector('#search-results')!.setAttribute('data-state', 'typing'));
      await page.fill('#search-query', query);
      await page.waitForSelector('#search-results[data-state="done"]', { timeout: 60_000 });
      const found = await page
        .locator('#search-results > li .card__title a')
        .evaluateAll((links) => links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(found).toContain(`${REAL_SITE.base}${language}/${expected}/`);
    },
  );
});
