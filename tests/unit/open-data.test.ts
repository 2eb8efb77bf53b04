/**
 * The open data, made from the fixture register without a build: Open Referral HSDS 3.0 documents
 * that the specification's schemas accept, a Tabular Data Package whose CSV files hold the columns
 * it declares, identifiers that never change, no place for a shelter, the register as a table that
 * says what the pages say, and a feed of changes that shows a changed entry as new.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitHistory } from '../../src/content/history.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import type { Register } from '../../src/model/register.ts';
import { apiFiles, paginate } from '../../src/open-data/api.ts';
import { lastChange } from '../../src/open-data/changes.ts';
import { datasetFiles } from '../../src/open-data/files.ts';
import { entryUuid, hsdsDataset, type Json } from '../../src/open-data/hsds.ts';
import { HSDS_TABLES } from '../../src/open-data/hsds-tables.ts';
import { idOf, uuidV5 } from '../../src/open-data/ids.ts';
import { REGISTER_COLUMNS } from '../../src/open-data/register-table.ts';
import { pageContext } from '../../src/view/context.ts';
import { FIXTURES, fixtureRoot, registerOf } from '../helpers/fixtures.ts';
import { apiProblems, HSDS_SCHEMAS, hsdsValidator, readCsv, readFeed, textOf, typedRows } from '../helpers/open-data.ts';
import { ROOT } from '../helpers/site.ts';

const TAGS = LOCALES.map((l) => l.tag);
const FIXTURE_REGISTER = join(FIXTURES, 'register');
const register = await registerOf();
const context = (locale: string, reg: Register = register) =>
  pageContext({ locale, register: reg, base: '/trafficking-register/', site: 'https://register.example.org' });
const files = (locale: string, reg: Register = register, history = new Map<string, string>()) =>
  new Map(datasetFiles(context(locale, reg), history).map((f) => [f.path, f.content]));

/** The fixture register with one file changed. */
async function changedRegister(file: string, change: (text: string) => string): Promise<Register> {
  const root = await fixtureRoot();
  await writeFile(join(root, file), change(await readFile(join(root, file), 'utf8')));
  return registerOf(root);
}

