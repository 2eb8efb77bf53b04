/**
 * The print editions, made by every build after the pages: each language's full register (A4) and
 * brochure (A5) printed to PDF with Chromium from the print pages, published in dist/downloads/. The
 * downloads pages then get each file's size and page count, and the print pages are removed from the
 * site (they were only the PDFs' source).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES, localeConfig, type LocaleTag } from '../i18n/locales.ts';
import { pathOf, routes } from '../i18n/paths.ts';
import { formatFileSize, formatNumber } from '../i18n/format.ts';
import { readTranslations } from '../model/disk.ts';
import { ALL_PDFS, DOWNLOADS_DIR, pagesToken, pdfPath, PRINT_DOCUMENTS, printSource, sizeToken, type PrintDocument } from '../print/documents.ts';
import { printDocument } from '../print/render.ts';
import { launchBrowser } from '../utils/chromium.ts';
import { serveDirectory } from '../utils/static-server.ts';

export default function print(): AstroIntegration {
  let root = '';
  let site: string | undefined;
  return {
    name: 'register:print',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const browser = await launchBrowser((m) => logger.info(m));
        const { origin, close } = await serveDirectory(dist);
        const made: { document: PrintDocument; locale: LocaleTag; bytes: number; pages: number }[] = [];
        try {
          await mkdir(join(dist, DOWNLOADS_DIR), { recursive: true });
          for (const { document, locale } of ALL_PDFS) {
            const title = readTranslations(root, locale)(PRINT_DOCUMENTS[document].titleKey);
            const { pdf, pages } = await printDocument(browser, origin + printSource(document, locale), document, title, site);
            await writeFile(join(dist, pdfPath(document, locale)), pdf);
            made.push({ document, locale, bytes: pdf.length, pages });
            logger.info(`${pdfPath(document, locale)}: ${pages} pages, ${formatFileSize(pdf.length, 'en')}`);
          }
        } finally {
          await browser.close();
          await close();
        }
        for (const { tag } of LOCALES) {
          const file = join(dist, pathOf(tag, routes.downloads), 'index.html');
          let html = await readFile(file, 'utf8');
          for (const m of made) {
            html = html.replaceAll(sizeToken(m.document, m.locale), formatFileSize(m.bytes, tag)).replaceAll(pagesToken(m.document, m.locale), formatNumber(m.pages, tag));
          }
          if (/\{(size|pages):/.test(html)) throw new Error(`${file} still has a placeholder for a PDF that was not made`);
          await writeFile(file, html);
          await rm(join(dist, localeConfig(tag).path, 'print'), { recursive: true, force: true });
        }
      },
    },
  };
}
