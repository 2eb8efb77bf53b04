/**
 * The open data, made after the pages in dist/open-data/<language>/, dated from git where the build
 * has the history; the "Open data" pages then get each file's size, or a folder's size and number
 * of files (their `[data-open-data]`). A build whose pages' key is unchanged copies the last build's
 * (src/build/output-cache.ts). datasetFiles makes the files without writing them, for the tests.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { cachedOutput } from '../build/output-cache.ts';
import type { Build } from '../build/steps.ts';
import { translator } from '../i18n/dictionaries.ts';
import { formatFileSize, formatNumber } from '../i18n/format.ts';
import { LOCALES, type LocaleTag } from '../i18n/locales.ts';
import { pageHref, routes } from '../i18n/routes.ts';
import { pageContext, type PageContext } from '../view/context.ts';
import { apiFiles, type DataFile } from './api.ts';
import { feedFile } from './feed.ts';
import { hsdsDataset } from './hsds.ts';
import { datasetDir, OPEN_DATA_DIR } from './layout.ts';
import { registerTableFiles } from './register-table.ts';
import { tabularFiles } from './tabular.ts';

/** Every file of one language's open data, by its path from the language's dataset folder (layout.ts). */
export function datasetFiles(ctx: PageContext): DataFile[] {
  const hsds = hsdsDataset(ctx);
  return [...registerTableFiles(ctx), ...apiFiles(hsds, ctx), ...tabularFiles(hsds, ctx), feedFile(ctx)];
}

type Size = { bytes: number; files: number };

/** The size of each file under the open data's folder, and each folder's (a path ending in "/"), after the base. */
async function sizesOf(dist: string): Promise<Map<string, Size>> {
  const entries = await readdir(join(dist, OPEN_DATA_DIR), { recursive: true, withFileTypes: true });
  const sizes = new Map<string, Size>();
  const add = (path: string, bytes: number) => {
    const size = sizes.get(path) ?? { bytes: 0, files: 0 };
    sizes.set(path, { bytes: size.bytes + bytes, files: size.files + 1 });
  };
  for (const file of entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))) {
    const path = relative(dist, file).split(sep).join('/');
    const bytes = (await stat(file)).size;
    add(path, bytes);
    for (let folder = path.lastIndexOf('/'); folder > 0; folder = path.lastIndexOf('/', folder - 1))
      add(path.slice(0, folder + 1), bytes);
  }
  return sizes;
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

export async function writeOpenData({ dist, base, site, register, log }: Build): Promise<void> {
  if (register.history.size === 0)
    log.warn('No git history: the open data dates each change by its verification date.');
  const how = await cachedOutput({ step: 'open-data', base, site }, join(dist, OPEN_DATA_DIR), async () => {
    for (const { tag } of LOCALES) {
      for (const file of datasetFiles(pageContext({ locale: tag, register, base, site }))) {
        const path = join(dist, datasetDir(tag) + file.path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, file.content);
      }
    }
  });
  const sizes = await sizesOf(dist);
  for (const { tag } of LOCALES)
    await describeOpenData(join(dist, pageHref('/', tag, routes.openData), 'index.html'), tag, sizes);
  const all = sizes.get(`${OPEN_DATA_DIR}/`)!;
  const copied = how === 'copied' ? ', copied from the last build (nothing it is made from changed)' : '';
  log.info(`Open data: ${all.files} files in ${LOCALES.length} languages, ${formatFileSize(all.bytes, 'en')}${copied}`);
}
