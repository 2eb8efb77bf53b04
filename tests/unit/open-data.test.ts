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
import { apiFiles, onePage } from '../../src/open-data/api.ts';
import { lastChange } from '../../src/open-data/changes.ts';
import { datasetFiles } from '../../src/open-data/step.ts';
import { entryUuid, hsdsDataset, type Json } from '../../src/open-data/hsds.ts';
import { idOf, uuidV5 } from '../../src/open-data/ids.ts';
import { pageContext } from '../../src/view/context.ts';
import { FIXTURES, fixtureRoot, registerOf } from '../helpers/fixtures.ts';
import { apiProblems, HSDS_SCHEMAS, hsdsValidator, OFFICIAL_RESOURCES } from '../helpers/open-data.ts';
import { readCsv, readFeed, textOf } from '../helpers/open-data.ts';
import { tableSchemaProblems } from '../helpers/table-schema.ts';
import { ROOT } from '../helpers/site.ts';

const TAGS = LOCALES.map((l) => l.tag);
const FIXTURE_REGISTER = join(FIXTURES, 'register');
const register = await registerOf();
const context = (locale: string, reg: Register = register) =>
  pageContext({ locale, register: reg, base: '/trafficking-register/', site: 'https://register.example.org' });
const files = (locale: string, reg: Register = register) =>
  new Map(datasetFiles(context(locale, reg)).map((f) => [f.path, f.content]));

/** The fixture register with one file changed. */
async function changedRegister(file: string, change: (text: string) => string): Promise<Register> {
  const root = await fixtureRoot();
  await writeFile(join(root, file), change(await readFile(join(root, file), 'utf8')));
  return registerOf(root);
}

