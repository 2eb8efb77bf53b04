/**
 * Printing one edition to PDF with Chromium: tagged (accessible), with an outline of the headings and the site's
 * fonts embedded. A brochure is padded with blank pages to a multiple of four before its back page, to be folded
 * and stapled. The contents' page numbers and blank pages are foreseen (`foresee`), so each PDF is rendered once
 * when its pages come out as foreseen; tests/site/build-cache.test.ts guards the foresight on every edition.
 */
import type { Page } from 'playwright-core';
import { PRINT_DOCUMENTS, type PrintDocument } from './documents.ts';
import { contentBox, pageCss } from './page-css.ts';
import { bookmarks } from './pdf-outline.ts';

export interface PrintJob {
  url: string;
  document: PrintDocument;
  /** The PDF's title, also the running title at the top of each page. */
  title: string;
  /** The site's address, which makes links to its pages absolute in the PDF; without it, links become text. */
  site?: string;
}

/** A PDF, its pages, and how many renderings it took: 1 when the pages came out as foreseen. */
export type Printed = Awaited<ReturnType<typeof printEdition>>;

/**
 * The print page, ready to print: links made absolute (or plain text), fonts loaded, page rules (paper, margins,
 * running title, page numbers) and title set (the PDF's own). The print pages carry the site's Content Security
 * Policy: the browser context bypasses it, so that the PDF step's own rules apply.
 */
async function load(page: Page, { url, site, document: kind, title }: PrintJob): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`The print page ${url} answered ${response?.status()}`);
  const rules = { base: site ?? null, css: pageCss(kind, title), title };
  await page.evaluate(async ({ base, css, title }) => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
      if (base) a.href = new URL(a.getAttribute('href')!, base).href;
      else a.replaceWith(...a.childNodes);
    }
    await document.fonts.ready;
    document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
    document.title = title;
  }, rules);
}

/**
 * Renders the page and reads its outline back. Chromium's outline has a bookmark per heading drawn, in document
 * order (its titles are unreliable: wrapped lines are joined without a space): a heading's page is its bookmark's.
 */
async function render(page: Page): Promise<{ pdf: Buffer; pages: number; headings: Map<string, number> }> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  const outline = await bookmarks(pdf);
  const ids = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.id));
  if (ids.length !== outline.bookmarks.length)
    throw new Error(`The outline has ${outline.bookmarks.length} bookmarks for ${ids.length} headings`);
  const headings = new Map<string, number>();
  for (const [i, id] of ids.entries()) if (id) headings.set(id, outline.bookmarks[i]!.page);
  return { pdf, pages: outline.pages, headings };
}

/** Writes page numbers into the contents. Their width is fixed, so filling them in moves nothing. */
async function fillContents(page: Page, pages: Map<string, number>): Promise<string[]> {
  return page.evaluate((found) => {
    const spans = [...document.querySelectorAll<HTMLElement>('[data-page-for]')];
    for (const span of spans) {
      const number = found[span.dataset.pageFor!];
      if (number === undefined)
        throw new Error(`The contents point to "#${span.dataset.pageFor}", which is not a heading`);
      span.textContent = String(number);
    }
    return spans.map((s) => s.dataset.pageFor!);
  }, Object.fromEntries(pages));
}

/** Blank pages before the back cover, so that a folded edition's pages come in its multiple. */
async function pad(page: Page, kind: PrintDocument, pages: number): Promise<number> {
  const settings = PRINT_DOCUMENTS[kind];
  const multiple = 'pagesMultipleOf' in settings ? settings.pagesMultipleOf : 1;
  const missing = (multiple - (pages % multiple)) % multiple;
  await page.evaluate((blanks) => {
    const back = document.querySelector('.back-cover');
    for (let i = 0; i < blanks; i++) {
      const blank = Object.assign(document.createElement('div'), { className: 'blank-page', textContent: '\u00a0' });
      blank.setAttribute('aria-hidden', 'true');
      back ? back.before(blank) : document.body.append(blank);
    }
  }, missing);
  return missing;
}

/**
 * Foresees the page of every heading, and of the back cover, by laying the page out in columns the
 * size of a page's content box, with the print style's page breaks as column breaks: Chromium
 * breaks columns as it breaks pages. (A heading's page is the column its middle is in.)
 */
async function foresee(page: Page, kind: PrintDocument): Promise<{ headings: Map<string, number>; back?: number }> {
  await page.emulateMedia({ media: 'print' });
  const found = await page.evaluate(layOutInColumns, contentBox(kind));
  await page.emulateMedia({ media: null });
  return { headings: new Map(found.headings), back: found.back };
}

/** Runs in the page: the column (page) each heading and the back cover fall in. */
function layOutInColumns({ width, height }: { width: number; height: number }) {
  const px = (mm: number) => (mm * 96) / 25.4;
  const breaks: string[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (!(rule instanceof CSSStyleRule)) {
        if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
        continue;
      }
      const column: string[] = [];
      for (const property of ['break-before', 'break-after', 'break-inside']) {
        const value = rule.style.getPropertyValue(property);
        if (['page', 'left', 'right', 'recto', 'verso'].includes(value)) column.push(`${property}: column !important`);
        else if (value === 'avoid-page') column.push(`${property}: avoid-column !important`);
      }
      if (column.length > 0) breaks.push(`${rule.selectorText} { ${column.join('; ')} }`);
    }
  };
  for (const sheet of document.styleSheets) visit(sheet.cssRules);
  const style = document.createElement('style');
  const box = [`width: ${px(width)}px`, `height: ${px(height)}px`, `columns: ${px(width)}px`];
  const flow = ['column-gap: 0', 'column-fill: auto', 'margin: 0', 'padding: 0'];
  const html = [...box, ...flow].map((declaration) => `${declaration} !important;`).join(' ');
  style.textContent = `html { ${html} }\n${breaks.join('\n')}`;
  document.head.append(style);
  const left = document.documentElement.getBoundingClientRect().left;
  const pageOf = (element: Element) => {
    const rect = element.getClientRects()[0]!;
    return Math.floor((rect.left + rect.width / 2 - left) / px(width)) + 1;
  };
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter((h) => h.id)
    .map((h) => [h.id, pageOf(h)] as const);
  const cover = document.querySelector('.back-cover');
  const back = cover ? pageOf(cover) : undefined;
  style.remove();
  return { headings, back };
}

/**
 * Prints one edition: foreseen, rendered, checked against its own outline, and rendered again only
 * if wrong. The page is reused from one edition to the next (a new tab costs about 0.1 s); what an
 * edition adds to it (page rules, media) goes with its document or is undone.
 */
export async function printEdition(page: Page, job: PrintJob) {
  await load(page, job);
  const foreseen = await foresee(page, job.document);
  const numbered = await fillContents(page, foreseen.headings);
  if (foreseen.back) await pad(page, job.document, foreseen.back);
  const first = await render(page);
  const wrong = numbered.filter((id) => first.headings.get(id) !== foreseen.headings.get(id));
  const padding = await pad(page, job.document, first.pages);
  if (wrong.length === 0 && padding === 0) return { pdf: first.pdf, pages: first.pages, renderings: 1 };
  // Not expected: the pages foreseen were wrong. Numbered, or padded, from this rendering instead.
  if (wrong.length > 0) await fillContents(page, first.headings);
  const again = await render(page);
  if (again.pages !== first.pages + padding)
    throw new Error(`${job.url}: padding ${first.pages} pages with ${padding} gave ${again.pages}`);
  return { pdf: again.pdf, pages: again.pages, renderings: 2 };
}
