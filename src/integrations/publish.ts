/**
 * The last build step: what a static host needs beside the pages. `_headers` (src/build/headers.ts)
 * for hosts that read it; `robots.txt` pointing to the sitemap; each language's 404 page moved to `<language>/404.html`, where hosts that
 * serve the nearest 404 page (Cloudflare Pages, nginx as configured in deploy/, `npm start`) find it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { LOCALES } from '../i18n/locales.ts';
import { headersFile } from '../build/headers.ts';
import { backgroundDone } from '../build/background.ts';

export default function publish(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'register:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir }) => {
        // The steps made beside the others are done (src/build/background.ts).
        await backgroundDone();
        const dist = fileURLToPath(dir);
        await writeFile(join(dist, '_headers'), headersFile(base));
        await writeFile(join(dist, 'robots.txt'), robots(base, site));
        for (const { path } of LOCALES) {
          await rename(join(dist, path, '404', 'index.html'), join(dist, path, '404.html'));
          await rm(join(dist, path, '404'), { recursive: true, force: true });
        }
      },
    },
  };
}

/** Every page may be indexed but the editor; the sitemap, made by @astrojs/sitemap when the site's address is known. */
function robots(base: string, site: string | undefined): string {
  const root = base.replace(/\/?$/, '/');
  return ['User-agent: *', `Disallow: ${root}admin/`, ...(site ? [`Sitemap: ${new URL(`${root}sitemap-index.xml`, site).href}`] : []), ''].join('\n');
}
