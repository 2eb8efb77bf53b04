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

const pdfPages = async (page: Page) => {
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  try {
    return pdf.numPages;
  } finally {
    await pdf.close();
  }
};

describe.concurrent('a sheet for a client', () => {
  it('puts three chosen entries in Albanian beside Serbian on one A4 page, each column in its language, each QR code opening the entry in Albanian', async () => {
    await visit(sheet, async ({ page, context }) => {
      await page.waitForSelector('[data-handout-row]');
      expect(await page.locator('[data-handout-row]').count()).toBe(3);
      expect(await page.locator('.handout__row [data-lang="sq"][lang="sq"]').count()).toBe(3);
      expect(await page.locator('.handout__row [data-lang="sr-Cyrl"][lang="sr-Cyrl"]').count()).toBe(3);
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.handout__qr img')].every((i) => i.complete && i.naturalWidth > 0));
      const expected = ['services/example-service/', 'services/example-shelter-stay/', 'providers/quiet-office/'].map(
        (p) => `${FIXTURE_SITE.site}${FIXTURE_SITE.base}sq/${p}`,
      );
      expect(await qrTexts(page)).toEqual(expected);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await pdfPages(page)).toBe(1);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    });
  });

  it('fits five entries on one A4 page', async () => {
    const five = 'service-example-service,service-example-shelter-stay,service-missing-children-line,service-example-right,provider-example-org';
    await visit(`rom/handout/?e=${five}&with=sr`, async ({ page }) => {
      await page.waitForSelector('[data-handout-row]');
      expect(await page.locator('[data-handout-row]').count()).toBe(5);
      await page.emulateMedia({ media: 'print' });
      expect(await pdfPages(page)).toBe(1);
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
      await page.locator('.handout-bar a').click();
      await page.waitForSelector('[data-handout-row]');
      expect(await page.locator('[data-handout-row]').count()).toBe(2);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
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