describe('identifiers', () => {
  it('are RFC 9562 version 5 UUIDs', () => {
    // The RFC's own example: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('never change: an entry has the same UUID in every build and every language', () => {
    // Committed expectations: a change here gives every user of the data new identities.
    expect(entryUuid(register.provider('example-org'))).toBe('55ad80bd-40b9-5d84-9a1f-96796c884c58');
    expect(entryUuid(register.service('example-service'))).toBe('5ade0f05-81b4-57a9-b51a-9ba926539cce');
    const ids = (locale: string) => {
      const d = hsdsDataset(context(locale));
      return Object.values(d.tables).flatMap((records) => records.map((r) => r.id as string));
    };
    const first = ids('sr-Cyrl');
    expect(ids('sr-Cyrl')).toEqual(first);
    for (const locale of TAGS) expect(ids(locale), locale).toEqual(first);
    expect(hsdsDataset(context('en')).organizations.map((o) => o.id)).toContain('55ad80bd-40b9-5d84-9a1f-96796c884c58');
  });

  it('are unique within each table', () => {
    for (const [table, records] of Object.entries(hsdsDataset(context('en')).tables)) {
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
  const dataset = hsdsDataset(context(locale));
  const ctx = context(locale);
  const byId = (records: Json[], entryId: string, kind: 'provider' | 'service') =>
    records.find((r) => r.id === idOf(kind, entryId))!;

  it(`validates, every document of the API mirror, against the schemas in ${HSDS_SCHEMAS}`, {
    timeout: 120_000,
  }, () => {
    const site = `https://register.example.org/trafficking-register/open-data/${ctx.profile.path}/`;
    const problems = apiFiles(dataset, ctx).flatMap((f) => apiProblems(validate, f.path, JSON.parse(f.content), site));
    expect(problems).toEqual([]);
  });

  it('has every provider and unit as an organization, every service and right as a service', () => {
    expect(dataset.organizations.map((o) => o.id).sort()).toEqual(register.providers.map(entryUuid).sort());
    expect(dataset.services.map((s) => s.id).sort()).toEqual(register.services.map(entryUuid).sort());
    expect(byId(dataset.organizations, 'example-shelter', 'provider').parent_organization_id).toBe(
      entryUuid(register.provider('example-org')),
    );
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
    // Times as HSDS's tabular `time` reads them, in Serbia's time (UTC+1; the notes say summer's +2).
    const local = { timezone: 1, notes: translator(locale)('openData.scheduleTime') };
    const allDay = { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00:00', closes_at: '23:59:00' };
    expect(hotline.schedules).toMatchObject([{ ...allDay, ...local }]);
    expect(hotline.cost_options).toMatchObject([{ amount: 0 }]);
    expect(hotline.fees_description).toBe(
      ctx.view(register.service('example-service')).facts.find((f) => f.key === 'cost')!.value,
    );
    const right = byId(dataset.services, 'example-right', 'service');
    const weekdays = { byday: 'MO,TU,WE,TH,FR', opens_at: '07:30:00', closes_at: '15:30:00' };
    expect(right.schedules).toMatchObject([{ ...weekdays, ...local }]);
  });

  it("gives a service the numbers its page shows, its provider's too, each linked to its owner", () => {
    const stay = byId(dataset.services, 'example-shelter-stay', 'service');
    expect(stay.phones).toMatchObject([
      { number: '+381117850000', organization_id: entryUuid(register.provider('example-org')) },
    ]);
    // What the call costs, where a source says it, as the page says it.
    expect((stay.phones as Json[])[0]!.description).toContain(translator(locale)('callCost.ordinary'));
  });

  it('gives a confidential place no location at all, and no place an address HSDS could not take whole', () => {
    const shelter = byId(dataset.organizations, 'example-shelter', 'provider');
    expect(shelter.locations).toEqual([]);
    expect(byId(dataset.services, 'example-shelter-stay', 'service').service_at_locations).toEqual([]);
    const org = byId(dataset.organizations, 'example-org', 'provider');
    // HSDS requires a postal code and a region, which no source gives: the place, without its address.
    const name = ctx.view(register.provider('example-org')).name;
    expect(org.locations).toMatchObject([{ location_type: 'physical', name }]);
    expect(JSON.stringify(dataset)).not.toMatch(/Савска 1|Savska 1/);
    const confidential = new Set(register.providers.filter((p) => p.confidential).map(entryUuid));
    expect(dataset.tables.location!.filter((l) => confidential.has(l.organization_id as string))).toEqual([]);
    for (const record of [shelter, byId(dataset.services, 'example-shelter-stay', 'service')])
      expect(JSON.stringify(record)).not.toMatch(/Savska|Савска/);
  });

  it('links services to the terms of the register’s taxonomies, named in this language, with stable ids', () => {
    const hotline = byId(dataset.services, 'example-service', 'service');
    const terms = (hotline.attributes as Json[]).map((a) => `${a.link_type}:${(a.taxonomy_term as Json).code}`);
    expect(terms).toEqual(
      expect.arrayContaining([
        'category:urgent-help',
        'category:information',
        'badge:free',
        'badge:24-7',
        'eligibility:anonymous',
        'source:brochure',
      ]),
    );
    const term = dataset.taxonomy_terms.find((t) => t.code === 'urgent-help')!;
    expect(term).toMatchObject({
      id: idOf('taxonomy_term', 'category', 'urgent-help'),
      name: translator(locale)('category.urgent-help'),
      // ISO 639, as HSDS asks: Serbian is "sr" in either script.
      language: locale.split('-')[0],
      term_uri: `https://register.example.org${ctx.href('categories/urgent-help/')}`,
    });
    const source = (hotline.attributes as Json[]).find((a) => a.link_type === 'source')!;
    expect(source.value).toBe('anonymous, availability, cost, referral, specialised');
  });

  it('describes every term in words of its own, and names where each vocabulary is described', () => {
    const undescribed = dataset.taxonomy_terms.filter((t) => !t.description || t.description === t.name);
    expect(undescribed.map((t) => t.code)).toEqual([]);
    const page = `https://register.example.org${ctx.href('open-data/')}#taxonomies`;
    for (const taxonomy of dataset.taxonomies) expect(taxonomy).toMatchObject({ uri: page, version: '2026-11-23' });
  });

  it('gives no web address, no language and no address: HSDS cannot take them as the sources give them', () => {
    // A web address is published without its scheme, which HSDS's `uri` format needs; no fact states
    // the languages a service is given in; an address has no postal code.
    const all = [...dataset.organizations, ...dataset.services];
    expect(all.filter((r) => 'website' in r || 'url' in r || 'languages' in r).map((r) => r.name)).toEqual([]);
    expect(dataset.tables.address ?? []).toEqual([]);
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
      for (const [path, content] of files(locale, reg))
        expect(content, `${locale}: ${path}`).not.toMatch(/Тајна|Tajna|Скривено|Skriveno/);
    }
  });
});

describe('the API mirror', () => {
  it('serves every list whole, as one page that says no other exists', () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ id: String(i) }));
    expect(onePage(items)).toEqual({
      total_items: 120,
      total_pages: 1,
      page_number: 1,
      size: 120,
      first_page: true,
      last_page: true,
      empty: false,
      contents: items,
    });
    expect(onePage([])).toMatchObject({ total_pages: 1, last_page: true, empty: true, size: 0 });
  });

  it('names its OpenAPI document: HSDS 3.0’s GET paths, without the query parameters', async () => {
    const all = files('en');
    expect(JSON.parse(all.get('hsds/index.json')!)).toEqual({
      version: '3.0',
      openapi_url: 'https://register.example.org/trafficking-register/open-data/en/hsds/openapi.json',
    });
    const official = JSON.parse(await readFile(join(HSDS_SCHEMAS, 'openapi.json'), 'utf8'));
    const document = JSON.parse(all.get('hsds/openapi.json')!);
    expect(Object.keys(document.paths)).toEqual(Object.keys(official.paths));
    /** Whether a file of the mirror answers the API's path. */
    const served = (path: string) => {
      const [, collection, id] = path.split('/');
      if (!collection) return all.has('hsds/index.json');
      const record = new RegExp(`^hsds/${collection}/[0-9a-f-]{36}\\.json$`);
      return id ? [...all.keys()].some((f) => record.test(f)) : all.has(`hsds/${collection}/index.json`);
    };
    for (const [path, item] of Object.entries(document.paths) as [string, { get: Record<string, unknown> }][]) {
      expect(served(path), path).toBe(true);
      expect(item.get.parameters, path).toBeUndefined();
    }
    // HSDS 3.0 says /service_at_locations/{id} returns a service; the mirror serves the service_at_location.
    expect(JSON.stringify(document.paths['/service_at_locations/{id}'])).toContain('compiled/service_at_location.json');
    expect(document.components.parameters).toBeUndefined();
    // Without the site's address, the root names no OpenAPI document (openapi_url must be a URI).
    const local = pageContext({ locale: 'en', register, base: '/' });
    const root = datasetFiles(local).find((f) => f.path === 'hsds/index.json')!;
    expect(JSON.parse(root.content)).toEqual({ version: '3.0' });
  });
});

