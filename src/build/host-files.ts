/**
 * What a static host needs beside the pages: `_headers` (src/build/headers.ts) for hosts that read
 * it; `robots.txt` pointing to the sitemap; each language's 404 page moved to `<language>/404.html`,
 * where hosts that serve the nearest 404 page (Cloudflare Pages, nginx and Caddy as configured in
 * deploy/, `npm start`) find it.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES } from '../i18n/locales.ts';
import { headersFile } from './headers.ts';
import type { Build } from './steps.ts';

/** Every page may be indexed but the editor; the sitemap, made by @astrojs/sitemap when the site's address is known. */
function robots(base: string, site: string | undefined): string {
  const root = base.replace(/\/?$/, '/');
  const sitemap = site ? [`Sitemap: ${new URL(`${root}sitemap-index.xml`, site).href}`] : [];
  return ['User-agent: *', `Disallow: ${root}admin/`, ...sitemap, ''].join('\n');
}

export async function writeHostFiles({ dist, base, site }: Build): Promise<void> {
  await writeFile(join(dist, '_headers'), headersFile(base));
  await writeFile(join(dist, 'robots.txt'), robots(base, site));
  for (const { path } of LOCALES) {
    await rename(join(dist, path, '404', 'index.html'), join(dist, path, '404.html'));
    await rm(join(dist, path, '404'), { recursive: true, force: true });
  }
}
