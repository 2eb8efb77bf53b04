/**
 * Astro's incremental build writes each page it draws into its cache as it goes, but the record of
 * the key each was drawn under only once all are drawn. A build stopped in between (Ctrl-C, a
 * crash) would leave pages newer than their record, and a later build whose key matches the old
 * record would copy them. So a build marks the cache while it draws, and a build that finds the
 * mark of one that never finished forgets the record: every page is drawn again.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MARK = 'drawing';
/** Astro's record of the pages in its cache (astro/dist/core/build/incremental.js). */
const RECORD = 'incremental-build.json';

/** Before the pages: forgets the record if the last build stopped while drawing; returns whether it did. */
export async function openPageCache(cacheDir: string): Promise<boolean> {
  const unfinished = existsSync(join(cacheDir, MARK));
  if (unfinished) await rm(join(cacheDir, RECORD), { force: true });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(join(cacheDir, MARK), `${process.pid}\n`);
  return unfinished;
}

/** After the pages, once Astro has written its record. */
export const closePageCache = (cacheDir: string): Promise<void> => rm(join(cacheDir, MARK), { force: true });