describe('the services of an organization', () => {
  it('are those whose organization_id it is; one also offered elsewhere is linked to that place instead', async () => {
    const file = 'content/services/example-service.yaml';
    const reg = await changedRegister(file, (t) => `${t}alsoAt: [novi-sad-office]\n`);
    const dataset = hsdsDataset(context('en', reg));
    for (const organization of dataset.organizations)
      for (const service of organization.services as Json[]) expect(service.organization_id).toBe(organization.id);
    const office = dataset.organizations.find((o) => o.id === idOf('provider', 'novi-sad-office'))!;
    expect((office.services as Json[]).map((s) => s.id)).not.toContain(idOf('service', 'example-service'));
  });
});

describe('a fact HSDS cannot say', () => {
  it('stops the open data, naming the file and the field: a source whose id is already a term’s code', async () => {
    const source = ['- id: urgent-help', 'file: contact-facts.md', 'title: A page', 'publisher: Xy', 'language: en'];
    const reg = await changedRegister('content/sources.yaml', (t) => `${t}${source.join('\n  ')}\n`);
    const report = /content\/sources\.yaml\n {2}\[\d+\]\.id: found "urgent-help"; .*"category" vocabulary/;
    expect(() => hsdsDataset(context('en', reg))).toThrow(report);
  });
});

