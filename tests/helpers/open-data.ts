/**
 * Reading the open data as its users would: each JSON document checked with ajv against the Open
 * Referral HSDS 3.0 schemas (vendored in `vendor/hsds-3.0/`, or HSDS_SCHEMAS), the Tabular Data
 * Package's CSV files against Open Referral's own `datapackage.json` (./table-schema.ts), the feed
 * with a strict XML parser (saxes), then read with fast-xml-parser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import type { Resource } from './table-schema.ts';
import { ROOT } from './site.ts';

export const HSDS_SCHEMAS = process.env.HSDS_SCHEMAS ?? join(ROOT, 'vendor', 'hsds-3.0');

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** Open Referral's own HSDS 3.0 Tabular Data Package descriptor: every table, field and key. */
export const OFFICIAL_RESOURCES = read(join(HSDS_SCHEMAS, 'datapackage.json')).resources as Resource[];

/** The schemas an export is checked against, by the name the tests use. */
const COMPILED = [
  'service',
  'organization',
  'service_at_location',
  'service_list',
  'organization_list',
  'service_at_location_list',
] as const;
const PLAIN = ['taxonomy', 'taxonomy_term'] as const;
type SchemaName = (typeof COMPILED)[number] | (typeof PLAIN)[number];

let shared: ((name: SchemaName, data: unknown) => string[]) | undefined;

/** One validator for the whole test file: compiling the schemas takes seconds. */
export function hsdsValidator() {
  shared ??= makeValidator();
  return shared;
}

function makeValidator() {
  if (!existsSync(join(HSDS_SCHEMAS, 'compiled'))) {
    throw new Error(
      `The HSDS 3.0 schemas are not in ${HSDS_SCHEMAS}: set HSDS_SCHEMAS to the specification's schema folder.`,
    );
  }
  // The schemas carry the specification's own keywords (core, example, datapackage_metadata…): not strict.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('csv', true);
  // The plain schemas refer to each other by file name ("metadata.json").
  const notSchemas = ['openapi.json', 'datapackage.json'];
  const schemas = readdirSync(HSDS_SCHEMAS).filter((f) => f.endsWith('.json') && !notSchemas.includes(f));
  for (const file of schemas) ajv.addSchema(read(join(HSDS_SCHEMAS, file)), file);
  const compiled = new Map<SchemaName, ValidateFunction>();
  const validator = (name: SchemaName) => {
    if (!compiled.has(name)) {
      const schema = (COMPILED as readonly string[]).includes(name)
        ? ajv.compile(read(join(HSDS_SCHEMAS, 'compiled', `${name}.json`)))
        : ajv.getSchema(`${name}.json`)!;
      compiled.set(name, schema);
    }
    return compiled.get(name)!;
  };
  /** The schema's complaints about `data`, as readable lines; none when it is valid. */
  return (name: SchemaName, data: unknown): string[] => {
    const validate = validator(name);
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${name}${e.instancePath}: ${e.message}`);
  };
}

type Validate = ReturnType<typeof hsdsValidator>;

/** The schema a file of the API mirror answers to, by its path in the dataset ("hsds/services/<id>.json"). */
function schemaOf(path: string): { list: boolean; schema: SchemaName } | undefined {
  const match =
    /^hsds\/(services|organizations|service_at_locations|taxonomies|taxonomy_terms)\/(index|[0-9a-f-]{36})\.json$/.exec(
      path,
    );
  if (!match) return undefined;
  const single = {
    services: 'service',
    organizations: 'organization',
    service_at_locations: 'service_at_location',
    taxonomies: 'taxonomy',
    taxonomy_terms: 'taxonomy_term',
  } as const;
  const list = !/^[0-9a-f-]{36}$/.test(match[2]!);
  const name = single[match[1] as keyof typeof single];
  return {
    list,
    schema:
      list && (name === 'service' || name === 'organization' || name === 'service_at_location') ? `${name}_list` : name,
  };
}

/**
 * What is wrong with one JSON document of the API mirror: the root's version and OpenAPI address
 * (`site`: the dataset's published folder, when the test knows it), or a page's envelope (every list
 * is one whole page) and every record.
 */
export function apiProblems(
  validate: Validate,
  path: string,
  document: Record<string, unknown>,
  site?: string,
): string[] {
  if (path === 'hsds/openapi.json') return [];
  if (path === 'hsds/index.json') {
    const url = document.openapi_url;
    const elsewhere = url === undefined || /\/hsds\/openapi\.json$/.test(String(url));
    const known = site ? url === `${site}hsds/openapi.json` : elsewhere;
    const only = Object.keys(document).every((key) => key === 'version' || key === 'openapi_url');
    return document.version === '3.0' && known && only ? [] : [`${path}: ${JSON.stringify(document)}`];
  }
  const kind = schemaOf(path);
  if (!kind) return [`${path}: not an address of the HSDS API`];
  if (!kind.list) return validate(kind.schema, document).map((e) => `${path}: ${e}`);
  const contents = document.contents as unknown[];
  const page = {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
  };
  const problems = Object.entries(page)
    .filter(([key, value]) => document[key] !== value)
    .map(([key, value]) => `${path}: ${key} is ${String(document[key])}, not ${String(value)} (one whole page)`);
  for (const [i, record] of contents.entries())
    problems.push(...validate(kind.schema, record).map((e) => `${path} [${i}]: ${e}`));
  return problems;
}

/** A CSV file's header and rows, as objects keyed by the header. */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parseCsv(text, { bom: true, relax_column_count: false }) as string[][];
  const [header = [], ...rows] = records;
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!]))) };
}

/** The feed, checked for well-formedness, then read (attributes under "@"). */
export function readFeed(text: string) {
  // A strict XML parser (with namespaces) throws at the first error of well-formedness.
  const strict = new SaxesParser({ xmlns: true });
  strict.on('error', (error) => {
    throw new Error(`The feed is not well-formed XML: ${error.message}`);
  });
  strict.write(text).close();
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link', 'category'].includes(name),
  }).parse(text);
  return parsed.feed as {
    '@xmlns': string;
    id: string;
    title: string | { '#text': string };
    updated: string;
    author: { name: string };
    link: { '@rel': string; '@href': string; '@type'?: string }[];
    entry?: {
      id: string;
      title: string | { '#text': string };
      updated: string;
      link: { '@rel': string; '@href': string }[];
      summary: string | { '#text': string };
      content: string | { '#text': string };
    }[];
  };
}

/** A text element's text, whether or not it has attributes. */
export const textOf = (value: string | { '#text': string }) => (typeof value === 'string' ? value : value['#text']);
