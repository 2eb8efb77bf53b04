/**
 * The search index, made after the pages through Pagefind's Node API: one bundle holding one index
 * per page language (Pagefind splits by each document's `lang`). The documents come from the
 * entries' views (records.ts), not from the built pages.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Build } from '../build/steps.ts';
import { LOCALES } from '../i18n/locales.ts';
import { pageContext } from '../view/context.ts';
import { SEARCH_BUNDLE } from './bundle.ts';
import { indexDocument } from './document.ts';
import { searchRecords } from './records.ts';

export async function writeSearchIndex({ dist, base, site, register, log }: Build): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let count = 0;
    for (const { tag } of LOCALES) {
      for (const record of searchRecords(pageContext({ locale: tag, register, base, site }))) {
        const added = await index.addHTMLFile({ url: record.url, content: indexDocument(record) });
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
        count++;
      }
    }
    const bundle = join(dist, SEARCH_BUNDLE);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    // The search page has its own interface: Pagefind's ready-made ones are not published.
    for (const file of await readdir(bundle))
      if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) await rm(join(bundle, file));
    log.info(`Search index: ${count} entries in ${LOCALES.length} languages`);
  } finally {
    await pagefind.close();
  }
}