describe('the Tabular Data Package', () => {
  const tabular = (all: Map<string, string>) => (path: string) => all.get(`hsds-tabular/${path}`)!;

  it.each(TAGS)('in %s is Open Referral’s own HSDS package, and its CSV files pass it with no error', (locale) => {
    const all = files(locale);
    const pkg = JSON.parse(all.get('hsds-tabular/datapackage.json')!);
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', licenses: [{ name: 'CC-BY-4.0' }] });
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.sources.length).toBe(register.sources.size);
    // Every table of HSDS, each field with its type, format, constraints and keys, as Open Referral wrote them.
    expect(pkg.resources).toEqual(OFFICIAL_RESOURCES);
    expect(tableSchemaProblems(OFFICIAL_RESOURCES, tabular(all))).toEqual([]);
    const rows = (path: string) => readCsv(tabular(all)(path)).rows;
    expect(rows('organizations.csv').length).toBe(register.providers.length);
    expect(rows('services.csv').length).toBe(register.services.length);
    expect(rows('schedules.csv').map((r) => r.opens_at)).toContain('07:30:00');
  });

  it('is checked by a validator that finds a short time, an empty required field, a wrong enum, a broken link', () => {
    const all = files('en');
    const read = tabular(all);
    type Change = (text: string) => string;
    const broken = (path: string, change: Change) => (p: string) => (p === path ? change(read(p)) : read(p));
    const cases: [string, Change, RegExp][] = [
      ['schedules.csv', (t) => t.replace('07:30:00', '07:30'), /schedules\.csv:\d+: opens_at: "07:30" is not a time/],
      ['services.csv', (t) => t.replace(',active,', ',,'), /services\.csv:\d+: status: required, but empty/],
      ['services.csv', (t) => t.replace(',active,', ',open,'), /status: "open" is not one of active/],
      [
        'phones.csv',
        (t) => t.replace(/\r\n([0-9a-f-]{36}),([0-9a-f-]{36})?,/, '\r\n$1,00000000-0000-5000-8000-000000000000,'),
        /phones\.csv:\d+: location_id .* is not in location/,
      ],
    ];
    for (const [path, change, expected] of cases) {
      expect(tableSchemaProblems(OFFICIAL_RESOURCES, broken(path, change)).join('\n'), path).toMatch(expected);
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
    // The columns: every key of a row of the JSON, in its order.
    const json = JSON.parse(all.get('register.json')!) as Record<string, unknown>[];
    expect(header).toEqual(Object.keys(json[0]!));
    expect(rows.length).toBe(register.providers.length + register.services.length);
    expect(json.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    for (const entry of [...register.providers, ...register.services]) {
      const row = rows.find((r) => r.id === entry.id)!;
      const view = ctx.view(entry);
      const badges = view.badges.map((b) => b.key).join('|');
      expect(row).toMatchObject({ uuid: entryUuid(entry), name: view.name, summary: view.summary, badges });
      expect(row.page).toBe(`https://register.example.org${view.href}`);
    }
    expect(rows.find((r) => r.id === 'example-shelter')).toMatchObject({ confidential: 'true', address: '' });
    expect(rows.find((r) => r.id === 'example-org')!.address).toBe(
      ctx.view(register.provider('example-org')).contacts.address!.text,
    );
    expect(rows.find((r) => r.id === 'example-shelter-stay')!.phones).toContain(
      ctx.view(register.provider('example-org')).name,
    );
    expect(json.every((r) => header.every((c) => c in r))).toBe(true);
  });

  it('documents every column and every HSDS table in docs/open-data.md', async () => {
    const docs = await readFile(join(ROOT, 'docs/open-data.md'), 'utf8');
    const { header } = readCsv(files('en').get('register.csv')!);
    expect(header.filter((c) => !docs.includes(`| \`${c}\``))).toEqual([]);
    expect(OFFICIAL_RESOURCES.filter((t) => !docs.includes(`\`${t.path}\``)).map((t) => t.path)).toEqual([]);
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
    expect(() => readFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>A & B</title></feed>')).toThrow(
      /well-formed/,
    );
  });

  it('shows an entry whose facts changed, or that was verified again, as a new item; the others stay', async () => {
    const before = readFeed(files('en').get('changes.atom')!).entry!;
    const reverified = await changedRegister('content/services/example-service.yaml', (t) =>
      t.replace('date: 2026-11-23', 'date: 2026-11-30'),
    );
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
    const edited = await changedRegister(
      'content/text/sr-Cyrl/providers/quiet-office.mdx',
      (t) => `${t}\nЈош једна реченица.\n`,
    );
    const id = (reg: Register) =>
      readFeed(files('sr-Cyrl', reg).get('changes.atom')!).entry!.find((e) =>
        e.link[0]!['@href'].endsWith('/providers/quiet-office/'),
      )!.id;
    expect(id(edited)).not.toBe(id(register));
  });

  it('reads the date each content file last changed from git, and nothing where there is no usable history', async () => {
    const history = gitHistory(FIXTURE_REGISTER, ['content/providers', 'content/services']);
    const shallow = spawnSync('git', ['-C', ROOT, 'rev-parse', '--is-shallow-repository'], {
      encoding: 'utf8',
    }).stdout.trim();
    if (shallow === 'false') expect(history.get('content/providers/example-org.yaml')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    else expect(history.size).toBe(0);
    expect(gitHistory(await mkdtemp(join(tmpdir(), 'no-git-')), ['content']).size).toBe(0);
  });

  it("dates a change by the last commit that changed the entry's facts or source text, when it is later than the verification", () => {
    const hotline = register.service('example-service');
    expect(lastChange(hotline, new Map())).toBe('2026-11-23T00:00:00Z');
    const history = new Map([['content/text/sr-Cyrl/services/example-service.mdx', '2026-11-30T10:15:00+01:00']]);
    expect(lastChange(hotline, history)).toBe('2026-11-30T09:15:00Z');
    expect(lastChange(hotline, new Map([['content/services/example-service.yaml', '2025-01-01T00:00:00Z']]))).toBe(
      '2026-11-23T00:00:00Z',
    );
    const service = hsdsDataset(context('en', { ...register, history })).services.find(
      (s) => s.id === entryUuid(hotline),
    )!;
    expect(service.last_modified).toBe('2026-11-30T09:15:00Z');
  });
});
