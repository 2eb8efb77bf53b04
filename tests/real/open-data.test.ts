/**
 * The register's own open data, built: invariants only. In every language every JSON document of
 * the HSDS API mirror is valid HSDS 3.0, every entry is there (in the HSDS lists, each one whole
 * page, and in the table), the CSV files pass Open Referral's own HSDS 3.0 data package, the feed is
 * valid Atom, and no file gives a confidential place a location.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_SITE } from '../../scripts/sites.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { loadRegister } from '../../src/model/load.ts';
import { entryUuid } from '../../src/open-data/hsds.ts';
import { datasetDir } from '../../src/open-data/layout.ts';
import { apiProblems, hsdsValidator, OFFICIAL_RESOURCES, readCsv, readFeed } from '../helpers/open-data.ts';
import { tableSchemaProblems } from '../helpers/table-schema.ts';
import { ROOT } from '../helpers/site.ts';

const register = await loadRegister({ content: ROOT, project: ROOT });
const DIST = REAL_SITE.dist;
const entries = [...register.providers, ...register.services];
const confidentialIds = new Set(entries.filter((e) => e.confidential).map(entryUuid));

const filesUnder = (dir: string): string[] =>
  (readdirSync(join(DIST, dir), { recursive: true }) as string[])
    .map((f) => `${dir}${f.split('\\').join('/')}`)
    .filter((f) => statSync(join(DIST, f)).isFile());
const text = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = (path: string) => JSON.parse(text(path));

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
  }, 300_000);

  it('is valid HSDS 3.0, every JSON document of the API mirror', () => {
    expect(filesUnder(`${dir}hsds/`).flatMap((f) => apiProblems(validate, f.slice(dir.length), json(f)))).toEqual([]);
  });

  it('has every provider, unit, service and right, in the HSDS lists (each one whole page) and in the table', () => {
    const listed = (collection: string) => {
      const page = json(`${dir}hsds/${collection}/index.json`);
      expect(page).toMatchObject({ total_pages: 1, last_page: true, total_items: page.contents.length });
      return page.contents.map((r: { id: string }) => r.id).sort();
    };
    expect(listed('organizations')).toEqual(register.providers.map(entryUuid).sort());
    expect(listed('services')).toEqual(register.services.map(entryUuid).sort());
    const rows = readCsv(text(`${dir}register.csv`)).rows;
    expect(rows.map((r) => r.id).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(rows.every((r) => r.name && r.summary)).toBe(true);
  });

  it('publishes CSV files that pass Open Referral’s own HSDS 3.0 data package with no error', () => {
    expect(json(`${dir}hsds-tabular/datapackage.json`).resources).toEqual(OFFICIAL_RESOURCES);
    expect(tableSchemaProblems(OFFICIAL_RESOURCES, (file) => text(`${dir}hsds-tabular/${file}`))).toEqual([]);
  });

  it('gives no confidential place a location or an address, in any file', () => {
    for (const file of filesUnder(`${dir}hsds/`)) {
      for (const object of objects(json(file))) {
        if (object.location_type) expect(confidentialIds.has(object.organization_id as string), file).toBe(false);
        if (confidentialIds.has(object.id as string)) {
          expect(object.locations ?? [], file).toEqual([]);
          expect(object.service_at_locations ?? [], file).toEqual([]);
        }
      }
    }
    expect(
      readCsv(text(`${dir}hsds-tabular/locations.csv`)).rows.filter((l) => confidentialIds.has(l.organization_id!)),
    ).toEqual([]);
    const rows = json(`${dir}register.json`) as { id: string; confidential: boolean; address: unknown }[];
    expect(rows.filter((r) => r.confidential && r.address !== null).map((r) => r.id)).toEqual([]);
  });

  it('has a valid Atom feed with an item for every entry', () => {
    const feed = readFeed(text(`${dir}changes.atom`));
    expect(feed.entry!.length).toBe(entries.length);
    expect(new Set(feed.entry!.map((e) => e.id)).size).toBe(entries.length);
  });

  it('shows every size on its "Open data" page', () => {
    const html = text(`${path}/open-data/index.html`);
    expect(html).toContain('data-open-data');
    expect(html).not.toMatch(/data-open-data="[^"]*"[^>]*>[^<]*…/);
  });
});
