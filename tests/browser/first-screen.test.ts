/**
 * The first screen is help: on a 360 × 640 phone, every home page shows the emergency numbers and
 * the hotline as links to call, and every entry page shows the entry's name and its number, without
 * scrolling; the language and menu controls work by keyboard and without JavaScript; and every page
 * says, in its language, how to browse safely and where the accessibility statement is.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { url, visit } from '../helpers/browser.ts';

const SCREEN = { width: 360, height: 640 };
/** Whether every element the locator finds lies wholly inside the first screen. */
const onFirstScreen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll(
      (elements, height) => elements.length > 0 && elements.every((e) => e.getBoundingClientRect().bottom <= height),
      SCREEN.height,
    );

describe.concurrent.each(LOCALES.map((l) => l.path))('/%s/ on a 360 × 640 phone', (path) => {
  it('shows the emergency numbers and the hotline, to call, without scrolling', async () => {
    await visit(
      `${path}/`,
      async ({ page }) => {
        expect(await page.locator('.emergency__call[href^="tel:"]').count()).toBe(4);
        expect(await onFirstScreen(page, '.emergency__call')).toBe(true);
        expect(await onFirstScreen(page, '.quick-exit__button')).toBe(true);
      },
      { viewport: SCREEN },
    );
  });

  it('says on the first screen that the help is free and the call an ordinary one, with no cost badge by the number', async () => {
    const t = translator(LOCALES.find((l) => l.path === path)!.tag);
    await visit(
      `${path}/`,
      async ({ page }) => {
        const hotline = page.locator('.emergency__hotline');
        expect(await hotline.locator('.emergency__call [data-call-cost]').textContent()).toBe(t('callCost.ordinary'));
        expect(await hotline.locator('[data-hotline-cost]').textContent()).toBe(`${t('cost.free')}.`);
        expect(await onFirstScreen(page, '.emergency__hotline [data-call-cost], [data-hotline-cost]')).toBe(true);
        expect(await page.locator('.emergency .badge').count()).toBe(0);
      },
      { viewport: SCREEN },
    );
  });

  it.each([
    'services/example-service/',
    'services/missing-children-line/',
    'providers/example-org/',
    'providers/example-shelter/',
  ])('shows the name and the number of %s without scrolling', async (entry) => {
    await visit(
      `${path}/${entry}`,
      async ({ page }) => {
        expect(await onFirstScreen(page, 'h1')).toBe(true);
        expect(await onFirstScreen(page, '.call-now__link')).toBe(true);
      },
      { viewport: SCREEN },
    );
  });

  it('says on the page how to browse safely, and links the accessibility statement, in its language', async () => {
    const t = translator(LOCALES.find((l) => l.path === path)!.tag);
    await visit(`${path}/register/`, async ({ page }) => {
      expect(await page.locator('.site-footer__safety').textContent()).toContain(t('footer.safetyLine'));
      expect(
        await page.locator(`.site-footer a[href="${new URL(url(`${path}/accessibility/`)).pathname}"]`).textContent(),
      ).toBe(t('footer.accessibility'));
    });
  });
});

describe('the header', () => {
  it('opens the languages and the menu without JavaScript, and keeps the reader on the same page', async () => {
    await visit(
      'sq/services/example-service/',
      async ({ page }) => {
        await page.locator('.language-switcher summary').click();
        await page.locator('.language-switcher a[hreflang="rom"]').click();
        expect(new URL(page.url()).pathname).toBe(new URL(url('rom/services/example-service/')).pathname);
        await page.locator('.site-menu summary').click();
        await page.locator('.site-menu a').nth(1).click();
        expect(new URL(page.url()).pathname).toBe(new URL(url('rom/register/')).pathname);
      },
      { javaScriptEnabled: false, viewport: SCREEN },
    );
  });

  it('opens the languages and the menu by keyboard', async () => {
    await visit(
      'en/',
      async ({ page }) => {
        await page.locator('.language-switcher summary').focus();
        await page.keyboard.press('Enter');
        expect(await page.locator('.language-switcher a[hreflang="sq"]').isVisible()).toBe(true);
        await page.locator('.site-menu summary').focus();
        await page.keyboard.press('Space');
        expect(await page.locator('.site-menu a').first().isVisible()).toBe(true);
      },
      { viewport: SCREEN },
    );
  });

  it('on a wide screen shows the navigation in a row, aligned with the content', async () => {
    await visit(
      'en/register/',
      async ({ page }) => {
        expect(await page.locator('.site-menu').isVisible()).toBe(false);
        expect(await page.locator('.site-header__wide .site-nav').isVisible()).toBe(true);
        const left = async (selector: string) => (await page.locator(selector).first().boundingBox())!.x;
        const main = await page.locator('main h1').boundingBox();
        for (const selector of ['.site-header__name', '.site-header__wide .site-nav a', '.quick-exit__bar'])
          expect(Math.abs((await left(selector)) - main!.x), selector).toBeLessThanOrEqual(16);
      },
      { viewport: { width: 1280, height: 800 } },
    );
  });
});
