/**
 * The open data, made by every build after the pages (src/open-data/): in each language the
 * register as a table (CSV, JSON), Open Referral HSDS 3.0 (the API's JSON and a Tabular Data
 * Package) and the feed of changes, in dist/open-data/<language>/. The dates of change come from
 * git where the build has the history (src/content/history.ts). The "Open data" pages then get
 * each file's size, or a folder's size and number of files (in their `[data-open-data]`
 * elements), as the downloads pages get their PDFs'.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatFileSize, formatNumber } from '../i18n/format.ts';
import { LOCALES, type LocaleTag } from '../i18n/locales.ts';
import { translator } from '../i18n/dictionaries.ts';
import { pageHref, routes } from '../i18n/routes.ts';
import { loadRegister } from '../model/load.ts';
import { datasetFiles } from '../open-data/files.ts';
import { datasetDir, OPEN_DATA_DIR } from '../open-data/layout.ts';
import { pageContext } from '../view/context.ts';
import { startStep } from '../build/timing.ts';
import { inBackground } from '../build/background.ts';

interface Size {
  bytes: number;
  files: number;
}

export default function openData(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'register:open-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      // Made beside the PDFs, which take longest (src/build/background.ts).
      'astro:build:done': ({ dir, logger }) =>
        inBackground(
          (async () => {
            const done = startStep('Open data', (m) => logger.info(m));
            const dist = fileURLToPath(dir);
            const register = await loadRegister();
            const { history } = register;
            if (history.size === 0) logger.warn('No git history: the open data dates each change by its verification date.');
            // Each file's size, and each folder's (a path ending in "/"), after the base.
            const sizes = new Map<string, Size>();
            const add = (path: string, bytes: number) => {
              const size = sizes.get(path) ?? { bytes: 0, files: 0 };
              sizes.set(path, { bytes: size.bytes + bytes, files: size.files + 1 });
            };
            await rm(join(dist, OPEN_DATA_DIR), { recursive: true, force: true });
            for (const { tag } of LOCALES) {
              const ctx = pageContext({ locale: tag, register, base, site });
              for (const file of datasetFiles(ctx, history)) {
                const path = datasetDir(tag) + file.path;
                await mkdir(dirname(join(dist, path)), { recursive: true });
                await writeFile(join(dist, path), file.content);
                const bytes = Buffer.byteLength(file.content);
                add(path, bytes);
                for (let folder = path.lastIndexOf('/'); folder > 0; folder = path.lastIndexOf('/', folder - 1)) add(path.slice(0, folder + 1), bytes);
              }
            }
            for (const { tag } of LOCALES) await describeOpenData(join(dist, pageHref('/', tag, routes.openData), 'index.html'), tag, sizes);
            const all = sizes.get(`${OPEN_DATA_DIR}/`)!;
            logger.info(`Open data: ${all.files} files in ${LOCALES.length} languages, ${formatFileSize(all.bytes, 'en')}`);
            done();
          })(),
        ),
    },
  };
}

/** Each file's or folder's size on an "Open data" page, in the page's language. */
async function describeOpenData(file: string, locale: LocaleTag, sizes: Map<string, Size>) {
  const t = translator(locale);
  const html = (await readFile(file, 'utf8')).replace(
    /(<[^>]*\bdata-open-data="([^"]+)"[^>]*\bdata-format="([^"]+)"[^>]*>)[^<]*/g,
    (_whole, tag: string, path: string, format: string) => {
      const size = sizes.get(path);
      if (!size) throw new Error(`${file} lists ${path}, which was not written`);
      const values = { format, size: formatFileSize(size.bytes, locale), files: formatNumber(size.files, locale) };
      return tag + (path.endsWith('/') ? t('openData.folderDetails', values) : `${values.format}, ${values.size}`);
    },
  );
  await writeFile(file, html);
}
