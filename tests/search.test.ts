/**
 * Search as a person uses it: real queries typed into the built search page in headless Chromium,
 * against the built Pagefind index of each language, with the entries expected near the top;
 * Serbian across scripts and without diacritics, Albanian and Romani without diacritics; filters
 * and their counts checked against the register itself; results that show what a person needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { readRegister } from '../src/model/disk.ts';
import { fold } from '../src/search/fold.ts';
import type { Register } from '../src/model/register.ts';
import { launchBrowser } from './helpers/browser.ts';
import { serveSite } from './helpers/server.ts';
import { assertBuilt, DIST, ROOT } from './helpers/site.ts';

let browser: Browser;
let origin: string;
let closeServer: () => Promise<void>;
let register: Register;

beforeAll(async () => {
  assertBuilt();
  ({ origin, close: closeServer } = await serveSite());
  browser = await launchBrowser();
  register = await readRegister(ROOT);
});

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
});

async function searchPage(localePath: string, address = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${origin}/${localePath}/search/${address}`);
  return page;
}

async function done(page: Page) {
  await page.waitForSelector('#search-results[data-state="done"]', { timeout: 30_000 });
}

/** Do something on the search page and wait until the search it starts has finished. */
async function act(page: Page, action: () => Promise<void>) {
  await page.evaluate(() => {
    document.querySelector('#search-results')!.setAttribute('data-state', 'typing');
  });
  await action();
  await done(page);
}

