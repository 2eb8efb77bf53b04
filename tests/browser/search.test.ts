/**
 * Search as a person uses it, on the fixture site: queries typed into the search page against each
 * language's Pagefind index; Serbian across scripts and without diacritics; the words people type
 * as well as names; results that show what the entry's page shows (badges, warnings, the language
 * of an untranslated text, the number to call); filters with counts; nothing loaded before a
 * person starts to search; and, without JavaScript, the way to browse instead.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/dictionaries.ts';
import { registerOf } from '../helpers/fixtures.ts';
import { url, withContext } from '../helpers/browser.ts';

const register = await registerOf();
const base = new URL(url()).pathname;

async function searchPage<T>(locale: string, use: (page: Page) => Promise<T>, address = ''): Promise<T> {
  return withContext(async (context) => {
    const page = await context.newPage();
    await page.goto(url(`${locale}/search/${address}`));
    return use(page);
  });
}

const done = (page: Page) => page.waitForSelector('#search-results[data-state="done"]', { timeout: 60_000 });

/** Do something on the search page and wait until the search it starts has finished. */
async function act(page: Page, action: () => Promise<void>) {
  await page.evaluate(() => document.querySelector('#search-results')!.setAttribute('data-state', 'typing'));
  await action();
  await done(page);
}

/** The addresses of the results shown, best first, after the base path. */
const shown = (page: Page) =>
  page
    .locator('#search-results > li .card__title a')
    .evaluateAll((links, b) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice(b.length)), base);
const total = async (page: Page) => Number(await page.locator('#search-status').getAttribute('data-total'));

async function query(page: Page, text: string): Promise<string[]> {
  await act(page, () => page.fill('#search-query', text));
  return shown(page);
}

