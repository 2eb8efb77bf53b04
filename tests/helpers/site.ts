/** Reading a built site: the fixture site (tests/.site/) or the register itself (dist/). */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { SiteBuild } from '../../scripts/sites.ts';
import { EDITOR_PATH } from '../../src/config/security.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export function assertBuilt(site: SiteBuild) {
  if (!existsSync(join(site.dist, 'index.html'))) {
    const command = site.dist.endsWith('dist') ? 'npm run build' : 'npm run build:fixture';
    throw new Error(`There is no built site in ${site.dist}: run \`${command}\` first (\`npm test\` does).`);
  }
}

export function builtSite(site: SiteBuild) {
  const cache = new Map<string, HTMLElement>();
  /** A page's file from its path after the base ("sr/register/"). */
  const fileOf = (path: string) =>
    join(site.dist, path.replace(/^\//, '').replace(/#.*$/, ''), path.endsWith('/') || path === '' ? 'index.html' : '');
  return {
    ...site,
    fileOf,
    /** Every HTML page, as its path after the base ("sr/register/", "404.html"); not the web editor's (admin/), which is no page of the site. */
    async pages(): Promise<string[]> {
      assertBuilt(site);
      return (await readdir(site.dist, { recursive: true }))
        .filter((f) => f.endsWith('.html'))
        .map((f) =>
          f
            .split('\\')
            .join('/')
            .replace(/index\.html$/, ''),
        )
        .filter((f) => !f.startsWith(EDITOR_PATH))
        .sort();
    },
    exists: (path: string) => existsSync(fileOf(path)),
    html: (path: string) => readFileSync(fileOf(path), 'utf8'),
    page(path: string): HTMLElement {
      if (!cache.has(path)) cache.set(path, parse(readFileSync(fileOf(path), 'utf8')));
      return cache.get(path)!;
    },
    /** An address on the site, as its pages write it: "/trafficking-register/sr/". */
    href: (path: string) => `${site.base}${path.replace(/^\//, '')}`,
  };
}
