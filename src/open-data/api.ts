/**
 * A static, read-only mirror of the HSDS 3.0 API's GET addresses: `/services/{id}` is the file
 * `services/{id}.json`, `/services` is `services/index.json`, whole as one page (the largest list
 * holds about a hundred records), so that no page promises a next one no file could answer. Files
 * cannot answer query parameters (search, filters, page, per_page): the OpenAPI document of the
 * root's `openapi_url` is HSDS's own without them.
 */
import openapi from '../../vendor/hsds-3.0/openapi.json' with { type: 'json' };
import { site } from '../config/site.ts';
import { dataAsOf } from '../model/queries.ts';
import type { PageContext } from '../view/context.ts';
import { listForm, type HsdsDataset, type Json } from './hsds.ts';
import { DATASET_FILES, datasetDir, HSDS_VERSION } from './layout.ts';

/** A file of the open data, by its path from the language's dataset folder: "hsds/services/index.json". */
export type DataFile = { path: string; content: string };

const OPENAPI_FILE = `${DATASET_FILES.hsds}openapi.json`;

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A list as the API returns it (components/schemas/Page of the HSDS OpenAPI): all of it, one page. */
export function onePage(items: Json[]) {
  const size = items.length;
  const flags = { first_page: true, last_page: true, empty: size === 0 };
  return { total_items: size, total_pages: 1, page_number: 1, size, ...flags, contents: items };
}

const SCHEMAS = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema';

/**
 * One path of HSDS's OpenAPI document without its query parameters. It says /service_at_locations/{id}
 * returns a service; HSDS's documentation and examples, and the mirror, return the service_at_location.
 */
function trimmedPath(path: string, item: Json): Json {
  const { parameters: _queries, ...get } = item.get as Json;
  if (path !== '/service_at_locations/{id}') return { ...item, get };
  const { description } = (get.responses as Record<string, Json>)['200']!;
  const schema = { $ref: `${SCHEMAS}/compiled/service_at_location.json` };
  const answer = { description, content: { 'application/json': { schema } } };
  return { ...item, get: { ...get, responses: { 200: answer } } };
}

/** HSDS's OpenAPI document for the mirror: every GET path, the register's title and licence, its folder as server. */
function openapiDocument(ctx: PageContext): Json {
  return {
    openapi: openapi.openapi,
    info: {
      title: `${ctx.t('site.name')} (Open Referral HSDS ${HSDS_VERSION})`,
      version: dataAsOf(ctx.register),
      description: ctx.t('openData.api'),
      license: { name: site.licence.name, identifier: site.licence.id },
    },
    jsonSchemaDialect: openapi.jsonSchemaDialect,
    // Relative to this document: its own folder, wherever the site is published.
    servers: [{ url: '.' }],
    paths: Object.fromEntries(Object.entries(openapi.paths).map(([path, item]) => [path, trimmedPath(path, item)])),
    components: { schemas: openapi.components.schemas },
  };
}

export function apiFiles(dataset: HsdsDataset, ctx: PageContext): DataFile[] {
  const { tables: _tables, ...collections } = dataset;
  // `openapi_url` is a URI: given when the site's address is known.
  const openapiUrl = ctx.site && ctx.absolute(ctx.file(`${datasetDir(ctx.locale)}${OPENAPI_FILE}`));
  const root = { version: HSDS_VERSION, ...(openapiUrl && { openapi_url: openapiUrl }) };
  // Each collection as a list of its records' one-to-one fields (the `_list` schemas), and each record whole.
  const records = Object.entries(collections).flatMap(([collection, list]) => [
    { path: `${DATASET_FILES.hsds}${collection}/index.json`, content: json(onePage(list.map(listForm))) },
    ...list.map((r) => ({ path: `${DATASET_FILES.hsds}${collection}/${r.id as string}.json`, content: json(r) })),
  ]);
  return [
    { path: DATASET_FILES.hsdsRoot, content: json(root) },
    { path: OPENAPI_FILE, content: json(openapiDocument(ctx)) },
    ...records,
  ];
}
