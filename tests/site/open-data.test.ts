/**
 * The built fixture site's open data (under the base path /trafficking-register/): a dataset in
 * every language whose every JSON document the HSDS 3.0 schemas accept, whose CSV files pass Open
 * Referral's own HSDS 3.0 data package, no place for the shelter in any file, an "Open data" page
 * in every language that links every file with its real size and its feed, and a valid Atom feed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { formatFileSize, formatNumber } from '../../src/i18n/format.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { entryUuid } from '../../src/open-data/hsds.ts';
import { datasetDir } from '../../src/open-data/layout.ts';
import { registerOf } from '../helpers/fixtures.ts';
import { apiProblems, hsdsValidator, OFFICIAL_RESOURCES } from '../helpers/open-data.ts';
import { readCsv, readFeed, textOf } from '../helpers/open-data.ts';
import { tableSchemaProblems } from '../helpers/table-schema.ts';
import { builtSite } from '../helpers/site.ts';

const site = builtSite(FIXTURE_SITE);
const register = await registerOf();
const DIST = FIXTURE_SITE.dist;
const BASE = FIXTURE_SITE.base;

/** Every file under a folder of the built site, as paths after the base. */
const filesUnder = (dir: string): string[] =>
  (readdirSync(join(DIST, dir), { recursive: true }) as string[])
    .map((f) => `${dir}${f.split('\\').join('/')}`)
    .filter((f) => statSync(join(DIST, f)).isFile())
    .sort();
const text = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = (path: string) => JSON.parse(text(path));

const confidential = register.providers.filter((p) => p.confidential);
const confidentialIds = new Set([...confidential, ...register.services.filter((s) => s.confidential)].map(entryUuid));
const addressed = register.providers.find((p) => p.facts.address)!;