const shownUrls = (page: Page) =>
  page.locator('#search-results > li .card__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** How many results the search found (the page shows them 20 at a time). */
const total = async (page: Page) => Number(await page.locator('#search-status').getAttribute('data-total'));

/** Type a query; return the addresses of the results shown, best first. */
async function query(page: Page, text: string): Promise<string[]> {
  await act(page, () => page.fill('#search-query', text));
  return shownUrls(page);
}

const TOP = 5;

describe('search', () => {
  const cases: { locale: string; query: string; expect: string; why: string }[] = [
    { locale: 'sr', query: 'склониште', expect: 'providers/centre-shelter/', why: 'Serbian in Cyrillic, on the Cyrillic edition' },
    { locale: 'sr', query: 'sklonište', expect: 'providers/centre-shelter/', why: 'Serbian in Latin, on the Cyrillic edition' },
    { locale: 'sr', query: 'skloniste', expect: 'providers/centre-shelter/', why: 'Serbian without diacritics, on the Cyrillic edition' },
    { locale: 'sr-latn', query: 'склониште', expect: 'providers/centre-shelter/', why: 'Serbian in Cyrillic, on the Latin edition' },
    { locale: 'sr-latn', query: 'skloniste', expect: 'providers/centre-shelter/', why: 'Serbian without diacritics, on the Latin edition' },
    { locale: 'sr', query: 'gradjanskog statusa', expect: 'services/atina-house-rights-and-status/', why: 'đ typed as dj' },
    { locale: 'sr-latn', query: 'građanskog statusa', expect: 'services/atina-house-rights-and-status/', why: 'đ typed as đ' },
    { locale: 'sr', query: 'бесплатна правна помоћ', expect: 'services/free-legal-aid/', why: 'a phrase in Serbian' },
    { locale: 'en', query: 'free legal aid', expect: 'services/free-legal-aid/', why: 'English' },
    { locale: 'en', query: 'shelter', expect: 'providers/centre-shelter/', why: 'English' },
    { locale: 'sq', query: 'ndihme juridike falas', expect: 'services/free-legal-aid/', why: 'Albanian without ë' },
    { locale: 'sq', query: 'ndihmë juridike falas', expect: 'services/free-legal-aid/', why: 'Albanian with ë' },
    { locale: 'rom', query: 'pravno zutipe', expect: 'services/free-legal-aid/', why: 'Romani without ž' },
    { locale: 'rom', query: 'pravno žutipe', expect: 'services/free-legal-aid/', why: 'Romani with ž' },
  ];

  for (const c of cases) {
    it(`finds ${c.expect} in the top ${TOP} for "${c.query}" on /${c.locale}/ (${c.why})`, async () => {
      const page = await searchPage(c.locale);
      const found = await query(page, c.query);
      expect(found.slice(0, TOP)).toContain(`/${c.locale}/${c.expect}`);
      // Every result is a page of this language.
      expect(found.filter((url) => !url.startsWith(`/${c.locale}/`))).toEqual([]);
      await page.context().close();
    });
  }

  it('ranks an entry whose name matches above entries that only mention the word', async () => {
    const page = await searchPage('en');
    const found = await query(page, 'interpretation');
    const nameMatches = await page.locator('#search-results .card__title a').allInnerTexts();
    expect(nameMatches[0]!.toLowerCase()).toContain('interpret');
    expect(found.length).toBeGreaterThan(1);
    await page.context().close();
  });

  it('shows for each result its name, provider, summary as the excerpt, free and 24/7 badges and a number to call', async () => {
    const page = await searchPage('en');
    await query(page, 'SOS line');
    const first = page.locator('#search-results > li').first();
    const service = register.service('astra-sos-line');
    expect(await first.locator('.card__title a').getAttribute('href')).toBe('/en/services/astra-sos-line/');
    expect(await first.locator('.card__provider').innerText()).toMatch(/ASTRA/);
    expect((await first.locator('.card__summary').innerText()).length).toBeGreaterThan(20);
    expect(service.facts.cost).toBe('free');
    expect(await first.locator('.badge--free').count()).toBe(1);
    expect(await first.locator('.badge--always').count()).toBe(service.facts.availability === '24/7' ? 1 : 0);
    expect(await first.locator('.card__call a').getAttribute('href')).toMatch(/^tel:\+?\d+$/);
    await page.context().close();
  });

  it('browses without a query: a category filter lists exactly the register\'s entries of that category, with its count', async () => {
    const page = await searchPage('sr');
    await page.locator('.search__filters summary').click();
    await act(page, () => page.locator('#filter-category-accommodation').check());
    const urls = await shownUrls(page);
    const services = register.services.filter((s) => s.facts.categories.includes('accommodation')).map((s) => `/sr/services/${s.id}/`);
    const providers = register.providers.filter((p) => p.services.some((s) => s.facts.categories.includes('accommodation'))).map((p) => `/sr/providers/${p.id}/`);
    expect(urls.sort()).toEqual([...services, ...providers].sort());
    expect(await page.locator('#search-status').innerText()).toContain(String(urls.length));
    expect(await page.locator('[data-count="category:accommodation"]').innerText()).toBe(`(${urls.length})`);
    // Narrowing to services only leaves the services.
    await act(page, () => page.locator('#filter-kind-service').check());
    expect(await total(page)).toBe(services.filter((u) => register.service(u.split('/')[3]!).facts.kind === 'service').length);
    await page.context().close();
  });

  it('combines filters: free and 24/7 together leave only entries that are both', async () => {
    const page = await searchPage('en');
    await page.locator('.search__filters summary').click();
    await act(page, () => page.locator('#filter-features-free').check());
    expect(await total(page)).toBe(register.services.filter((s) => s.facts.cost === 'free').length);
    await act(page, () => page.locator('#filter-features-24-7').check());
    const expected = register.services.filter((s) => s.facts.cost === 'free' && s.facts.availability === '24/7').length;
    expect(expected).toBeGreaterThan(0);
    expect(await total(page)).toBe(expected);
    expect(await page.locator('[data-count="features:24-7"]').innerText()).toBe(`(${expected})`);
    await page.context().close();
  });

  it('finds women\'s services in a district, and national ones there too', async () => {
    const page = await searchPage('en', '?audience=women&area=nisavski');
    await done(page);
    const count = await total(page);
    const expected = register.services.filter((s) => {
      const e = s.facts.eligibility;
      const forWomen = !e.genders || e.genders.includes('women');
      const reaches = s.coverage.level === 'national' || s.coverage.areas.length === 0 || s.coverage.areas.includes('nisavski');
      return forWomen && reaches;
    }).length;
    expect(count).toBe(expected);
    // Twenty at a time, then more on request.
    expect(count).toBeGreaterThan(20);
    expect(await page.locator('#search-results > li').count()).toBe(20);
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(Math.min(40, count));
    // The filters from the address are applied, and the address no longer shows them.
    expect(await page.locator('#filter-audience-women').isChecked()).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('opens from the search box of any page with the query, which then leaves the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/sr-latn/`);
    await page.fill('#site-search-query', 'skloniste');
    await page.press('#site-search-query', 'Enter');
    await page.waitForURL(/\/sr-latn\/search\//);
    await done(page);
    expect(await total(page)).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('has no accessibility violation with results and filters shown', async () => {
    for (const locale of ['sr', 'rom']) {
      const page = await searchPage(locale);
      await page.locator('.search__filters summary').click();
      await query(page, locale === 'sr' ? 'помоћ' : 'žutipe');
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await page.context().close();
    }
  });

  it('costs no search data until the person starts to search', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) requested.push(r.url());
    });
    await page.goto(`${origin}/rom/search/`, { waitUntil: 'networkidle' });
    expect(requested).toEqual([]);
    await page.focus('#search-query');
    await expect.poll(() => requested.length).toBeGreaterThan(0);
    await context.close();
  });

  it('says, without JavaScript, how to browse instead, and hides the form that cannot work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/sq/search/?q=strehim`);
    const notice = page.locator('[data-search-no-script]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator('a[href="/sq/categories/"]').count()).toBe(1);
    expect(await notice.locator('a[href="/sq/register/"]').count()).toBe(1);
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the search index', () => {
  it('has one index per page language, named as the pages\' lang', async () => {
    const entry = JSON.parse(await readFile(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'rom', 'sq', 'sr-cyrl', 'sr-latn']);
    for (const language of Object.values(entry.languages) as { page_count: number }[]) {
      expect(language.page_count).toBe(register.services.length + register.providers.length);
    }
  });

  it('holds no address of any provider, and so none of a shelter', async () => {
    const addresses = register.providers.flatMap((p) => (p.facts.address ? [p.facts.address.street] : []));
    expect(addresses.length).toBeGreaterThan(0);
    const dir = join(DIST, 'pagefind', 'fragment');
    const fragments = await Promise.all((await readdir(dir)).map(async (f) => gunzipSync(await readFile(join(dir, f))).toString('utf8')));
    for (const street of addresses) {
      for (const form of [street, fold(street)]) {
        const words = form.split(/\s+/).filter((w) => w.length > 3);
        expect(fragments.filter((f) => words.every((w) => f.includes(w))), form).toEqual([]);
      }
    }
  });
});
