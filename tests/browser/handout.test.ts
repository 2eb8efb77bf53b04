/**
 * Sheets for professionals to hand a client: chosen on the register's pages (the choice only in the
 * address), printed in the client's language beside a second one, one A4 page for five entries,
 * each QR code opening the entry's page in the client's language; and, without JavaScript, ready
 * sheets for one entry and for each need, reached by links alone.
 */
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { url, visit, withContext } from '../helpers/browser.ts';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { readPdf } from '../../src/print/pdf-outline.ts';

const sheet = 'sq/handout/?e=service-example-service,service-example-shelter-stay,provider-quiet-office&with=sr';

/** The text each QR code of the page holds, read from its pixels. */
async function qrTexts(page: Page): Promise<string[]> {
  const images = await page.locator('.handout__qr img').evaluateAll((imgs) =>
    imgs.map((img) => {
      const image = img as HTMLImageElement;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 300;
      const context = canvas.getContext('2d')!;
      context.imageSmoothingEnabled = false;
      context.drawImage(image, 0, 0, 300, 300);
      return Array.from(context.getImageData(0, 0, 300, 300).data);
    }),
  );
  return images.map((pixels) => jsQR(Uint8ClampedArray.from(pixels), 300, 300)?.data ?? '');
}

/** The sheet as the browser prints it: its pages, and the first page's size in millimetres. */
const printed = async (page: Page) => {
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  try {
    const [, , width = 0, height = 0] = (await pdf.getPage(1)).view;
    return { pages: pdf.numPages, size: [Math.round((width * 25.4) / 72), Math.round((height * 25.4) / 72)] };
  } finally {
    await pdf.close();
  }
};

/**
 * The margin of the printed page the sheet is on. With none, a browser has no room for its own
 * header and footer (the page's title and address), which could give away the person carrying it.
 */
const pageMargin = (page: Page) =>
  page.evaluate(() => {
    const name = getComputedStyle(document.body).getPropertyValue('page');
    const rules = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .flatMap((r) => (r instanceof CSSMediaRule ? [...r.cssRules] : [r]));
    return rules.find((r): r is CSSPageRule => r instanceof CSSPageRule && r.selectorText === name)?.style.margin;
  });

describe.concurrent('a sheet for a client', () => {
  it('puts three chosen entries in Albanian beside Serbian on one A4 page, each column in its language, each QR code opening the entry in Albanian', async () => {
    await visit(sheet, async ({ page, context }) => {
      await page.waitForSelector('[data-handout-row]');
      expect(await page.locator('[data-handout-row]').count()).toBe(3);
      expect(await page.locator('.handout__row [data-lang="sq"][lang="sq"]').count()).toBe(3);
      expect(await page.locator('.handout__row [data-lang="sr-Cyrl"][lang="sr-Cyrl"]').count()).toBe(3);
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.handout__qr img')].every(
          (i) => i.complete && i.naturalWidth > 0,
        ),
      );
      const expected = ['services/example-service/', 'services/example-shelter-stay/', 'providers/quiet-office/'].map(
        (p) => `${FIXTURE_SITE.site}${FIXTURE_SITE.base}sq/${p}`,
      );
      expect(await qrTexts(page)).toEqual(expected);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      const paper = await printed(page);
      expect(paper.pages).toBe(1);
      expect(paper.size).toEqual([210, 297]);
      expect(await pageMargin(page)).toBe('0px');
      expect(await page.title()).toBe(await page.locator('.handout__title').first().getAttribute('data-title-neutral'));
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    });
  });

  it('fits five entries on one A4 page', async () => {
    const five =
      'service-example-service,service-example-shelter-stay,service-missing-children-line,service-example-right,provider-example-org';
    await visit(`rom/handout/?e=${five}&with=sr`, async ({ page }) => {
      await page.waitForSelector('[data-handout-row]');
      expect(await page.locator('[data-handout-row]').count()).toBe(5);
      await page.emulateMedia({ media: 'print' });
      expect((await printed(page)).pages).toBe(1);
    });
  });

  it('has a neutral title by default, and the full one when unticked, kept in the address', async () => {
    await visit(sheet, async ({ page }) => {
      await page.waitForSelector('[data-handout-row]');
      const title = page.locator('.handout__title').first();
      expect(await title.textContent()).toBe(await title.getAttribute('data-title-neutral'));
      await page.locator('#handout-neutral').uncheck();
      await expect.poll(() => title.textContent()).toBe(await title.getAttribute('data-title-full'));
      expect(new URL(page.url()).searchParams.get('neutral')).toBe('0');
    });
  });

  it('is chosen on the register\'s pages with "Add to sheet", the choice carried in the address only', async () => {
    await visit('en/categories/urgent-help/', async ({ page, context }) => {
      const toggles = page.locator('[data-handout-toggle]');
      await toggles.nth(0).click();
      await toggles.nth(1).click();
      expect(new URL(page.url()).searchParams.get('sheet')!.split(',')).toHaveLength(2);
      await page.locator('.breadcrumbs a').first().click();
      expect(new URL(page.url()).searchParams.get('sheet')!.split(',')).toHaveLength(2);
      // A search from the header keeps the choice.
      await page.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>('form.site-search')!;
        form.querySelector<HTMLInputElement>('input[type="search"]')!.value = 'shelter';
        form.submit();
      });
      await page.waitForURL(/\/search\//);
      expect(new URL(page.url()).searchParams.get('sheet')!.split(',')).toHaveLength(2);
      await page.locator('.handout-bar a').click();
      await page.waitForSelector('[data-handout-row]');
      expect(await page.locator('[data-handout-row]').count()).toBe(2);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    });
  });

  it('is chosen among search results too, and a search keeps the entries already chosen', async () => {
    await visit('en/search/?q=shelter&sheet=service-example-service', async ({ page }) => {
      const result = page
        .locator('#search-results [data-entry-key]:not([data-entry-key="service-example-service"])')
        .first();
      await result.waitFor();
      expect(await result.locator('a').first().getAttribute('translate')).toBe('no');
      const key = await result.getAttribute('data-entry-key');
      // Each button names, to a screen reader, the entry it adds.
      const name = (await result.locator('h2').textContent())!.trim();
      expect(await result.locator('[data-handout-toggle]').textContent()).toContain(name);
      await result.locator('[data-handout-toggle]').click();
      const chosen = new URL(page.url()).searchParams.get('sheet')!.split(',');
      expect(chosen).toEqual(['service-example-service', key]);
    });
  });

  it('without JavaScript, is reached by links alone: for one entry from its page, for each need from the brochure', async () => {
    await withContext(
      async (context) => {
        const page = await context.newPage();
        await page.goto(url('sq/services/example-service/'));
        await page.locator('.share a').first().click();
        expect(await page.locator('[data-handout-block="service-example-service"]').count()).toBe(2);
        await page.goto(url('sq/brochure/help-now/'));
        await page.locator('.handout-links a[hreflang="sr-Cyrl"]').click();
        expect(await page.locator('.handout__row [lang="sr-Cyrl"]').count()).toBeGreaterThan(0);
        expect(await page.locator('.handout__title').first().textContent()).toBe(
          await page.locator('.handout__title').first().getAttribute('data-title-neutral'),
        );
      },
      { javaScriptEnabled: false },
    );
  });
});
