/**
 * What a host serves beside the pages, on the fixture site built under a base path with its
 * published address: the headers every copy must send, the sitemap with every page once and its
 * alternates, robots.txt, and the 404 pages per language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { headersFor } from '../../src/build/headers.ts';
import { serveDirectory } from '../../src/build/static-server.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { builtSite } from '../helpers/site.ts';

const site = builtSite(FIXTURE_SITE);
const read = (path: string) => readFileSync(join(FIXTURE_SITE.dist, path), 'utf8');

/** `_headers` as Netlify and Cloudflare Pages read it: path patterns, each followed by indented "Name: value" lines. */
function parseHeaders(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!.trim()] = value.join(':').trim();
    }
  }
  return rules;
}
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

describe('the headers every copy is served with', () => {
  const rules = parseHeaders(read('_headers'));
  const sent = (path: string) =>
    Object.assign({}, ...rules.filter((r) => matches(r.pattern, path)).map((r) => r.headers)) as Record<string, string>;

  it.each([
    ['a page', `${FIXTURE_SITE.base}en/services/example-service/`],
    ['an asset', `${FIXTURE_SITE.base}_astro/Base.css`],
    ['a PDF', `${FIXTURE_SITE.base}downloads/register-en.pdf`],
  ])('are in _headers for %s, with the security headers', (_what, path) => {
    const headers = sent(path);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d+/);
  });

  it('cache hashed assets for a year, PDFs and open data for a day, and leave pages to revalidate', () => {
    expect(sent(`${FIXTURE_SITE.base}_astro/Base.css`)['Cache-Control']).toContain('immutable');
    expect(sent(`${FIXTURE_SITE.base}downloads/register-en.pdf`)['Cache-Control']).toBe('public, max-age=86400');
    expect(sent(`${FIXTURE_SITE.base}en/`)['Cache-Control']).toBeUndefined();
    expect(headersFor('/en/')['Cache-Control']).toBe('public, max-age=0, must-revalidate');
  });

  it('are sent by the server of `npm start` and the browser tests, for pages, assets and PDFs', async () => {
    const server = await serveDirectory(FIXTURE_SITE.dist, { base: FIXTURE_SITE.base, headers: headersFor });
    try {
      const asset = readFileSync(
        join(
          FIXTURE_SITE.dist,
          site
            .html('en/')
            .match(/href="[^"]*(_astro\/[^"]+\.css)"/)![1]!
            .replace(/^\//, ''),
        ),
      );
      expect(asset.length).toBeGreaterThan(0);
      for (const path of [
        'en/',
        'downloads/register-en.pdf',
        site.html('en/').match(/href="[^"]*(_astro\/[^"]+\.css)"/)![1]!,
      ]) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.get('cache-control'), path).toBeTruthy();
      }
    } finally {
      await server.close();
    }
  });
});

describe('the sitemap', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name),
  });
  const index = parser.parse(read('sitemap-index.xml'));
  const urls = index.sitemapindex.sitemap.flatMap(
    (s: { loc: string }) => parser.parse(read(new URL(s.loc).pathname.slice(FIXTURE_SITE.base.length))).urlset.url,
  ) as {
    loc: string;
    'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
  }[];

  it('lists every published page once, at its published address', async () => {
    const published = (await site.pages())
      .filter((p) => !p.endsWith('404.html') && !p.startsWith('admin/') && !p.includes('/handout/'))
      .map((p) => `${FIXTURE_SITE.site}${FIXTURE_SITE.base}${p}`);
    const listed = urls.map((u) => u.loc);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(published.sort());
  });

  it('gives every page its alternates in every language once, and the x-default its head gives', () => {
    const root = `${FIXTURE_SITE.site}${FIXTURE_SITE.base}`;
    const expected = [...LOCALES.map((l) => l.tag), 'x-default'].sort();
    const xDefault = (loc: string) =>
      urls.find((u) => u.loc === loc)!['xhtml:link']!.find((l) => l['@_hreflang'] === 'x-default')?.['@_href'];
    for (const url of urls) {
      const links = url['xhtml:link'] ?? [];
      expect(links.map((l) => l['@_hreflang']).sort(), url.loc).toEqual(expected);
      expect(
        links.map((l) => l['@_href']),
        url.loc,
      ).toContain(url.loc);
      // The same alternates as the page's own head.
      const path = url.loc.slice(root.length);
      const head = site.page(path === '' ? '' : path).querySelectorAll('link[rel="alternate"][hreflang]');
      expect(Object.fromEntries(links.map((l) => [l['@_hreflang'], l['@_href']])), url.loc).toEqual(
        Object.fromEntries(head.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
      );
    }
    expect(xDefault(`${root}en/`)).toBe(root);
    expect(xDefault(`${root}en/services/example-service/`)).toBe(`${root}sr/services/example-service/`);
  });

  it('leaves out the print sources, the sheets for clients and the editor, and robots.txt points to it', () => {
    expect(urls.filter((u) => /\/(print|admin|handout)\//.test(u.loc))).toEqual([]);
    const robots = read('robots.txt');
    expect(robots).toContain(`Sitemap: ${FIXTURE_SITE.site}${FIXTURE_SITE.base}sitemap-index.xml`);
    expect(robots).toContain(`Disallow: ${FIXTURE_SITE.base}admin/`);
  });
});