/** Every object in a JSON document, however deeply nested. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* objects(v);
  }
}

describe.each(LOCALES.map((l) => [l.tag, l.path]))('the open data in %s', (locale, path) => {
  const dir = datasetDir(locale);
  let validate: ReturnType<typeof hsdsValidator>;
  beforeAll(() => {
    validate = hsdsValidator();
  }, 120_000);

  it('validates, every JSON document of the HSDS API mirror, against the HSDS 3.0 schemas', {
    timeout: 120_000,
  }, () => {
    const documents = filesUnder(`${dir}hsds/`);
    expect(documents).toContain(`${dir}hsds/index.json`);
    expect(documents.filter((f) => !f.endsWith('.json'))).toEqual([]);
    const published = `${FIXTURE_SITE.site}${BASE}${dir}`;
    expect(documents.flatMap((f) => apiProblems(validate, f.slice(dir.length), json(f), published))).toEqual([]);
  });

  it('has every provider and unit, every service and right, with the UUIDs generated without a build', () => {
    const list = (collection: string) =>
      (json(`${dir}hsds/${collection}/index.json`).contents as { id: string }[]).map((r) => r.id).sort();
    expect(list('organizations')).toEqual(register.providers.map(entryUuid).sort());
    expect(list('services')).toEqual(register.services.map(entryUuid).sort());
    expect(list('organizations')).toContain('55ad80bd-40b9-5d84-9a1f-96796c884c58');
    for (const entry of [...register.providers, ...register.services]) {
      expect(
        site.exists(`${dir}hsds/${entry.kind === 'provider' ? 'organizations' : 'services'}/${entryUuid(entry)}.json`),
        entry.id,
      ).toBe(true);
    }
  });

  it('publishes a data package whose CSV files pass Open Referral’s own HSDS 3.0 package with no error', () => {
    expect(json(`${dir}hsds-tabular/datapackage.json`).resources).toEqual(OFFICIAL_RESOURCES);
    expect(tableSchemaProblems(OFFICIAL_RESOURCES, (file) => text(`${dir}hsds-tabular/${file}`))).toEqual([]);
    expect(readCsv(text(`${dir}hsds-tabular/organizations.csv`)).rows.length).toBe(register.providers.length);
    expect(readCsv(text(`${dir}hsds-tabular/services.csv`)).rows.length).toBe(register.services.length);
    const { rows } = readCsv(text(`${dir}register.csv`));
    expect(rows.length).toBe(register.providers.length + register.services.length);
  });

  it('gives no confidential place a location, in any file', () => {
    for (const file of filesUnder(`${dir}hsds/`)) {
      for (const object of objects(json(file))) {
        if (object.location_type) expect(confidentialIds.has(object.organization_id as string), file).toBe(false);
        if (confidentialIds.has(object.id as string)) {
          expect(object.locations ?? [], file).toEqual([]);
          expect(object.service_at_locations ?? [], file).toEqual([]);
        }
      }
    }
    const locations = readCsv(text(`${dir}hsds-tabular/locations.csv`)).rows;
    expect(locations.filter((l) => confidentialIds.has(l.organization_id!))).toEqual([]);
    expect(locations.map((l) => l.organization_id)).toContain(entryUuid(addressed));
    const rows = json(`${dir}register.json`) as { id: string; address: unknown }[];
    for (const p of confidential) expect(rows.find((r) => r.id === p.id)!.address).toBeNull();
  });

  it('is followed with a valid Atom feed, its links absolute under the base path', () => {
    const feed = readFeed(text(`${dir}changes.atom`));
    expect(feed.id).toMatch(/^urn:uuid:/);
    expect(textOf(feed.title)).toBe(translator(locale)('openData.feedTitle'));
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(feed.entry!.length).toBe(register.providers.length + register.services.length);
    const origin = FIXTURE_SITE.site!;
    expect(feed.link.find((l) => l['@rel'] === 'self')!['@href']).toBe(`${origin}${BASE}${dir}changes.atom`);
    for (const item of feed.entry!) {
      const href = item.link[0]!['@href'];
      expect(href.startsWith(`${origin}${BASE}${path}/`), href).toBe(true);
      expect(site.exists(href.slice(origin.length + BASE.length)), href).toBe(true);
    }
  });

  it('has an "Open data" page that links every dataset under the base path with its real size, and its feed', () => {
    const page = site.page(`${path}/open-data/`);
    const t = translator(locale);
    expect(page.querySelector('h1')!.text).toBe(t('openData.title'));
    const feed = page.querySelector('head link[rel="alternate"][type="application/atom+xml"]')!;
    expect(feed.getAttribute('href')).toBe(site.href(`${dir}changes.atom`));
    const links = page.querySelectorAll('.downloads a').map((a) => a.getAttribute('href')!);
    expect(links.length).toBe(LOCALES.length * 5);
    for (const href of links) {
      expect(href.startsWith(`${BASE}open-data/`), href).toBe(true);
      expect(site.exists(href.slice(BASE.length)), href).toBe(true);
    }
    for (const details of page.querySelectorAll('[data-open-data]')) {
      const target = details.getAttribute('data-open-data')!;
      const format = details.getAttribute('data-format')!;
      const sizes = (target.endsWith('/') ? filesUnder(target) : [target]).map((f) => statSync(join(DIST, f)).size);
      const size = formatFileSize(
        sizes.reduce((a, b) => a + b, 0),
        locale,
      );
      const expected = target.endsWith('/')
        ? t('openData.folderDetails', { format, size, files: formatNumber(sizes.length, locale) })
        : `${format}, ${size}`;
      expect(details.text, target).toBe(expected);
    }
    expect(page.text).toContain('Open Referral');
    // What validates against what, one page a list and no queries, and the vocabularies the taxonomies' uri names.
    for (const key of ['openData.validation', 'openData.api', 'openData.hsds'] as const)
      expect(page.text.replace(/\s+/g, ' '), key).toContain(t(key, { version: '3.0' }).replace(/\s+/g, ' '));
    expect(page.querySelector('#taxonomies')!.text).toContain(t('entry.categories'));
    expect(page.querySelector('a[rel="license"]')!.getAttribute('href')).toMatch(/^https:\/\/creativecommons\.org\//);
  });

  it('is linked from the footer of every page and from the downloads page', () => {
    const href = site.href(`${path}/open-data/`);
    for (const route of ['', 'register/', 'services/example-service/']) {
      expect(
        site
          .page(`${path}/${route}`)
          .querySelectorAll('.site-footer a')
          .map((a) => a.getAttribute('href')),
        route,
      ).toContain(href);
    }
    expect(
      site
        .page(`${path}/downloads/`)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContain(href);
  });
});
