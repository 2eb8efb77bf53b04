// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { LOCALES, SOURCE_LOCALE } from './src/i18n/locales.ts';
import contentCheck from './src/integrations/content-check.ts';

const defaultLocale = LOCALES.find((l) => l.tag === SOURCE_LOCALE);
if (!defaultLocale) throw new Error(`The source language ${SOURCE_LOCALE} is not in src/i18n/locales.ts.`);

export default defineConfig({
  // The published address; hreflang alternates are absolute when it is set.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx()],
  i18n: {
    // Astro checks the default locale against the locales' paths at run time; its type expects a code.
    defaultLocale: /** @type {any} */ (defaultLocale.path),
    locales: LOCALES.map((l) => ({ path: l.path, codes: [l.tag] })),
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
});
