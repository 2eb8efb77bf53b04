/** Reading without JavaScript, and printing any page, as a person does it. */
import { describe, expect, it } from 'vitest';
import { url, visit } from '../helpers/browser.ts';

describe('without JavaScript', () => {
  it('a person can go from the front door to a service and its number by links alone', async () => {
    await visit(
      '',
      async ({ page }) => {
        await page.locator('.language-picker a[hreflang="rom"]').click();
        await page.locator(`.tiles a[href$="/rom/categories/accommodation/"]`).click();
        await page.locator('.card__title a').first().click();
        expect(page.url()).toMatch(/\/rom\/services\//);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('printing any page', () => {
  it('prints the content only: no quick exit, header, search box or footer, and links to other sites with their address', async () => {
    await visit('en/providers/example-org/', async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      for (const selector of [
        '.quick-exit',
        '.site-header',
        '.site-search',
        '.site-footer',
        '.corrections',
        '.share',
      ]) {
        expect(
          await page
            .locator(selector)
            .evaluateAll((elements) => elements.some((e) => (e as HTMLElement).offsetParent !== null)),
          selector,
        ).toBe(false);
      }
      expect(await page.locator('main h1').isVisible()).toBe(true);
      const after = await page
        .locator('main a[href^="http"]')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('(');
    });
  });
});

describe('the site under its base path', () => {
  it('sends the address without the base to the site, and answers a missing one with the nearest 404 page', async () => {
    await visit(
      'sq/no-such-page/',
      async ({ page }) => {
        expect(await page.locator('html').getAttribute('lang')).toBe('sq');
        expect(await page.locator('main a').first().getAttribute('href')).toBe(new URL(url('sq/')).pathname);
      },
      { status: 404 },
    );
  });
});
