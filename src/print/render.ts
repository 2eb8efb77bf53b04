/**
 * Printing one edition to PDF with Chromium: tagged (accessible), with an outline of the headings,
 * the fonts of the site embedded. The table of contents gets its page numbers from a first
 * rendering's outline; a brochure is padded with blank pages to a multiple of four, before its back
 * page, so that it can be folded and stapled.
 */
import type { Browser, Page } from 'playwright-core';
import { PRINT_DOCUMENTS, type PrintDocument } from './documents.ts';
import { pageCss } from './page-css.ts';
import { bookmarks, type Bookmark } from './pdf-outline.ts';

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Links to this site's pages: absolute when the site's address is known, plain text otherwise. */
async function fixLinks(page: Page, site: string | undefined) {
  await page.evaluate((base) => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
      if (base) a.href = new URL(a.getAttribute('href')!, base).href;
      else a.replaceWith(...a.childNodes);
    }
  }, site ?? null);
}

/**
 * Chromium's outline has one bookmark per heading, in document order (its titles are not reliable:
 * wrapped lines are joined without a space, some are doubled), so a heading's page is that of the
 * bookmark at the heading's position.
 */
async function fillContents(page: Page, found: Bookmark[]) {
  await page.evaluate(
    (pages) => {
      const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
      if (headings.length !== pages.length) throw new Error(`The outline has ${pages.length} bookmarks for ${headings.length} headings`);
      for (const span of document.querySelectorAll<HTMLElement>('[data-page-for]')) {
        const at = headings.indexOf(document.getElementById(span.dataset.pageFor!)!);
        if (at < 0) throw new Error(`The contents point to "#${span.dataset.pageFor}", which is not a heading`);
        span.textContent = String(pages[at]);
      }
    },
    found.map((b) => b.page),
  );
}

/** Blank pages before the back cover, so that a folded edition's pages come in its multiple. */
async function pad(page: Page, count: number) {
  await page.evaluate((blanks) => {
    const back = document.querySelector('.back-cover');
    for (let i = 0; i < blanks; i++) {
      const blank = document.createElement('div');
      blank.className = 'blank-page';
      blank.setAttribute('aria-hidden', 'true');
      blank.textContent = '\u00a0';
      back ? back.before(blank) : document.body.append(blank);
    }
  }, count);
}

/**
 * Two renderings: the first tells each heading's page (the contents' numbers have a fixed width, so
 * filling them in moves nothing) and how many blank pages a folded edition needs; the second is the
 * PDF. `site` makes links to this site's pages absolute in the PDF.
 */
export async function printDocument(
  browser: Browser,
  url: string,
  edition: PrintDocument,
  runningTitle: string,
  site?: string,
): Promise<{ pdf: Buffer; pages: number }> {
  // The print pages carry the site's Content Security Policy; the page rules added here are ours.
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`The print page ${url} answered ${response?.status()}`);
    await page.addStyleTag({ content: pageCss(edition, runningTitle) });
    await fixLinks(page, site);
    await page.evaluate(() => document.fonts.ready);

    const first = await bookmarks(await page.pdf(PDF_OPTIONS));
    await fillContents(page, first.bookmarks);
    const settings = PRINT_DOCUMENTS[edition];
    const multiple = 'pagesMultipleOf' in settings ? settings.pagesMultipleOf : 1;
    const missing = (multiple - (first.pages % multiple)) % multiple;
    if (missing > 0) await pad(page, missing);
    const pdf = await page.pdf(PDF_OPTIONS);
    return { pdf, pages: first.pages + missing };
  } finally {
    await context.close();
  }
}
