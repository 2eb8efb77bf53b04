/**
 * The print editions (documents.ts) in every language, each from its own print page, published in
 * dist/downloads/: from the cache (cache.ts) when unchanged, else printed with one Chromium, a few at
 * a time, the longest first (render.ts). The downloads pages then get each file's size and page
 * count, and the print pages, only the PDFs' source, are removed from the site.
 */
import { availableParallelism, freemem } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pLimit from 'p-limit';
import type { Browser, Page } from 'playwright-core';
import { chromiumVersion, launchBrowser } from '../build/chromium.ts';
import { serveDirectory } from '../build/static-server.ts';
import type { Build } from '../build/steps.ts';
import { env } from '../config/env.ts';
import { translator } from '../i18n/dictionaries.ts';
import { formatFileSize, formatNumber } from '../i18n/format.ts';
import { LOCALES, type LocaleTag } from '../i18n/locales.ts';
import { pageHref, routes } from '../i18n/routes.ts';
import { pageContext } from '../view/context.ts';
import { PdfCache, pdfKey } from './cache.ts';
import { allPdfs, DOWNLOADS_DIR, editionTitle, pdfPath, printSource, type Edition } from './documents.ts';
import { pageCss } from './page-css.ts';
import { printEdition, type PrintJob, type Printed } from './render.ts';

/** Documents printed at once: one per core, as memory allows (Chromium takes about 1 GB for a 600-page register). */
const concurrency = () =>
  env.REGISTER_PRINT_JOBS ?? Math.max(1, Math.min(availableParallelism(), Math.floor(freemem() / 1.5e9), 4));

/** Longer documents first, so that no long one is left for the end. */
const WEIGHT = (e: Edition) => (e.document === 'register' ? (e.part ? 50 : 100) : e.part ? 1 : 10);

/**
 * A tab that has printed this many pages is closed and another opened: Chromium frees a renderer's
 * memory when its tab closes. At ten times the register, tabs kept for every PDF peaked at 2 GB;
 * closed after 400 pages (after each whole register), at 1.4 to 1.6 GB (a tab per PDF: 1.3 to 1.4).
 */
const PAGES_PER_TAB = 400;

/**
 * Chromium, started only when a PDF must be printed (a build whose PDFs all come from the cache
 * starts none), with one tab, in a browser context of its own, per job at a time: it goes from
 * print page to print page and keeps the styles and fonts it has loaded. Counts what it printed.
 */
function printer(log: Build['log']) {
  let browser: Promise<Browser> | undefined;
  const free: { tab: Page; pages: number }[] = [];
  const counts = { printed: 0, renderings: 0 };
  const open = async () => ({
    tab: await (await (await browser!).newContext({ bypassCSP: true })).newPage(),
    pages: 0,
  });
  return {
    counts,
    async print(job: PrintJob): Promise<Printed> {
      browser ??= launchBrowser((m) => log.info(m));
      const used = free.pop() ?? (await open());
      const printed = await printEdition(used.tab, job);
      used.pages += printed.pages;
      if (used.pages < PAGES_PER_TAB) free.push(used);
      else await used.tab.context().close();
      counts.printed++;
      counts.renderings += printed.renderings;
      return printed;
    },
    close: async () => (browser ? (await browser).close() : undefined),
  };
}

/** Each PDF's size and page count on a downloads page, in the page's language. */
async function describeDownloads(file: string, locale: LocaleTag, made: Map<string, { bytes: number; pages: number }>) {
  const t = translator(locale);
  const html = (await readFile(file, 'utf8')).replace(
    /(<[^>]*\bdata-pdf="([^"]+)"[^>]*>)[^<]*/g,
    (_whole, tag: string, path: string) => {
      const pdf = made.get(path);
      if (!pdf) throw new Error(`${file} lists ${path}, which was not printed`);
      const details = { size: formatFileSize(pdf.bytes, locale), pages: formatNumber(pdf.pages, locale) };
      return tag + t('downloads.fileDetails', details);
    },
  );
  await writeFile(file, html);
}

export async function printPdfs({ dist, base, site, register, log }: Build): Promise<void> {
  const cache = new PdfCache(resolve(env.REGISTER_PDF_CACHE));
  const browser = printer(log);
  // Styles and fonts are cached between print pages; nothing is compressed (read once, on this machine).
  const headers = () => ({ 'cache-control': 'max-age=3600' });
  const server = await serveDirectory(dist, { base, compress: false, headers });
  const renderer = `chromium ${chromiumVersion()}`;
  const links = site && new URL(base, site).href;
  /** An edition's PDF: from the cache when what it is made of is unchanged, else printed and kept. */
  const pdfOf = async (edition: Edition, locale: LocaleTag) => {
    const path = printSource(edition);
    const title = editionTitle(edition, pageContext({ locale, register, base, site }));
    const html = await readFile(join(dist, pageHref('/', locale, path), 'index.html'), 'utf8');
    const read = (href: string) => readFile(join(dist, href.slice(base.length)));
    const key = await pdfKey({ html, read, renderer, rules: `${pageCss(edition.document, title)}\n${site ?? ''}` });
    const cached = await cache.get(key);
    if (cached) return cached;
    const url = server.origin + pageHref(base, locale, path);
    const printed = await browser.print({ url, document: edition.document, title, site: links });
    if (printed.renderings > 1)
      log.info(`${pdfPath(edition, locale)}: its pages came out otherwise than foreseen, so it was rendered again`);
    await cache.put(key, printed);
    return printed;
  };
  const made = new Map<string, { bytes: number; pages: number }>();
  try {
    await mkdir(join(dist, DOWNLOADS_DIR), { recursive: true });
    const limit = pLimit(concurrency());
    const jobs = allPdfs(register, LOCALES).sort((a, b) => WEIGHT(b.edition) - WEIGHT(a.edition));
    const write = async (edition: Edition, locale: LocaleTag) => {
      const { pdf, pages } = await pdfOf(edition, locale);
      await writeFile(join(dist, pdfPath(edition, locale)), pdf);
      made.set(pdfPath(edition, locale), { bytes: pdf.length, pages });
    };
    await Promise.all(jobs.map(({ edition, locale }) => limit(() => write(edition, locale))));
    const { printed, renderings } = browser.counts;
    log.info(
      `${made.size} PDFs in ${LOCALES.length} languages: ${printed} printed (${renderings} renderings), ` +
        `${made.size - printed} unchanged, from the cache`,
    );
    log.info(`The PDF cache (${cache.dir}): ${await cache.prune()} files no longer needed removed`);
  } finally {
    await browser.close();
    await server.close();
  }
  for (const { tag } of LOCALES) {
    await describeDownloads(join(dist, pageHref('/', tag, routes.downloads), 'index.html'), tag, made);
    if (!env.REGISTER_KEEP_PRINT_PAGES)
      await rm(join(dist, pageHref('/', tag, 'print/')), { recursive: true, force: true });
  }
}
