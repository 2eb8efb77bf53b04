// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import buildSteps from './src/integrations/build.ts';
import register from './src/integrations/register.ts';
import { env } from './src/config/env.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/config/security.ts';
import { LOCALES, SOURCE_LOCALE } from './src/i18n/locales.ts';

/** The published address (a project site on GitHub Pages lives under /<repository>/); unknown locally. */
const { SITE_URL: site, BASE_PATH: base, REGISTER_OUT_DIR: outDir, REGISTER_PAGE_CACHE: cacheDir } = env;
const sourcePath = LOCALES.find((l) => l.tag === SOURCE_LOCALE)?.path ?? 'sr';

/**
 * Every page once, with its alternates in every language and the same x-default as the page's own
 * head: the language choice for the home pages, the Serbian page for the others. Never a print
 * source, a sheet for a client (made to be printed), the editor or a 404 page.
 */
const sitemapOptions = {
  i18n: { defaultLocale: sourcePath, locales: Object.fromEntries(LOCALES.map((l) => [l.path, l.tag])) },
  filter: (/** @type {string} */ page) => !/\/(print|admin|handout)\//.test(page),
  serialize: (/** @type {import('@astrojs/sitemap').SitemapItem} */ item) => {
    if (!item.links || !site) return item;
    // The language choice at the root has no language: @astrojs/sitemap takes it for Serbian.
    // Astro adds the trailing slash to `base` itself; GitHub's base path comes without one.
    const root = new URL(base.replace(/\/?$/, '/'), site).href;
    const links = item.links.filter((link) => link.url !== root);
    const isHome = links.length < item.links.length;
    const source = links.find((link) => link.lang === SOURCE_LOCALE);
    const fallback = isHome ? root : source?.url;
    return { ...item, links: fallback ? [...links, { lang: 'x-default', url: fallback }] : links };
  },
};

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // A sitemap lists absolute addresses, so it is made only when the published address is known.
  integrations: [register(), buildSteps(), ...(site ? [sitemap(sitemapOptions)] : [])],
  // Keep styles in one cached file: pages stay small and no inline style needs a CSP exception.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // Never inline an asset as a data: URL: the CSP allows fonts and images from 'self' only, and a
    // small font subset would otherwise be inlined into the CSS.
    build: { assetsInlineLimit: 0 },
  },
  // Entries' texts are rendered by src/view/bodies.ts, never by Astro's Markdown; no code is
  // highlighted anywhere, and Shiki's inline styles would need a CSP exception.
  markdown: { syntaxHighlight: false },
  // A strict Content Security Policy as a <meta> tag on every page (src/config/security.ts); Astro
  // adds the hashes of the scripts and styles it bundles.
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } } },
  devToolbar: { enabled: false },
  // A page whose code and key are unchanged is copied from the last build (src/build/page-key.ts).
  cacheDir,
  experimental: { incrementalBuild: true },
});
