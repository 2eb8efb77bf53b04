/**
 * One build at a time uses a page cache. Astro's incremental build writes each page it draws into
 * the cache as it goes, but the record of the key each was drawn under only once all are drawn; the
 * search index and the open data are kept there too (output-cache.ts). Two builds sharing the
 * folder would copy each other's half-written files, and a build stopped in between (Ctrl-C, a
 * crash) would leave pages newer than their record, which a later build with the old content would
 * copy. So a build marks the cache with its process while it runs: a build that finds the mark of
 * a running one stops and says so, and one that finds the mark of one that never finished forgets
 * the record, so that every page is drawn again.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MARK = 'building';
/** Astro's record of the pages in its cache (astro/dist/core/build/incremental.js). */
const RECORD = 'incremental-build.json';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Before the pages: takes the cache; returns whether the last build using it stopped unfinished. */
export async function openPageCache(cacheDir: string): Promise<boolean> {
  await mkdir(cacheDir, { recursive: true });
  const mark = join(cacheDir, MARK);
  const owner = Number(await readFile(mark, 'utf8').catch(() => '0'));
  const busy = () =>
    new Error(
      `Another build (process ${owner || '?'}) is using ${cacheDir}: wait for it to end, ` +
        'or give this one a folder of its own in REGISTER_PAGE_CACHE.',
    );
  if (owner && isRunning(owner)) throw busy();
  if (owner) await Promise.all([rm(join(cacheDir, RECORD), { force: true }), rm(mark, { force: true })]);
  await writeFile(mark, `${process.pid}\n`, { flag: 'wx' }).catch(() => {
    throw busy();
  });
  return owner > 0;
}

/** After the build, whether its steps succeeded or not: gives the cache back, if it is this build's. */
export async function closePageCache(cacheDir: string): Promise<void> {
  const mark = join(cacheDir, MARK);
  if (Number(await readFile(mark, 'utf8').catch(() => '0')) === process.pid) await rm(mark, { force: true });
}
