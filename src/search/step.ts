/**
 * The search index, made through Pagefind's Node API: one bundle, one index per language (by each
 * document's `lang`). Its documents come from the entries' views (records.ts), not from the pages,
 * so it is made while Astro builds them, in a process of its own (index-process.ts), and written
 * into the site once they are done; or copied from the last build, when nothing it is made from changed.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { cachedOutput, isCached } from '../build/output-cache.ts';
import type { Build } from '../build/steps.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { Register } from '../model/register.ts';
import { pageContext } from '../view/context.ts';
import { SEARCH_BUNDLE } from './bundle.ts';
import { indexDocument } from './document.ts';
import { searchRecords } from './records.ts';

/** Indexes every entry in every language; returns what writes the bundle into a built site and ends Pagefind. */
export async function indexRegister(register: Register, base: string, site?: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  for (const { tag } of LOCALES) {
    for (const record of searchRecords(pageContext({ locale: tag, register, base, site }))) {
      const added = await index.addHTMLFile({ url: record.url, content: indexDocument(record) });
      if (added.errors.length > 0)
        throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
      count++;
    }
  }
  return async (dist: string) => {
    const bundle = join(dist, SEARCH_BUNDLE);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    // The search page has its own interface: Pagefind's ready-made ones are not published.
    const ready = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;
    for (const file of await readdir(bundle)) if (ready.test(file)) await rm(join(bundle, file));
    await pagefind.close();
    return count;
  };
}

/**
 * Starts indexing in a process of its own (it reads the register again, from the same settings) and
 * returns the build step that writes the index into the site and waits for it. The count comes as a
 * message, which Node delivers before "close" (not always before "exit").
 */
function indexInBackground(base: string, site?: string): (build: Build) => Promise<void> {
  const child = fork(join(import.meta.dirname, 'index-process.ts'), [base, site ?? ''], { stdio: 'inherit' });
  let count: number | undefined;
  child.on('message', (message: { count: number }) => {
    count = message.count;
  });
  const closed = once(child, 'close') as Promise<[number | null]>;
  // A build that fails before its steps does not wait for the index: the process ends with it.
  child.unref();
  child.channel?.unref();
  return async ({ dist, log }) => {
    child.ref();
    child.channel?.ref();
    child.send({ dist });
    const [code] = await closed;
    if (code !== 0 || count === undefined)
      throw new Error(`The search index could not be made (exit ${code}): see the messages above`);
    log.info(`Search index: ${count} entries in ${LOCALES.length} languages`);
  };
}

/** The search index's step, started with the pages: the last build's index if nothing it is made from changed. */
export async function searchIndexStep(base: string, site?: string): Promise<(build: Build) => Promise<void>> {
  const output = { step: 'search', base, site };
  const made = (await isCached(output)) ? undefined : indexInBackground(base, site);
  return async (build) => {
    const make = () => (made ?? indexInBackground(base, site))(build);
    if ((await cachedOutput(output, join(build.dist, SEARCH_BUNDLE), make)) === 'copied')
      build.log.info('Search index: copied from the last build (nothing it is made from changed)');
  };
}
