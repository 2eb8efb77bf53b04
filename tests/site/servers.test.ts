/**
 * Real hosts: nginx and Caddy, each started with its configuration from deploy/ over the built
 * fixture site, asked over HTTP what a reader's browser would get: the headers of
 * src/build/headers.ts on pages, assets, PDFs and open data, caching, compression, the 404 page in
 * the reader's language, and the open data's files. A host that is not installed is skipped, saying
 * what to install (`.ci/run` installs both).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { headersFor } from '../../src/build/headers.ts';
import { idOf } from '../../src/open-data/ids.ts';
import { findBinary, HOSTS, type HostKind, type HostServer, startHost } from '../helpers/host-servers.ts';
import { assertBuilt, builtSite } from '../helpers/site.ts';

const site = builtSite(FIXTURE_SITE);
const file = (path: string) => readFileSync(join(FIXTURE_SITE.dist, path));
/** The built pages' stylesheet: its name carries a hash of its content. */
const stylesheet = () => `/${/href="[^"]*?(_astro\/[^"]+\.css)"/.exec(site.html('en/'))![1]}`;

/** The headers src/build/headers.ts defines for `path`, as the response sent them. */
const sentOf = (response: Response, expected: Record<string, string>) =>
  Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));

for (const kind of ['nginx', 'caddy'] as const satisfies HostKind[]) {
  const binary = findBinary(kind);
  const { config, debianPackage } = HOSTS[kind];
  const title = binary
    ? `${kind}, with ${config}, serving the fixture site`
    : `${kind} is not installed: these tests are skipped (install it: apt-get install ${debianPackage})`;

  describe.skipIf(!binary)(title, () => {
    let server: HostServer;
    const get = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, init);

    beforeAll(async () => {
      assertBuilt(FIXTURE_SITE);
      server = await startHost(kind, binary!, FIXTURE_SITE.dist);
    }, 30_000);
    afterAll(() => server?.stop());

    it.each([
      ['a page', '/en/services/example-service/'],
      ['a stylesheet', '<stylesheet>'],
      ['a PDF', '/downloads/register-en.pdf'],
      ['open data', '/open-data/en/register.csv'],
      ['the web editor', '/admin/'],
    ])('sends every header src/build/headers.ts defines for %s', async (_what, path) => {
      const address = path === '<stylesheet>' ? stylesheet() : path;
      const response = await get(address);
      expect(response.status, address).toBe(200);
      const expected = headersFor(address);
      expect(sentOf(response, expected), `${address}\n${server.log()}`).toEqual(expected);
    });

    it('caches hashed files for a year, PDFs and open data for a day, and makes pages revalidate', async () => {
      const cacheOf = async (path: string) => (await get(path)).headers.get('cache-control');
      expect(await cacheOf(stylesheet())).toMatch(/max-age=31536000.*immutable/);
      expect(await cacheOf('/downloads/register-en.pdf')).toBe('public, max-age=86400');
      expect(await cacheOf('/open-data/en/register.json')).toBe('public, max-age=86400');
      expect(await cacheOf('/en/')).toMatch(/max-age=0.*must-revalidate/);
    });

    it.each([
      ['a page', '/en/', 'en/index.html'],
      ['a stylesheet', '<stylesheet>', '<stylesheet>'],
      ['open data', '/open-data/en/register.json', 'open-data/en/register.json'],
    ])('compresses %s for a browser that accepts gzip', async (_what, path, built) => {
      const address = path === '<stylesheet>' ? stylesheet() : path;
      const response = await get(address, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding'), address).toBe('gzip');
      expect(response.headers.get('vary'), address).toMatch(/accept-encoding/i);
      // fetch unpacks it: what arrives is the built file itself.
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(file(built === '<stylesheet>' ? address : built)), address).toBe(true);
    });

    it.each([
      ['/en/no-such-page/', 'en/404.html'],
      ['/sq/services/no-such-entry/', 'sq/404.html'],
      ['/no-such-page', '404.html'],
    ])('answers %s with status 404 and the nearest 404 page (%s), with the headers of a page', async (path, page) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(file(page).toString('utf8'));
      expect(response.headers.get('content-security-policy')).toBe(headersFor(path)['Content-Security-Policy']);
    });

    it.each([
      ['/open-data/en/register.csv', /^text\/csv; charset=utf-8$/i],
      ['/open-data/en/register.json', /^application\/json/],
      ['/open-data/en/hsds/index.json', /^application\/json/],
      ['/open-data/en/changes.atom', /^application\/atom\+xml/],
    ])('serves the open data file %s whole, with its type and for any site to read', async (path, type) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(Buffer.from(await response.arrayBuffer()).equals(file(path))).toBe(true);
    });
  });
}

/**
 * The HSDS API's own paths (docs/open-data.md, "Which addresses work where"): each host answers
 * them with the mirror's files, as deploy/ configures it; a query is ignored, and every list is
 * the whole list, on its one page.
 */
for (const kind of ['nginx', 'caddy'] as const satisfies HostKind[]) {
  const binary = findBinary(kind);
  describe.skipIf(!binary)(`${kind}: the HSDS API's own paths in the open data`, () => {
    let server: HostServer;
    beforeAll(async () => {
      assertBuilt(FIXTURE_SITE);
      server = await startHost(kind, binary!, FIXTURE_SITE.dist);
    }, 30_000);
    afterAll(() => server?.stop());
    const hsds = 'open-data/en/hsds';
    const service = idOf('service', 'example-service');

    it.each([
      ['', 'index.json'],
      ['/', 'index.json'],
      ['/services', 'services/index.json'],
      ['/services/', 'services/index.json'],
      [`/services/${service}`, `services/${service}.json`],
      ['/services?page=2&per_page=10', 'services/index.json'],
      ['/taxonomy_terms?search=x', 'taxonomy_terms/index.json'],
      ['/openapi.json', 'openapi.json'],
    ])('answers …/hsds%s with the file hsds/%s', async (path, built) => {
      const response = await fetch(`${server.origin}/${hsds}${path}`);
      expect(response.status, `${path}\n${server.log()}`).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(Buffer.from(await response.arrayBuffer()).equals(file(`${hsds}/${built}`))).toBe(true);
    });

    it('answers a path no file holds with 404', async () => {
      expect((await fetch(`${server.origin}/${hsds}/services/no-such-id`)).status).toBe(404);
    });
  });
}