describe.concurrent('search', () => {
  const cases = [
    { locale: 'sr', query: 'склониште', expect: 'providers/example-shelter/', why: 'a word people type, in Cyrillic' },
    {
      locale: 'sr',
      query: 'skloniste',
      expect: 'providers/example-shelter/',
      why: 'the same word in Latin without diacritics, on the Cyrillic edition',
    },
    {
      locale: 'sr-latn',
      query: 'склониште',
      expect: 'providers/example-shelter/',
      why: 'Cyrillic on the Latin edition',
    },
    {
      locale: 'en',
      query: 'somewhere to sleep',
      expect: 'services/example-shelter-stay/',
      why: 'everyday words, not the name',
    },
    { locale: 'en', query: 'help line', expect: 'services/example-service/', why: 'the name' },
    { locale: 'sq', query: 'shoqate', expect: 'providers/example-org/', why: 'Albanian without ë' },
    { locale: 'hr', query: 'udruga', expect: 'providers/example-org/', why: 'the language added without code' },
  ];
  for (const c of cases) {
    it(`finds ${c.expect} first for "${c.query}" on /${c.locale}/ (${c.why})`, async () => {
      await searchPage(c.locale, async (page) => {
        const found = await query(page, c.query);
        expect(found[0]).toBe(`${c.locale}/${c.expect}`);
        expect(found.filter((u) => !u.startsWith(`${c.locale}/`))).toEqual([]);
      });
    });
  }

  it('when every word finds nothing, shows what fewer of the words find, and says so', async () => {
    await searchPage('en', async (page) => {
      const found = await query(page, 'somewhere to sleep tonight in Novi Sad');
      expect(found).toContain('en/services/example-shelter-stay/');
      expect(await page.locator('#search-status').innerText()).toContain(
        translator('en')('search.fewerWords').split('{')[0]!.trim(),
      );
    });
  });

  it("shows with each result what its page shows: badges (specialised too), warnings, the text's language, the number", async () => {
    await searchPage('en', async (page) => {
      await query(page, 'help line');
      const first = page.locator('#search-results > li').first();
      expect(
        await first.locator('[data-badge]').evaluateAll((b) => b.map((e) => (e as HTMLElement).dataset.badge)),
      ).toEqual(['free', '24-7', 'specialised']);
      expect(await first.locator('.card__call a').getAttribute('href')).toBe('tel:+381117850000');
      expect(await first.locator('[data-notice="outdated"]').innerText()).toBe(
        translator('en')('translation.outdated'),
      );

      // Not translated into English: found by its Serbian words, and shown as Serbian.
      await query(page, 'nestalu decu');
      const line = page.locator('#search-results > li').first();
      expect(await line.locator('.card__title a').getAttribute('href')).toBe(
        `${base}en/services/missing-children-line/`,
      );
      expect(await line.locator('[data-notice="unconfirmed"]').innerText()).toBe(
        translator('en')('status.unconfirmed'),
      );
      expect(await line.locator('.card__title').getAttribute('lang')).toBe('sr-Latn');
      expect(await line.locator('[data-notice="fallback"]').count()).toBe(1);

      await query(page, 'tiha sluzba');
      expect(await page.locator('#search-results > li').first().locator('[data-notice="stale"]').innerText()).toBe(
        translator('en')('verified.stale'),
      );
    });
  });

  it('browses by filter, with counts that match the register', async () => {
    await searchPage('sr', async (page) => {
      await page.locator('.search__filters summary').click();
      await act(page, () => page.locator('#filter-category-accommodation').check());
      const services = register.services.filter((s) => s.facts.categories.includes('accommodation'));
      const providers = register.providers.filter((p) =>
        p.services.some((s) => s.facts.categories.includes('accommodation')),
      );
      expect((await shown(page)).sort()).toEqual(
        [...services.map((s) => `sr/services/${s.id}/`), ...providers.map((p) => `sr/providers/${p.id}/`)].sort(),
      );
      expect(await page.locator('[data-count="category:accommodation"]').innerText()).toBe(
        `(${services.length + providers.length})`,
      );
      await act(page, () => page.locator('#filter-features-specialised').check());
      expect(await total(page)).toBe(
        services.filter((s) => s.facts.specialisesInTrafficking).length +
          providers.filter((p) => p.facts.specialisesInTrafficking).length,
      );
    });
  });

  it('takes filters from the address, applies them, and then clears the address', async () => {
    await searchPage(
      'en',
      async (page) => {
        await done(page);
        expect(await page.locator('#filter-audience-women').isChecked()).toBe(true);
        const found = await shown(page);
        // Services for women (or anyone) that reach the district, national ones included.
        expect(found.sort()).toEqual([
          'en/services/example-right/',
          'en/services/example-service/',
          'en/services/example-shelter-stay/',
          'en/services/missing-children-line/',
        ]);
        expect(new URL(page.url()).search).toBe('');
      },
      '?audience=women&area=nisavski',
    );
  });

  it('opens from the search box of any page with the query, which then leaves the address', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(url('sr-latn/'));
      await page.locator('.site-menu summary').click();
      await page.fill('#site-search-menu', 'skloniste');
      await page.press('#site-search-menu', 'Enter');
      await page.waitForURL(/\/sr-latn\/search\//);
      await done(page);
      expect(await total(page)).toBeGreaterThan(0);
      expect(new URL(page.url()).search).toBe('');
    });
  });

  it('has no accessibility violation with results and filters shown', async () => {
    await searchPage('rom', async (page) => {
      await page.locator('.search__filters summary').click();
      await query(page, 'primer');
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });

  it('costs no search data until the person starts to search', async ({ expect }) => {
    await withContext(async (context) => {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/pagefind/')) requested.push(r.url());
      });
      await page.goto(url('rom/search/'), { waitUntil: 'networkidle' });
      expect(requested).toEqual([]);
      await page.focus('#search-query');
      await expect.poll(() => requested.length, { timeout: 60_000 }).toBeGreaterThan(0);
    });
  });

  it('says, without JavaScript, how to browse instead, and hides the form that cannot work', async () => {
    await withContext(
      async (context) => {
        const page = await context.newPage();
        await page.goto(url('sq/search/?q=strehim'));
        const notice = page.locator('[data-search-no-script]');
        expect(await notice.isVisible()).toBe(true);
        expect(await notice.locator(`a[href="${base}sq/categories/"]`).count()).toBe(1);
        expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });
});
