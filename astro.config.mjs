// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { LOCALES, SOURCE_LOCALE } from './src/i18n/locales.ts';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import print from './src/integrations/print.ts';

const defaultLocale = LOCALES.find((l) => l.tag === SOURCE_LOCALE);
if (!defaultLocale) throw new Error(`The source language ${SOURCE_LOCALE} is not in src/i18n/locales.ts.`);

export default defineConfig({
  // The published address; hreflang alternates are absolute when it is set.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), searchIndex(), print()],
  // Keep styles in one cached file: pages stay small and no inline style needs a CSP exception.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A strict Content Security Policy as a <meta> tag on every page: only this site's own files,
  // hashed by Astro, no inline code it did not write. 'wasm-unsafe-eval' and blob: workers are what
  // the search (Pagefind) needs and nothing more.
  vite: {
    // Never inline an asset as a data: URL: the CSP allows fonts and images from 'self' only, and a
    // small font subset would otherwise be inlined into the CSS.
    build: { assetsInlineLimit: 0 },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  i18n: {
    // Astro checks the default locale against the locales' paths at run time; its type expects a code.
    defaultLocale: /** @type {any} */ (defaultLocale.path),
    locales: LOCALES.map((l) => ({ path: l.path, codes: [l.tag] })),
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
});
