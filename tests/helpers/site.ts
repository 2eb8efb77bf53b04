/** Reading the built site in `dist/`, which `npm test` builds first. */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export function assertBuilt() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('There is no built site in dist/: run `npm run build` first (`npm test` does).');
}

/** Every HTML page, as its URL path ("/sr/register/"). */
export async function builtPages(): Promise<string[]> {
  const files = await readdir(DIST, { recursive: true });
  return files
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + f.split('\\').join('/').replace(/index\.html$/, ''))
    .sort();
}

export function fileOf(urlPath: string): string {
  return join(DIST, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

export function pageExists(urlPath: string): boolean {
  return existsSync(fileOf(urlPath.split('#')[0]!));
}

const cache = new Map<string, HTMLElement>();
export function page(urlPath: string): HTMLElement {
  if (!cache.has(urlPath)) cache.set(urlPath, parse(readFileSync(fileOf(urlPath), 'utf8')));
  return cache.get(urlPath)!;
}

export const relativeToDist = (path: string) => '/' + relative(DIST, path);
