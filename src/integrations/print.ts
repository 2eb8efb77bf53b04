/**
 * The print editions, made by every build after the pages: each language's full register (A4) and
 * brochure (A5) printed to PDF with Chromium from the print pages, published in dist/downloads/.
 * One browser prints two documents at a time. The downloads pages then get each file's size and
 * page count (in their `[data-pdf]` elements), and the print pages are removed from the site: they
 * were only the PDFs' source.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES, type LocaleTag } from '../i18n/locales.ts';
import { translator } from '../i18n/dictionaries.ts';
import { formatFileSize, formatNumber } from '../i18n/format.ts';
import { pageHref, routes } from '../i18n/routes.ts';
import { ALL_PDFS, DOWNLOADS_DIR, pdfPath, PRINT_DOCUMENTS, printRoute } from '../print/documents.ts';
import { printDocument } from '../print/render.ts';
import { launchBrowser } from '../build/chromium.ts';
import { serveDirectory } from '../build/static-server.ts';

/** Documents printed at once: Chromium's printing is heavy, and the machines have two cores. */
const CONCURRENCY = 2;

export default function print(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'register:print',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const browser = await launchBrowser((m) => logger.info(m));
        const server = await serveDirectory(dist, { base });
        const made = new Map<string, { bytes: number; pages: number }>();
        try {
          await mkdir(join(dist, DOWNLOADS_DIR), { recursive: true });
          const queue = [...ALL_PDFS];
          const worker = async () => {
            for (let job = queue.shift(); job; job = queue.shift()) {
              const { document, locale } = job;
              const title = translator(locale)(PRINT_DOCUMENTS[document].titleKey);
              const url = server.origin + pageHref(base, locale, printRoute(document));
              const { pdf, pages } = await printDocument(browser, url, document, title, site && new URL(base, site).href);
              await writeFile(join(dist, pdfPath(document, locale)), pdf);
              made.set(pdfPath(document, locale), { bytes: pdf.length, pages });
              logger.info(`${pdfPath(document, locale)}: ${pages} pages, ${formatFileSize(pdf.length, 'en')}`);
            }
          };
          await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        } finally {
          await browser.close();
          await server.close();
        }
        for (const { tag } of LOCALES) {
          await describeDownloads(join(dist, pageHref('/', tag, routes.downloads)), tag, made);
          await rm(join(dist, pageHref('/', tag, 'print/')), { recursive: true, force: true });
        }
      },
    },
  };
}

/** Each PDF's size and page count on a downloads page, in the page's language. */
async function describeDownloads(dir: string, locale: LocaleTag, made: Map<string, { bytes: number; pages: number }>) {
  const file = join(dir, 'index.html');
  const t = translator(locale);
  const html = (await readFile(file, 'utf8')).replace(
    /(<[^>]*\bdata-pdf="([^"]+)"[^>]*\bdata-date="([^"]+)"[^>]*>)[^<]*/g,
    (_whole, tag: string, path: string, date: string) => {
      const pdf = made.get(path);
      if (!pdf) throw new Error(`${file} lists ${path}, which was not printed`);
      return tag + t('downloads.details', { size: formatFileSize(pdf.bytes, locale), pages: formatNumber(pdf.pages, locale), date });
    },
  );
  await writeFile(file, html);
}
