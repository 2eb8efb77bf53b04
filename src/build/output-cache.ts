/**
 * What a build step makes from the register alone (the search index, the open data), kept between
 * builds beside the pages (REGISTER_PAGE_CACHE, one build at a time: page-cache.ts) under the
 * pages' key (page-key.ts) and the addresses its links take (a base or a site given on Astro's
 * command line is not in the environment): a build whose key is unchanged copies the step's folder
 * instead of making it again. A kept folder is whole or absent: it is copied under another name,
 * its key written last, then renamed into place. One folder a step: each build's replaces the last.
 */
import { createHash } from 'node:crypto';
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { env } from '../config/env.ts';
import { buildKey } from './page-key.ts';

/** A step's output: its name, and the addresses of the site it is made for. */
export interface Output {
  step: string;
  base: string;
  site?: string;
}

const KEY_FILE = 'key';
const folderOf = ({ step }: Output) => join(resolve(env.REGISTER_PAGE_CACHE), 'outputs', step);
const keyOf = async ({ base, site }: Output) =>
  createHash('sha256')
    .update(JSON.stringify([await buildKey(), base, site ?? null]))
    .digest('hex');

const keptKey = (output: Output) => readFile(join(folderOf(output), KEY_FILE), 'utf8').catch(() => undefined);

/** Whether the output is kept for this build (the search index is then not made at all). */
export async function isCached(output: Output): Promise<boolean> {
  return (await keptKey(output)) === (await keyOf(output));
}

/**
 * The output's folder (`target`, in the built site), copied from the cache when it was kept for
 * this build's key; else made by `make` and kept. Says which.
 */
export async function cachedOutput(output: Output, target: string, make: () => Promise<void>) {
  const [key, folder] = [await keyOf(output), folderOf(output)];
  await rm(target, { recursive: true, force: true });
  if ((await keptKey(output)) === key) {
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
