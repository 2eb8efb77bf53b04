/**
 * The print editions, made by every build after the pages (src/print/documents.ts): in every
 * language the whole register (A4) and each of its sectors, the brochure for all of Serbia (A5) and
 * each area's local brochure, printed to PDF with Chromium from the print pages and published in
 * dist/downloads/. One browser prints several documents at a time, the longest first, each
 * rendered once (src/print/render.ts): the whole register is numbered from its sectors' PDFs, so it
 * is printed after them. The downloads pages then get each file's size and page count (in their
 * `[data-pdf]` elements), and the print pages are removed from the site: they were only the PDFs'
 * source.
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism, freemem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES, type LocaleTag } from '../i18n/locales.ts';
import { translator } from '../i18n/dictionaries.ts';
import { formatFileSize, formatNumber } from '../i18n/format.ts';
import { pageHref, routes } from '../i18n/routes.ts';
import { loadRegister } from '../model/load.ts';
import { DOWNLOADS_DIR, editionsOf, editionTitle, type Edition, pdfPath, printSource } from '../print/documents.ts';
import { printEdition, PrintTab, type Printed } from '../print/render.ts';
import { launchBrowser } from '../build/chromium.ts';
import { serveDirectory } from '../build/static-server.ts';
import { recordStep, timed } from '../build/timing.ts';
import { pageContext } from '../view/context.ts';

/**
 * Documents printed at once: one per core, as memory allows (Chromium takes about 1 GB to print a
 * register of 600 pages). REGISTER_PRINT_JOBS sets it.
 */
function concurrency(): number {
  const set = Number(process.env.REGISTER_PRINT_JOBS);
  if (set > 0) return set;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(freemem() / 1.5e9), 4));
}

interface Job {
  edition: Edition;
  locale: LocaleTag;
  /** Longer documents go first, so that no long one is left for the end. */
  weight: number;
  /** The renderings of its sectors, which the whole register is numbered from. */
  from?: Printed[];
}

const WEIGHT = { register: 100, sector: 50, brochure: 10, local: 1 };
const weightOf = ({ document, part }: Edition) => (document === 'register' ? (part ? WEIGHT.sector : WEIGHT.register) : part ? WEIGHT.local : WEIGHT.brochure);

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
        const register = await loadRegister();
        const editions = editionsOf(register);
        const made = new Map<string, { bytes: number; pages: number }>();
        await timed(
          'PDFs',
          (m) => logger.info(m),
          async () => {
            const browser = await launchBrowser((m) => logger.info(m));
            // Styles and fonts are cached between print pages, as a browser caches them between pages of the site;
            // nothing is compressed (the print pages are megabytes at scale, read once, on this machine).
            const server = await serveDirectory(dist, { base, compress: false, headers: () => ({ 'cache-control': 'max-age=3600' }) });
            try {
              await mkdir(join(dist, DOWNLOADS_DIR), { recursive: true });
              // The sectors of the register first: the whole register is numbered from them (src/print/render.ts),
              // and joins the queue when its language's last sector is printed.
              const sectorCount = editions.filter((e) => e.document === 'register' && e.part).length;
              const queue: Job[] = LOCALES.flatMap(({ tag }) =>
                editions
                  .filter((e) => !(e.document === 'register' && !e.part && sectorCount > 0))
                  .map((edition) => ({ edition, locale: tag, weight: weightOf(edition) })),
              );
              let renderings = 0;
              const urlOf = ({ edition, locale }: Job) => server.origin + pageHref(base, locale, printSource(edition).route);
              /** Each language's sectors of the register, as printed: the whole register is numbered from them. */
              const sectorsPrinted = new Map<LocaleTag, Printed[]>();
              const printOne = async (tab: PrintTab, job: Job) => {
                const { edition, locale, from } = job;
                const title = editionTitle(edition, pageContext({ locale, register, base, site }));
                const printed = await printEdition(tab, { url: urlOf(job), part: printSource(edition).part, document: edition.document, title }, from);
                renderings += printed.renderings;
                const path = pdfPath(edition, locale);
                if (printed.renumbered) logger.info(`${path}: its pages came out otherwise than foreseen, so it was rendered again`);
                await writeFile(join(dist, path), printed.pdf);
                made.set(path, { bytes: printed.pdf.length, pages: printed.pages });
                logger.info(`${path}: ${printed.pages} pages, ${formatFileSize(printed.pdf.length, 'en')}`);
                // When a language's last sector is printed, its whole register can be numbered.
                if (edition.document === 'register' && edition.part) {
                  const done = [...(sectorsPrinted.get(locale) ?? []), { ...printed, pdf: Buffer.alloc(0) }];
                  sectorsPrinted.set(locale, done);
                  if (done.length === sectorCount) queue.push({ edition: { document: 'register' }, locale, weight: WEIGHT.register, from: done });
                }
              };
              // A worker that finds no job waits while others print: a whole register joins the queue after its sectors.
              let active = 0;
              let waiting: (() => void)[] = [];
              const wakeAll = () => {
                const woken = waiting;
                waiting = [];
                for (const wake of woken) wake();
              };
              const worker = async () => {
                const browserContext = await browser.newContext({ bypassCSP: true });
                const tab = new PrintTab(browserContext, site && new URL(base, site).href);
                let url: string | undefined;
                try {
                  for (;;) {
                    // The longest first; but an edition on the page already loaded before any other.
                    queue.sort((a, b) => b.weight - a.weight);
                    const same = queue.findIndex((j) => urlOf(j) === url);
                    const job = queue.splice(same === -1 ? 0 : same, 1)[0];
                    if (!job) {
                      if (active === 0) break;
                      await new Promise<void>((resolve) => waiting.push(resolve));
                      continue;
                    }
                    active++;
                    try {
                      await printOne(tab, job);
                      url = urlOf(job);
                    } finally {
                      active--;
                      wakeAll();
                    }
                  }
                } finally {
                  await tab.close();
                  await browserContext.close();
                  wakeAll();
                }
              };
              const workers = concurrency();
              await Promise.all(Array.from({ length: workers }, worker));
              recordStep('PDF files', 0, { files: made.size, renderings, workers });
              logger.info(`${made.size} PDFs in ${LOCALES.length} languages, ${renderings} renderings, ${workers} at a time`);
            } finally {
              await browser.close();
              await server.close();
            }
          },
        );
        for (const { tag } of LOCALES) {
          await describeDownloads(join(dist, pageHref('/', tag, routes.downloads)), tag, made);
          // REGISTER_KEEP_PRINT_PAGES keeps them, to look at a print page in a browser.
          if (!process.env.REGISTER_KEEP_PRINT_PAGES) await rm(join(dist, pageHref('/', tag, 'print/')), { recursive: true, force: true });
        }
      },
    },
  };
}

/** Each PDF's size and page count on a downloads page, in the page's language. */
async function describeDownloads(dir: string, locale: LocaleTag, made: Map<string, { bytes: number; pages: number }>) {
  const file = join(dir, 'index.html');
  const t = translator(locale);
  const html = (await readFile(file, 'utf8')).replace(/(<[^>]*\bdata-pdf="([^"]+)"[^>]*>)[^<]*/g, (_whole, tag: string, path: string) => {
    const pdf = made.get(path);
    if (!pdf) throw new Error(`${file} lists ${path}, which was not printed`);
    return tag + t('downloads.fileDetails', { size: formatFileSize(pdf.bytes, locale), pages: formatNumber(pdf.pages, locale) });
  });
  await writeFile(file, html);
}
