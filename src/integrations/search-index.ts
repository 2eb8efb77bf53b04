/**
 * Builds the Pagefind index after the pages, through Pagefind's Node API: one bundle in
 * dist/pagefind/ holding one index per page language (Pagefind splits by the `lang` of each
 * document). The documents come from the entries' views (src/search/), not from the built pages.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdir, rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/locales.ts';
import { loadRegister } from '../model/load.ts';
import { indexDocument } from '../search/document.ts';
import { searchRecords } from '../search/records.ts';
import { SEARCH_BUNDLE } from '../search/bundle.ts';
import { pageContext } from '../view/context.ts';
import { startStep } from '../build/timing.ts';
import { inBackground } from '../build/background.ts';

export default function searchIndex(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'register:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      // Made beside the PDFs, which take longest (src/build/background.ts).
      'astro:build:done': ({ dir, logger }) =>
        inBackground(
          (async () => {
            const done = startStep('Search index', (m) => logger.info(m));
            const register = await loadRegister();
            const { index, errors } = await pagefind.createIndex({});
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            try {
              let count = 0;
              for (const { tag } of LOCALES) {
                for (const record of searchRecords(pageContext({ locale: tag, register, base, site }))) {
                  const added = await index.addHTMLFile({ url: record.url, content: indexDocument(record) });
                  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
                  count++;
                }
              }
              const bundle = join(fileURLToPath(dir), SEARCH_BUNDLE);
              const written = await index.writeFiles({ outputPath: bundle });
              if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
              // The search page has its own interface: Pagefind's ready-made ones are not published.
              for (const file of await readdir(bundle)) {
                if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) await rm(join(bundle, file));
              }
              logger.info(`Search index: ${count} entries in ${LOCALES.length} languages`);
              done();
            } finally {
              await pagefind.close();
            }
          })(),
        ),
    },
  };
}
