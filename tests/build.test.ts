/**
 * The built site: every entry has a page in every language, pages say which language they are in,
 * point at themselves in the other languages, request nothing from another site, and have no
 * broken internal link.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import { checkContent } from '../src/checks/content.ts';
import { isTranslated, LOCALES, localeByPath } from '../src/i18n/locales.ts';
import { CATEGORIES } from '../src/schemas/taxonomy.ts';
import { assertBuilt, builtPages, DIST, page, pageExists, ROOT } from './helpers/site.ts';

let pages: string[] = [];
let entryRoutes: string[] = [];

beforeAll(async () => {
  assertBuilt();
  pages = await builtPages();
  const { input } = await checkContent(ROOT);
  entryRoutes = [
    '',
    'register/',
    'categories/',
    'rights/',
    'about/',
    'translation-status/',
    ...CATEGORIES.map((c) => `categories/${c}/`),
    ...input.providers.map((p) => `providers/${p.id}/`),
    ...input.services.map((s) => `services/${s.id}/`),
  ];
});

/** Pages that belong to one language: all but the language picker and the 404 page. */
const localePages = () => pages.filter((p) => p !== '/' && p !== '/404.html');
const localeOf = (urlPath: string) => localeByPath(urlPath.split('/')[1]!)!;

describe('the built register', () => {
  it('has a page for every provider, service, category and section in every language', () => {
    const missing = LOCALES.flatMap((l) => entryRoutes.map((r) => `/${l.path}/${r}`)).filter((p) => !pageExists(p));
    expect(missing).toEqual([]);
  });

  it('says on every page which language it is in', () => {
    const wrong = localePages().filter((p) => page(p).querySelector('html')!.getAttribute('lang') !== localeOf(p).tag);
    expect(wrong).toEqual([]);
  });

  it('links every page to itself in every other language, with hreflang alternates', () => {
    for (const p of localePages()) {
      const route = p.split('/').slice(2).join('/');
      const alternates = page(p).querySelectorAll('link[rel="alternate"]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      const expected = [...LOCALES.map((l) => [l.tag, `/${l.path}/${route}`]), ['x-default', route === '' ? '/' : `/${LOCALES[0].path}/${route}`]];
      expect(alternates, p).toEqual(expected);
      const switcher = page(p).querySelectorAll('.language-switcher a').map((a) => a.getAttribute('href'));
      expect(switcher, p).toEqual(LOCALES.map((l) => `/${l.path}/${route}`));
    }
  });

  it('never links a page into another language, except through the language switcher and alternates', () => {
    const crossing: string[] = [];
    for (const p of localePages()) {
      const own = `/${localeOf(p).path}/`;
      for (const a of page(p).querySelectorAll('a[href^="/"]')) {
        const href = a.getAttribute('href')!;
        // Files (the PDFs of every language on the downloads page) are not pages.
        if (a.closest('.language-switcher') || href.startsWith(own) || /\.[a-z0-9]+$/.test(href)) continue;
        crossing.push(`${p} → ${href}`);
      }
    }
    expect(crossing).toEqual([]);
  });

  it('marks a translation no native speaker has reviewed, in the reader\'s language, with a way to help', async () => {
    const { input } = await checkContent(ROOT);
    for (const locale of LOCALES.filter((l) => isTranslated(l.tag))) {
      const unreviewed = input.texts.find((t) => t.locale === locale.tag && t.kind === 'services' && t.data.translation?.reviewed === false);
      if (!unreviewed) continue;
      const notice = page(`/${locale.path}/services/${unreviewed.entryId}/`).querySelector('.notice--translation');
      expect(notice, `${locale.tag} ${unreviewed.entryId}`).not.toBeNull();
      expect(notice!.querySelector(`a[href="/${locale.path}/translation-status/"]`)).not.toBeNull();
    }
  });

  it('lets a person pick a language at the front door, each named in itself, with the emergency numbers', () => {
    const front = page('/');
    expect(front.querySelectorAll('.language-picker a').map((a) => [a.getAttribute('href'), a.closest('li')!.getAttribute('lang')])).toEqual(
      LOCALES.map((l) => [`/${l.path}/`, l.tag]),
    );
    expect(front.querySelectorAll('.emergency a[href^="tel:"]').map((a) => a.getAttribute('href'))).toEqual(['tel:192', 'tel:194', 'tel:193', 'tel:+381117850000']);
  });

  it('requests nothing from another site: no external script, style, font, image or frame', async () => {
    const external = /^(https?:)?\/\//i;
    const offending: string[] = [];
    for (const p of pages) {
      const doc = page(p);
      for (const [selector, attr] of [['script[src]', 'src'], ['link[href]:not([rel="alternate"])', 'href'], ['img[src]', 'src'], ['iframe[src]', 'src'], ['source[src]', 'src']] as const) {
        for (const el of doc.querySelectorAll(selector)) if (external.test(el.getAttribute(attr) ?? '')) offending.push(`${p}: ${el.outerHTML}`);
      }
      if (/url\(\s*['"]?(https?:)?\/\//i.test(doc.querySelectorAll('style').map((s) => s.text).join(''))) offending.push(`${p}: inline style with an external url()`);
    }
    for (const css of (await readdir(join(DIST, '_astro'))).filter((f) => f.endsWith('.css'))) {
      if (/url\(\s*['"]?(https?:)?\/\//i.test(await readFile(join(DIST, '_astro', css), 'utf8'))) offending.push(`_astro/${css}`);
    }
    expect(offending).toEqual([]);
  });

  it('has no broken internal link or fragment, and every page is reachable by links', async () => {
    const result = await check({
      path: DIST,
      recurse: true,
      checkFragments: true,
      concurrency: 50,
      linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)/.test(link),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.parent} → ${l.url} (${l.status})`);
    expect(broken).toEqual([]);
    // Every page can be reached by following links from the front door.
    // linkinator names local pages by their path on disk.
    const reached = new Set(result.links.filter((l) => l.state === LinkState.OK && l.url.startsWith(DIST)).map((l) => l.url.slice(DIST.length) || '/'));
    expect(pages.filter((p) => p !== '/404.html' && !reached.has(p))).toEqual([]);
  }, 300_000);
});
