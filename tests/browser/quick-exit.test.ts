/**
 * "Exit this page" at parity with GOV.UK's component, and its bug history: the button and the link
 * for keyboard and screen-reader users, the overlay that covers the page at once and is announced,
 * each Shift press announced and shown, the count reset after five seconds and when the page comes
 * back from the back-forward cache, no exit while typing capitals, left and right Shift alike, and
 * no exit from an on-screen keyboard's Shift inside a text field.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { url, withContext } from '../helpers/browser.ts';

const t = translator('en');
const EXIT = site.quickExit.en ?? site.quickExit.default;

/** A tab that went from the home page to a service page, with the neutral site answered locally. */
async function onServicePage<T>(use: (page: Page, context: BrowserContext) => Promise<T>, options = {}): Promise<T> {
  return withContext(async (context) => {
    await context.route(`${new URL(EXIT).origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' }),
    );
    const page = await context.newPage();
    await page.goto(url('en/'));
    await page.goto(url('en/services/example-service/'));
    return use(page, context);
  }, options);
}

const left = (page: Page) => page.url().startsWith(new URL(EXIT).origin);
const status = (page: Page) => page.locator('[data-quick-exit-status]').textContent();

describe.concurrent('the quick exit', () => {
  it('covers the page at once and announces it when clicked, then opens the neutral site in place of this page', async () => {
    await onServicePage(async (page) => {
      // Read the page in the same turn as the click: before the browser has even started to leave.
      const rightAfter = await page.evaluate(() => {
        document.querySelector<HTMLElement>('.quick-exit__button')!.click();
        const overlay = document.querySelector('.quick-exit__overlay');
        return {
          alert: overlay?.getAttribute('role'),
          text: overlay?.textContent,
          main: getComputedStyle(document.querySelector('main')!).visibility,
          title: document.title,
        };
      });
      expect(rightAfter).toEqual({ alert: 'alert', text: t('exit.leaving'), main: 'hidden', title: '' });
      await page.waitForURL(`${new URL(EXIT).origin}/**`);
      expect(page.url()).toBe(EXIT);
      await page.goBack();
      expect(page.url()).toBe(url('en/'));
    });
  });

  it("is the first thing a keyboard reaches, after the skip link, in the reader's language", async () => {
    await onServicePage(async (page) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      expect(await focused.textContent()).toBe(t('exit.label'));
      expect(await focused.getAttribute('href')).toBe(EXIT);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${new URL(EXIT).origin}/**`);
    });
  });

  it('announces and shows each Shift press, and leaves on the third', async () => {
    await onServicePage(async (page) => {
      await page.keyboard.press('Shift');
      expect(await status(page)).toBe(t('exit.pressed', { count: 1 }));
      expect(await page.locator('.quick-exit__button').getAttribute('data-pressed')).toBe('1');
      expect(await page.locator('.quick-exit__dots').isVisible()).toBe(true);
      await page.keyboard.press('Shift');
      expect(await status(page)).toBe(t('exit.pressed', { count: 2 }));
      await page.keyboard.press('Shift');
      await page.waitForURL(`${new URL(EXIT).origin}/**`);
    });
  });

  it('counts left and right Shift alike, also when they overlap', async () => {
    await onServicePage(async (page) => {
      await page.keyboard.down('ShiftLeft');
      await page.keyboard.down('ShiftRight');
      await page.keyboard.up('ShiftLeft');
      await page.keyboard.up('ShiftRight');
      await page.keyboard.press('ShiftLeft');
      await page.waitForURL(`${new URL(EXIT).origin}/**`);
    });
  });

  it('starts the count again after five seconds, and says so', async () => {
    await onServicePage(async (page) => {
      await page.clock.install();
      await page.reload();
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.clock.fastForward(5100);
      expect(await status(page)).toBe(t('exit.expired'));
      expect(await page.locator('.quick-exit__button').getAttribute('data-pressed')).toBe('0');
      await page.keyboard.press('Shift');
      expect(await status(page)).toBe(t('exit.pressed', { count: 1 }));
      expect(left(page)).toBe(false);
    });
  });

  it('starts the count again when the page is shown again from the back-forward cache', async () => {
    await onServicePage(async (page) => {
      const button = page.locator('.quick-exit__button');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      expect(await button.getAttribute('data-pressed')).toBe('2');
      // What a browser sends when it shows a page again from the cache. (Going back for real would
      // not prove it: under automation Chromium may load the page afresh, with a count of 0 anyway.)
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
      expect(await button.getAttribute('data-pressed')).toBe('0');
      await page.keyboard.press('Shift');
      expect(left(page)).toBe(false);
      // A page shown afresh (not from the cache) keeps its count.
      await page.keyboard.press('Shift');
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false })));
      expect(await button.getAttribute('data-pressed')).toBe('2');
    });
  });

  it('never leaves when a person types "Ana" in the search box', async () => {
    await onServicePage(async (page) => {
      await page.locator('.site-menu summary').click();
      await page.locator('#site-search-menu').pressSequentially('Ana');
      await page.keyboard.press('Shift+A');
      await page.keyboard.press('Shift+N');
      await page.keyboard.press('Shift+A');
      expect(left(page)).toBe(false);
      expect(await page.locator('#site-search-menu').inputValue()).toBe('AnaANA');
    });
  });

  it("leaves from a text field when a keyboard's Shift is pressed three times", async () => {
    await onServicePage(async (page) => {
      await page.locator('.site-menu summary').click();
      await page.locator('#site-search-menu').focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await page.waitForURL(`${new URL(EXIT).origin}/**`);
    });
  });

  it("ignores an on-screen keyboard's Shift inside a text field, and the button stays in view", async () => {
    await onServicePage(
      async (page) => {
        await page.locator('.site-menu summary').tap();
        await page.locator('#site-search-menu').focus();
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        expect(left(page)).toBe(false);
        expect(await page.locator('.quick-exit__button').isVisible()).toBe(true);
        await page.locator('.quick-exit__button').tap();
        await page.waitForURL(`${new URL(EXIT).origin}/**`);
      },
      { hasTouch: true, isMobile: true },
    );
  });

  it('sends no referrer to the site it opens', async () => {
    await withContext(async (context) => {
      let referer: string | undefined = 'not requested';
      await context.route(`${new URL(EXIT).origin}/**`, async (route) => {
        referer = route.request().headers().referer;
        await route.fulfill({ status: 200, contentType: 'text/html', body: 'neutral' });
      });
      const page = await context.newPage();
      await page.goto(url('sq/'));
      await page.locator('.quick-exit__button').click();
      await page.waitForURL(`${new URL(site.quickExit.sq ?? site.quickExit.default).origin}/**`);
      expect(referer).toBeUndefined();
    });
  });
});
