/**
 * Printing one edition to PDF with Chromium: tagged (accessible), with an outline of the headings,
 * the fonts of the site embedded. A brochure is padded with blank pages to a multiple of four,
 * before its back page, so that it can be folded and stapled.
 *
 * Each PDF is rendered once. The contents' page numbers, and the pages a brochure needs padding to,
 * are known before the rendering: from the pages of another rendering that holds the same sections
 * (the whole register is numbered from its sectors' PDFs, each sector being drawn alike in both from
 * the top of a page), or else foreseen by laying the page out in columns the size of a page, which
 * Chromium breaks as it breaks pages. Every PDF is then checked against its own outline, and
 * numbered (or padded) again and rendered once more only if the foresight was wrong.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { PRINT_DOCUMENTS, type PrintDocument } from './documents.ts';
import { contentBox, pageCss } from './page-css.ts';
import { bookmarks } from './pdf-outline.ts';

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** A page that printed more pages than this is not kept for the next edition: Chromium keeps a rendering's memory. */
const FRESH_PAGE_ABOVE = 120;

export interface PrintJob {
  url: string;
  /** The edition on the page, when the page holds several (`[data-part]`). */
  part?: string;
  document: PrintDocument;
  /** The PDF's title, also the running title at the top of each page. */
  title: string;
}

/** A section of a print page (`.print-section`): the id of its heading, and those of the headings in it. */
export interface Section {
  id: string;
  headings: string[];
}

export interface Printed {
  pdf: Buffer;
  pages: number;
  /** The page each heading with an id starts on. */
  headings: Map<string, number>;
  sections: Section[];
  /** How many renderings it took. */
  renderings: number;
  /** The pages foreseen before the rendering came out wrong, so it was numbered or padded again and rendered once more. */
  renumbered?: boolean;
}

/**
 * One browser tab that prints edition after edition: a page holding several editions is loaded
 * once for all of them; a long one is printed from a fresh load and closed after it, so that
 * Chromium gives its memory back.
 */
export class PrintTab {
  #page?: Page;
  #url?: string;
  readonly context: BrowserContext;
  /** The site's address, which makes links to its pages absolute in the PDF. */
  readonly site?: string;
  constructor(context: BrowserContext, site?: string) {
    this.context = context;
    this.site = site;
  }

  /** The print page at `url`, ready to print: its links made absolute (or plain text), its fonts loaded. */
  async load(url: string): Promise<Page> {
    if (this.#page && this.#url === url) return this.#page;
    await this.close();
    const page = await this.context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`The print page ${url} answered ${response?.status()}`);
    await page.evaluate((base) => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
        if (base) a.href = new URL(a.getAttribute('href')!, base).href;
        else a.replaceWith(...a.childNodes);
      }
    }, this.site ?? null);
    await page.evaluate(() => document.fonts.ready);
    this.#page = page;
    this.#url = url;
    return page;
  }

  async reload(): Promise<Page> {
    const url = this.#url!;
    await this.close();
    return this.load(url);
  }

  async close(): Promise<void> {
    await this.#page?.close();
    this.#page = undefined;
    this.#url = undefined;
  }
}

/**
 * Shows only the edition to print (when the page holds several), sets its page rules (paper,
 * margins, running title, page numbers) and its title, which the PDF takes as its own. The print
 * pages carry the site's Content Security Policy: the rules added here are the PDF step's own.
 */
async function prepare(page: Page, { part, document: kind, title }: PrintJob): Promise<void> {
  const css = pageCss(kind, title) + (part === undefined ? '' : `[data-part]:not([data-part="${CSS_ESCAPE(part)}"]) { display: none !important; }`);
  await page.evaluate(
    ({ css, title }) => {
      let style = document.getElementById('print-step') as HTMLStyleElement | null;
      if (!style) {
        style = document.createElement('style');
        style.id = 'print-step';
        document.head.append(style);
      }
      style.textContent = css;
      document.title = title;
    },
    { css, title },
  );
}

