/**
 * The key Astro's incremental build keeps each page under (`experimental.incrementalBuild`): a page
 * whose key and code are unchanged is copied from the last build; the search index and the open
 * data are kept under it too (output-cache.ts). One key for every page, of all a page is drawn from
 * that Astro cannot see in its modules (the middleware's code too, which no page imports), Node.js's
 * version and ICU (dates and numbers are written with it) and today. It is computed before the
 * content is read, so a file changed while a build runs is drawn again by the next. A key per page
 * would have to know all that a page shows, and a page drawn from old facts is worse than a slow build.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { readEnv } from '../config/env.ts';
import { site } from '../config/site.ts';
import { today } from '../config/today.ts';
import { gitHistory } from '../content/history.ts';
import { shared } from '../lib/memo.ts';
import { defaultRoots } from '../model/load.ts';

/** Settings that say where or how a build runs, never what a page says. Any other is in the key. */
const NOT_DRAWN = new Set([
  'REGISTER_ROOT',
  'REGISTER_OUT_DIR',
  'FIXTURE_DIST',
  'REGISTER_TIMINGS',
  'REGISTER_PRINT_JOBS',
  'REGISTER_KEEP_PRINT_PAGES',
  'REGISTER_PDF_CACHE',
  'REGISTER_PAGE_CACHE',
  'CHROMIUM_PATH',
  'PORT',
  'KEEP_SCALE_BUILD',
]);

/** What of the project pages are drawn with, besides the content. */
const PROJECT_FOLDERS = ['src', 'vendor'];
const PROJECT_FILES = ['astro.config.mjs', 'package-lock.json'];

/** Every file under `folder`, by its path from there, in a fixed order. */
async function hashFolder(hash: Hash, folder: string, label: string): Promise<void> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  for (const file of files.sort()) hash.update(`\n${label}/${relative(folder, file)}\n`).update(await readFile(file));
}

/** The key of every page of the register at `root` (the folder holding content/), built from `project`. */
export const pageKey = shared('page-key', async (root: string, project: string): Promise<string> => {
  const hash = createHash('sha256');
  await hashFolder(hash, join(root, 'content'), 'content');
  for (const folder of PROJECT_FOLDERS) await hashFolder(hash, join(project, folder), folder);
  for (const file of PROJECT_FILES)
    hash.update(`\n${file}\n`).update(await readFile(join(project, file)).catch(() => ''));
  const env = readEnv();
  if (env.REGISTER_EXTRA_LANGUAGES) await hashFolder(hash, dirname(resolve(env.REGISTER_EXTRA_LANGUAGES)), 'extra');
  const settings = Object.entries(env).filter(([name]) => !NOT_DRAWN.has(name));
  const { node, icu } = process.versions;
  hash.update(JSON.stringify({ settings, site, node, icu, today: today(), history: [...gitHistory(root)] }));
  return hash.digest('hex');
});

/** The key of this build: of its register (REGISTER_ROOT, else the project's) and the project. */
export function buildKey(): Promise<string> {
  const { content, project } = defaultRoots();
  return pageKey(content, project);
}