describe('identifiers', () => {
  it('are RFC 9562 version 5 UUIDs', () => {
    // The RFC's own example: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('never change: an entry has the same UUID in every build and every language', () => {
    // Committed expectations: a change here gives every user of the data new identities.
    expect(entryUuid(register.provider('example-org'))).toBe('55ad80bd-40b9-5d84-9a1f-96796c884c58');
    expect(entryUuid(register.service('example-service'))).toBe('5ade0f05-81b4-57a9-b51a-9ba926539cce');
    const ids = (locale: string) => {
      const d = hsdsDataset(context(locale), new Map());
      return Object.values(d.tables).flatMap((records) => records.map((r) => r.id as string));
    };
    const first = ids('sr-Cyrl');
    expect(ids('sr-Cyrl')).toEqual(first);
    for (const locale of TAGS) expect(ids(locale), locale).toEqual(first);
    expect(hsdsDataset(context('en'), new Map()).organizations.map((o) => o.id)).toContain('55ad80bd-40b9-5d84-9a1f-96796c884c58');
  });

  it('are unique within each table', () => {
    for (const [table, records] of Object.entries(hsdsDataset(context('en'), new Map()).tables)) {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });
});

describe.each(TAGS)('the HSDS data in %s', (locale) => {
  let validate: ReturnType<typeof hsdsValidator>;
  beforeAll(() => {
    validate = hsdsValidator();
  }, 120_000);
  const dataset = hsdsDataset(context(locale), new Map());
  const ctx = context(locale);
  const byId = (records: Json[], entryId: string, kind: 'provider' | 'service') => records.find((r) => r.id === idOf(kind, entryId))!;

  it(`validates, every document of the API mirror, against the schemas in ${HSDS_SCHEMAS}`, { timeout: 120_000 }, () => {
    const problems = apiFiles(dataset).flatMap((f) => apiProblems(validate, f.path, JSON.parse(f.content)));
    expect(problems).toEqual([]);
  });

  it('has every provider and unit as an organization, every service and right as a service', () => {
    expect(dataset.organizations.map((o) => o.id).sort()).toEqual(register.providers.map(entryUuid).sort());
    expect(dataset.services.map((s) => s.id).sort()).toEqual(register.services.map(entryUuid).sort());
    expect(byId(dataset.organizations, 'example-shelter', 'provider').parent_organization_id).toBe(entryUuid(register.provider('example-org')));
    const right = byId(dataset.services, 'example-right', 'service');
    expect((right.attributes as Json[]).map((a) => (a.taxonomy_term as Json).code)).toContain('right');
  });

  it("says what the entry's page says: name, summary, cost, when, who can get it, warnings", () => {
    const view = ctx.view(register.service('example-shelter-stay'));
    const stay = byId(dataset.services, 'example-shelter-stay', 'service');
    expect(stay.name).toBe(view.name);
    expect(String(stay.description).startsWith(view.summary)).toBe(true);
    // "Over 16" as the source words it: no number HSDS could read as "16 and over".
    expect(stay).toMatchObject({ assured_date: '2026-11-23' });
    expect(stay.minimum_age).toBeUndefined();
    expect(stay.eligibility_description).toContain(view.eligibility.map((item) => item.text).join('\n'));
    expect(stay.eligibility_description).toContain(translator(locale)('eligibility.ageOver', { min: 16 }));
    // A cost no source gives is not said: no fee description.
    expect(stay.fees_description).toBeUndefined();
    const line = byId(dataset.services, 'missing-children-line', 'service');
    expect(line.alert).toBe(translator(locale)('status.unconfirmed'));
    const hotline = byId(dataset.services, 'example-service', 'service');
    expect(hotline.schedules).toMatchObject([{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }]);
    expect(hotline.cost_options).toMatchObject([{ amount: 0 }]);
    expect(hotline.fees_description).toBe(ctx.view(register.service('example-service')).facts.find((f) => f.key === 'cost')!.value);
    expect(byId(dataset.services, 'example-right', 'service').schedules).toMatchObject([{ byday: 'MO,TU,WE,TH,FR', opens_at: '07:30', closes_at: '15:30' }]);
  });

  it("gives a service the numbers its page shows, its provider's too, each linked to its owner", () => {
    const stay = byId(dataset.services, 'example-shelter-stay', 'service');
    expect(stay.phones).toMatchObject([{ number: '+381117850000', organization_id: entryUuid(register.provider('example-org')) }]);
    // What the call costs, where a source says it, as the page says it.
    expect((stay.phones as Json[])[0]!.description).toContain(translator(locale)('callCost.ordinary'));
  });

  it('gives a confidential place no location at all, and the organisation with an address its address', () => {
    const shelter = byId(dataset.organizations, 'example-shelter', 'provider');
    expect(shelter.locations).toEqual([]);
    expect(byId(dataset.services, 'example-shelter-stay', 'service').service_at_locations).toEqual([]);
    const org = byId(dataset.organizations, 'example-org', 'provider');
    expect(org.locations).toMatchObject([{ addresses: [{ address_1: ctx.inScript('Савска 1'), city: ctx.inScript('Београд'), country: 'RS' }] }]);
    const confidential = new Set(register.providers.filter((p) => p.confidential).map(entryUuid));
    expect(dataset.tables.location.filter((l) => confidential.has(l.organization_id as string))).toEqual([]);
    for (const record of [shelter, byId(dataset.services, 'example-shelter-stay', 'service')]) expect(JSON.stringify(record)).not.toMatch(/Savska|Савска/);
  });

  it('links services to the terms of the register’s taxonomies, named in this language, with stable ids', () => {
    const hotline = byId(dataset.services, 'example-service', 'service');
    const terms = (hotline.attributes as Json[]).map((a) => `${a.link_type}:${(a.taxonomy_term as Json).code}`);
    expect(terms).toEqual(
      expect.arrayContaining(['category:urgent-help', 'category:information', 'badge:free', 'badge:24-7', 'eligibility:anonymous', 'source:brochure']),
    );
    const term = dataset.taxonomyTerms.find((t) => t.code === 'urgent-help')!;
    expect(term).toMatchObject({ id: idOf('taxonomy_term', 'category', 'urgent-help'), name: translator(locale)('category.urgent-help'), language: locale });
    const source = (hotline.attributes as Json[]).find((a) => a.link_type === 'source')!;
    expect(source.value).toBe('anonymous, availability, cost, referral, specialised');
  });
});

describe('a confidential place', () => {
  it('has no address and no location in any file of any language, even if its facts held one', async () => {
    // The checker refuses an address for a confidential place; were one to slip through, the export
    // would still leave it out, as the pages do.
    const reg = await registerOf();
    const shelter = reg.provider('example-shelter');
    shelter.facts.address = { street: 'Тајна 9', locality: 'Скривено', source: 'brochure' };
    for (const locale of TAGS) {
      for (const [path, content] of files(locale, reg)) expect(content, `${locale}: ${path}`).not.toMatch(/Тајна|Tajna|Скривено|Skriveno/);
    }
  });
});

describe('the lists of the API mirror', () => {
  it('are paginated as the API pages them', () => {
    const pages = paginate(
      Array.from({ length: 5 }, (_, i) => ({ id: String(i) })),
      2,
    );
    expect(pages.map((p) => [p.page_number, p.size, p.first_page, p.last_page])).toEqual([
      [1, 2, true, false],
      [2, 2, false, false],
      [3, 1, false, true],
    ]);
    expect(pages[0]).toMatchObject({ total_items: 5, total_pages: 3, empty: false });
    expect(paginate([])).toEqual([{ total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] }]);
  });
});