const CSS_ESCAPE = (s: string) => s.replace(/["\\]/g, '\\$&');

/**
 * Renders the page and reads its outline back. Chromium's outline has one bookmark per heading
 * drawn, in document order (its titles are not reliable: wrapped lines are joined without a space,
 * some are doubled), so a heading's page is that of the bookmark at the heading's position.
 */
async function render(page: Page): Promise<{ pdf: Buffer; pages: number; headings: Map<string, number> }> {
  const pdf = await page.pdf(PDF_OPTIONS);
  const outline = await bookmarks(pdf);
  // Only the headings drawn: those of the editions hidden on the page have no bookmark.
  const ids = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.getClientRects().length > 0).map((h) => h.id));
  if (ids.length !== outline.bookmarks.length) throw new Error(`The outline has ${outline.bookmarks.length} bookmarks for ${ids.length} headings`);
  const headings = new Map<string, number>();
  for (const [i, id] of ids.entries()) if (id) headings.set(id, outline.bookmarks[i]!.page);
  return { pdf, pages: outline.pages, headings };
}

/** The ids the contents give page numbers for. */
const contentsIds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-page-for]')].filter((s) => s.getClientRects().length > 0).map((s) => s.dataset.pageFor!),
  );

/** Writes the page numbers into the contents. Their width is fixed, so filling them in moves nothing. */
async function fillContents(page: Page, pages: Map<string, number>) {
  await page.evaluate((found) => {
    for (const span of [...document.querySelectorAll<HTMLElement>('[data-page-for]')].filter((s) => s.getClientRects().length > 0)) {
      const number = found[span.dataset.pageFor!];
      if (number === undefined) throw new Error(`The contents point to "#${span.dataset.pageFor}", which is not a heading`);
      span.textContent = String(number);
    }
  }, Object.fromEntries(pages));
}

const sectionsOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.print-section')]
      .filter((section) => section.getClientRects().length > 0)
      .map((section) => ({
        id: section.querySelector('h2')?.id ?? '',
        headings: [...section.querySelectorAll('[id]:is(h2, h3, h4, h5, h6)')].map((h) => h.id),
      }))
      .filter((s) => s.id),
  );

/** Blank pages before the back cover, so that a folded edition's pages come in its multiple. */
async function pad(page: Page, kind: PrintDocument, pages: number): Promise<number> {
  const settings = PRINT_DOCUMENTS[kind];
  const multiple = 'pagesMultipleOf' in settings ? settings.pagesMultipleOf : 1;
  const missing = (multiple - (pages % multiple)) % multiple;
  if (missing === 0) return 0;
  await page.evaluate((blanks) => {
    const back = [...document.querySelectorAll('.back-cover')].find((b) => b.getClientRects().length > 0);
    for (let i = 0; i < blanks; i++) {
      const blank = document.createElement('div');
      blank.className = 'blank-page';
      blank.setAttribute('aria-hidden', 'true');
      blank.textContent = '\u00a0';
      back ? back.before(blank) : document.body.append(blank);
    }
  }, missing);
  return missing;
}

/** How many pages come before the first section (the cover and the contents): printed without the sections, which takes little. */
async function frontPages(page: Page): Promise<number> {
  const hide = await page.addStyleTag({ content: '.print-section, .back-cover { display: none !important; }' });
  const { pages } = await bookmarks(await page.pdf({ ...PDF_OPTIONS, tagged: false, outline: false }));
  await hide.evaluate((style) => (style as Element).remove());
  return pages;
}

/**
 * The pages of a document's headings, from other renderings that hold its sections: every section
 * but the last is drawn alike in both, from the top of a page, so each heading lies as far into its
 * section; the last section (the sources, which list only the document's own) starts where the one
 * before it ends. `front` is the number of pages before the first section (cover and contents).
 */
export function pagesFrom(sections: Section[], front: number, renderings: Printed[]): Map<string, number> {
  const pages = new Map<string, number>();
  let at = front + 1;
  for (const [i, section] of sections.entries()) {
    pages.set(section.id, at);
    if (i === sections.length - 1) break;
    const source = renderings.find((r) => r.sections.some((s) => s.id === section.id));
    const k = source?.sections.findIndex((s) => s.id === section.id) ?? -1;
    const next = source?.sections[k + 1];
    const start = source?.headings.get(section.id);
    if (!source || !next || start === undefined) throw new Error(`No rendering has the section "${section.id}" followed by another`);
    for (const id of section.headings) pages.set(id, at + source.headings.get(id)! - start);
    at += source.headings.get(next.id)! - start;
  }
  return pages;
}

