// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import register from './src/integrations/register.ts';
import timing from './src/integrations/timing.ts';
import searchIndex from './src/integrations/search-index.ts';
import print from './src/integrations/print.ts';
import openData from './src/integrations/open-data.ts';
import publish from './src/integrations/publish.ts';
import editor from './src/integrations/editor.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/config/security.ts';
import { LOCALES, SOURCE_LOCALE } from './src/i18n/locales.ts';

/** Every page once, with its alternates in every language; never a print source, the editor or a 404 page. */
const sitemapOptions = {
  i18n: { defaultLocale: LOCALES.find((l) => l.tag === SOURCE_LOCALE)?.path ?? 'sr', locales: Object.fromEntries(LOCALES.map((l) => [l.path, l.tag])) },
  filter: (/** @type {string} */ page) => !/\/(print|admin)\//.test(page),
};

/** The published address (a project site on GitHub Pages lives under /<repository>/); unknown locally. */
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  base: process.env.BASE_PATH || '/',
  outDir: process.env.REGISTER_OUT_DIR || './dist',
  trailingSlash: 'always',
  // A sitemap lists absolute addresses, so it is made only when the published address is known.
  integrations: [timing(), register(), searchIndex(), openData(), print(), editor(), ...(site ? [sitemap(sitemapOptions)] : []), publish()],
  // Keep styles in one cached file: pages stay small and no inline style needs a CSP exception.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // Never inline an asset as a data: URL: the CSP allows fonts and images from 'self' only, and a
    // small font subset would otherwise be inlined into the CSS.
    build: { assetsInlineLimit: 0 },
  },
  // Entries' texts are rendered by src/components/content/bodies.ts, never by Astro's Markdown; no code is
  // highlighted anywhere, and Shiki's inline styles would need a CSP exception.
  markdown: { syntaxHighlight: false },
  // A strict Content Security Policy as a <meta> tag on every page (src/config/security.ts); Astro
  // adds the hashes of the scripts and styles it bundles.
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } } },
  devToolbar: { enabled: false },
});