describe('the served languages', () => {
  it('are HSDS languages with their ISO 639 codes, where the facts state them', async () => {
    const reg = await changedRegister('content/services/example-service.yaml', (t) => `${t}languages:\n  served: [sr, rom]\n`);
    const hotline = hsdsDataset(context('en', reg), new Map()).services.find((s) => s.id === entryUuid(reg.service('example-service')))!;
    expect(hotline.languages).toMatchObject([
      { code: 'sr', name: 'Srpski' },
      { code: 'rom', name: 'Romani čhib' },
    ]);
    expect(hsdsDataset(context('en'), new Map()).tables.language).toEqual([]);
  });
});

describe('the Tabular Data Package', () => {
  let validate: ReturnType<typeof hsdsValidator>;
  beforeAll(() => {
    validate = hsdsValidator();
  }, 120_000);

  it.each(TAGS)('in %s declares every CSV file, whose rows hold the declared columns and satisfy HSDS', { timeout: 120_000 }, (locale) => {
    const all = files(locale);
    const pkg = JSON.parse(all.get('hsds-tabular/datapackage.json')!);
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', licenses: [{ name: 'CC-BY-4.0' }] });
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.sources.length).toBe(register.sources.size);
    for (const resource of pkg.resources) {
      expect(resource, resource.name).toMatchObject({
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { primaryKey: ['id'] },
      });
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(all.has(`hsds-tabular/${resource.path}`), resource.path).toBe(true);
      for (const field of resource.schema.fields) expect(['string', 'number', 'date', 'time', 'datetime'], field.name).toContain(field.type);
    }
    const tables: Record<string, Json[]> = {};
    for (const resource of pkg.resources) {
      const table = HSDS_TABLES.find((t) => t.name === resource.name)!;
      const { header, rows } = readCsv(all.get(`hsds-tabular/${resource.path}`)!);
      expect(header, resource.path).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
      for (const field of resource.schema.fields.filter((f: { constraints?: { required?: boolean } }) => f.constraints?.required))
        expect(
          rows.filter((r) => r[field.name] === ''),
          `${resource.path}: ${field.name}`,
        ).toEqual([]);
      tables[resource.name] = typedRows(table, rows);
    }
    // The one departure from HSDS: the register holds no region or postal code of an address.
    const notHeld = /^tabular\/address\/\d+: must have required property '(state_province|postal_code)'$/;
    expect(validate('tabular', tables).filter((e) => !notHeld.test(e))).toEqual([]);
    expect(tables.organization!.length).toBe(register.providers.length);
    expect(tables.service!.length).toBe(register.services.length);
    // Every link between tables resolves.
    for (const resource of pkg.resources) {
      for (const fk of resource.schema.foreignKeys) {
        const target = new Set(tables[fk.reference.resource || resource.name]!.map((r) => r.id));
        const broken = tables[resource.name]!.filter((r) => r[fk.fields] !== undefined && !target.has(r[fk.fields]));
        expect(broken, `${resource.name}.${fk.fields}`).toEqual([]);
      }
    }
  });

  it('follows the specification’s tables, field by field, leaving optional only what the register cannot hold', async () => {
    const spec = JSON.parse(await readFile(join(HSDS_SCHEMAS, 'compiled', 'tabular.json'), 'utf8')).properties as Record<
      string,
      { items: { path: string; required?: string[]; tabular_required?: string[]; properties: Record<string, { type: string; datapackage_type?: string }> } }
    >;
    const NOT_HELD = ['address.state_province', 'address.postal_code'];
    for (const table of HSDS_TABLES) {
      const { items } = spec[table.name]!;
      expect(table.path).toBe(items.path);
      const scalar = Object.entries(items.properties).filter(([, p]) => p.type !== 'array');
      expect(table.fields.map((f) => f.name)).toEqual(scalar.map(([name]) => name));
      const required = [...(items.required ?? []), ...(items.tabular_required ?? [])].filter((f) => !NOT_HELD.includes(`${table.name}.${f}`));
      expect(
        table.fields
          .filter((f) => 'required' in f)
          .map((f) => f.name)
          .sort(),
        table.name,
      ).toEqual([...new Set(required)].sort());
    }
  });
});

