/**
 * What a build step makes from the register alone (the search index, the open data), kept between
 * builds beside the pages (REGISTER_PAGE_CACHE) under the pages' key (page-key.ts): a build whose
 * key is unchanged copies the step's folder instead of making it again. A kept folder is whole or
 * absent: it is copied under another name, its key written last, then renamed into place. One
 * folder a step: each build's replaces the one before.
 */
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { env } from '../config/env.ts';
import { buildKey } from './page-key.ts';

const KEY_FILE = 'key';
const kept = (step: string) => join(resolve(env.REGISTER_PAGE_CACHE), 'outputs', step);

/**
 * The step's folder (`target`, under the built site), copied from the cache when this build's key
 * is the one it was kept under; else made by `make` and kept. Says which.
 */
export async function cachedOutput(
  step: string,
  target: string,
  make: () => Promise<void>,
): Promise<'copied' | 'made'> {
  const [key, folder] = [await buildKey(), kept(step)];
  await rm(target, { recursive: true, force: true });
  if ((await readFile(join(folder, KEY_FILE), 'utf8').catch(() => undefined)) === key) {
    await cp(join(folder, 'files'), target, { recursive: true });
    return 'copied';
  }
  await make();
  const next = `${folder}.${process.pid}`;
  await rm(next, { recursive: true, force: true });
  await cp(target, join(next, 'files'), { recursive: true });
  await writeFile(join(next, KEY_FILE), key);
  await rm(folder, { recursive: true, force: true });
  await rename(next, folder);
  return 'made';
}

/** Whether the step's folder is kept for this build's key (the search index is then not made at all). */
export async function isCached(step: string): Promise<boolean> {
  return (await readFile(join(kept(step), KEY_FILE), 'utf8').catch(() => undefined)) === (await buildKey());
}