/**
 * Foresees the page of every heading drawn, and of the back cover, by laying the page out in
 * columns the size of a page's content box, with the print style's page breaks as column breaks:
 * Chromium breaks columns as it breaks pages. (A heading's page is the column its middle is in.)
 */
async function foresee(page: Page, kind: PrintDocument): Promise<{ headings: Map<string, number>; back?: number }> {
  await page.emulateMedia({ media: 'print' });
  const { width, height } = contentBox(kind);
  const found = await page.evaluate(
    ({ width, height }) => {
      const px = (mm: number) => (mm * 96) / 25.4;
      const breaks: string[] = [];
      const visit = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule) {
            const column: string[] = [];
            for (const property of ['break-before', 'break-after', 'break-inside']) {
              const value = rule.style.getPropertyValue(property);
              if (['page', 'left', 'right', 'recto', 'verso'].includes(value)) column.push(`${property}: column !important`);
              else if (value === 'avoid-page') column.push(`${property}: avoid-column !important`);
            }
            if (column.length > 0) breaks.push(`${rule.selectorText} { ${column.join('; ')} }`);
          } else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const sheet of document.styleSheets) visit(sheet.cssRules);
      const style = document.createElement('style');
      style.textContent = `html { width: ${px(width)}px !important; height: ${px(height)}px !important; columns: ${px(width)}px !important; column-gap: 0 !important; column-fill: auto !important; margin: 0 !important; padding: 0 !important; }\n${breaks.join('\n')}`;
      document.head.append(style);
      const left = document.documentElement.getBoundingClientRect().left;
      const pageOf = (element: Element) => {
        const box = element.getClientRects()[0]!;
        return Math.floor((box.left + box.width / 2 - left) / px(width)) + 1;
      };
      const drawn = (element: Element) => element.getClientRects().length > 0;
      const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.id && drawn(h)).map((h) => [h.id, pageOf(h)] as const);
      const cover = [...document.querySelectorAll('.back-cover')].find(drawn);
      const back = cover ? pageOf(cover) : undefined;
      style.remove();
      return { headings, back };
    },
    { width, height },
  );
  await page.emulateMedia({ media: null });
  return { headings: new Map(found.headings), back: found.back };
}

/**
 * Prints one edition in `tab`, in one rendering when the pages foreseen are right. With
 * `renderings`, its contents are numbered from them (pagesFrom); else from the foreseen pages
 * (foresee), which also tell a brochure how many blank pages it needs.
 */
export async function printEdition(tab: PrintTab, job: PrintJob, renderings?: Printed[]): Promise<Printed> {
  const page = await tab.load(job.url);
  await prepare(page, job);
  const ids = await contentsIds(page);
  const sections = await sectionsOf(page);
  const foreseen = renderings && ids.length > 0 ? undefined : await foresee(page, job.document);
  const numbers = ids.length === 0 ? undefined : renderings ? pagesFrom(sections, await frontPages(page), renderings) : foreseen!.headings;
  if (numbers) await fillContents(page, numbers);
  if (foreseen?.back) await pad(page, job.document, foreseen.back);
  let printed = await render(page);
  let count = 1;
  const wrong = numbers ? ids.filter((id) => printed.headings.get(id) !== numbers.get(id)) : [];
  const padding = await pad(page, job.document, printed.pages);
  if (wrong.length > 0 || padding > 0) {
    // Not expected: the pages foreseen were wrong. Numbered, or padded, from this rendering instead.
    if (wrong.length > 0) await fillContents(page, printed.headings);
    const again = await render(page);
    count++;
    if (again.pages !== printed.pages + padding) throw new Error(`${job.url}: padding ${printed.pages} pages with ${padding} gave ${again.pages}`);
    printed = again;
  }
  // A long document's page is not kept for the next edition.
  if (printed.pages > FRESH_PAGE_ABOVE) await tab.close();
  return { ...printed, sections, renderings: count, renumbered: wrong.length > 0 || padding > 0 };
}