describe('the register as a table', () => {
  it.each(TAGS)('in %s has one row an entry, with what its page shows, and no address for a shelter', (locale) => {
    const ctx = context(locale);
    const all = files(locale);
    const csv = all.get('register.csv')!;
    expect(csv.startsWith('\ufeff')).toBe(true);
    const { header, rows } = readCsv(csv);
    expect(header).toEqual([...REGISTER_COLUMNS]);
    const json = JSON.parse(all.get('register.json')!) as Record<string, unknown>[];
    expect(rows.length).toBe(register.providers.length + register.services.length);
    expect(json.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    for (const entry of [...register.providers, ...register.services]) {
      const row = rows.find((r) => r.id === entry.id)!;
      const view = ctx.view(entry);
      expect(row).toMatchObject({ uuid: entryUuid(entry), name: view.name, summary: view.summary, badges: view.badges.map((b) => b.key).join(' | ') });
      expect(row.page).toBe(`https://register.example.org${view.href}`);
    }
    expect(rows.find((r) => r.id === 'example-shelter')).toMatchObject({ confidential: 'true', address: '' });
    expect(rows.find((r) => r.id === 'example-org')!.address).toBe(ctx.view(register.provider('example-org')).contacts.address!.text);
    expect(rows.find((r) => r.id === 'example-shelter-stay')!.phones).toContain(ctx.view(register.provider('example-org')).name);
    expect(json.every((r) => REGISTER_COLUMNS.every((c) => c in r))).toBe(true);
  });

  it('documents every column and every HSDS table in docs/open-data.md', async () => {
    const docs = await readFile(join(ROOT, 'docs/open-data.md'), 'utf8');
    expect(REGISTER_COLUMNS.filter((c) => !docs.includes(`| \`${c}\``))).toEqual([]);
    expect(HSDS_TABLES.filter((t) => !docs.includes(`\`${t.path}\``)).map((t) => t.path)).toEqual([]);
  });
});

describe('the feed of changes', () => {
  const entries = [...register.providers, ...register.services];

  it.each(TAGS)('in %s is Atom with a feed id, title, updated and author, and an item for every entry', (locale) => {
    const feed = readFeed(files(locale).get('changes.atom')!);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(textOf(feed.title)).toBe(translator(locale)('openData.feedTitle'));
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(feed.author.name).toBeTruthy();
    expect(feed.link.find((l) => l['@rel'] === 'self')!['@href']).toBe(
      `https://register.example.org/trafficking-register/open-data/${LOCALES.find((l) => l.tag === locale)!.path}/changes.atom`,
    );
    expect(feed.entry!.length).toBe(entries.length);
    for (const item of feed.entry!) {
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(textOf(item.title)).toBeTruthy();
      expect(item.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(item.link[0]!['@href']).toMatch(/^https:\/\/register\.example\.org\/trafficking-register\//);
    }
    const ids = feed.entry!.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is read by a strict XML parser, which refuses a feed that is not well-formed', () => {
    expect(() => readFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>A & B</title></feed>')).toThrow(/well-formed/);
  });

  it('shows an entry whose facts changed, or that was verified again, as a new item; the others stay', async () => {
    const before = readFeed(files('en').get('changes.atom')!).entry!;
    const reverified = await changedRegister('content/services/example-service.yaml', (t) => t.replace('date: 2026-11-23', 'date: 2026-11-30'));
    const after = readFeed(files('en', reverified).get('changes.atom')!).entry!;
    const title = textOf(before.find((e) => e.link[0]!['@href'].endsWith('/services/example-service/'))!.title);
    const item = (list: typeof before, name: string) => list.find((e) => textOf(e.title) === name)!;
    expect(item(after, title).id).not.toBe(item(before, title).id);
    expect(item(after, title).updated).toBe('2026-11-30T00:00:00Z');
    // The newest change comes first.
    expect(textOf(after[0]!.title)).toBe(title);
    const others = (list: typeof before) => list.filter((e) => textOf(e.title) !== title).map((e) => e.id);
    expect(others(after).sort()).toEqual(others(before).sort());
  });

  it('shows an entry whose source-language text changed as a new item', async () => {
    const edited = await changedRegister('content/text/sr-Cyrl/providers/quiet-office.mdx', (t) => `${t}\nЈош једна реченица.\n`);
    const id = (reg: Register) =>
      readFeed(files('sr-Cyrl', reg).get('changes.atom')!).entry!.find((e) => e.link[0]!['@href'].endsWith('/providers/quiet-office/'))!.id;
    expect(id(edited)).not.toBe(id(register));
  });

  it('reads the date each content file last changed from git, and nothing where there is no usable history', async () => {
    const history = gitHistory(FIXTURE_REGISTER, ['content/providers', 'content/services']);
    const shallow = spawnSync('git', ['-C', ROOT, 'rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).stdout.trim();
    if (shallow === 'false') expect(history.get('content/providers/example-org.yaml')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    else expect(history.size).toBe(0);
    expect(gitHistory(await mkdtemp(join(tmpdir(), 'no-git-')), ['content']).size).toBe(0);
  });

  it("dates a change by the last commit that changed the entry's facts or source text, when it is later than the verification", () => {
    const hotline = register.service('example-service');
    expect(lastChange(hotline, new Map())).toBe('2026-11-23T00:00:00Z');
    const history = new Map([['content/text/sr-Cyrl/services/example-service.mdx', '2026-11-30T10:15:00+01:00']]);
    expect(lastChange(hotline, history)).toBe('2026-11-30T09:15:00Z');
    expect(lastChange(hotline, new Map([['content/services/example-service.yaml', '2025-01-01T00:00:00Z']]))).toBe('2026-11-23T00:00:00Z');
    const service = hsdsDataset(context('en'), history).services.find((s) => s.id === entryUuid(hotline))!;
    expect(service.last_modified).toBe('2026-11-30T09:15:00Z');
  });
});
