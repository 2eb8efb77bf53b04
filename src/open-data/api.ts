/**
 * A static, read-only mirror of the HSDS 3.0 API's GET addresses, as files a static host serves as
 * JSON. The API's address `/services/{id}` is the file `services/{id}.json`, a list such as
 * `/services` is `services/index.json` (its first page) and `services/page/{n}.json` (page n).
 * Query parameters (search, filters, per_page) cannot be answered by a static host and are not
 * supported: the lists hold every record, in pages of PAGE_SIZE.
 */
import { HSDS_VERSION, PAGE_SIZE } from './layout.ts';
import { listForm, type HsdsDataset, type Json } from './hsds.ts';

export interface DataFile {
  /** From the language's dataset folder: "hsds/services/index.json". */
  path: string;
  content: string;
}

const HSDS_DIR = 'hsds';

/** The API's collections and what each record's own address returns. */
const COLLECTIONS = ['services', 'organizations', 'service_at_locations', 'taxonomies', 'taxonomy_terms'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** The file of an API address: `apiPath('services')`, `apiPath('services', id)`, `apiPath('services', undefined, 2)`. */
function apiPath(collection?: Collection, id?: string, page = 1): string {
  if (!collection) return `${HSDS_DIR}/index.json`;
  if (id) return `${HSDS_DIR}/${collection}/${id}.json`;
  return page === 1 ? `${HSDS_DIR}/${collection}/index.json` : `${HSDS_DIR}/${collection}/page/${page}.json`;
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A list as the API pages it (components/schemas/Page of the HSDS OpenAPI). */
export function paginate(items: Json[], size = PAGE_SIZE) {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: totalPages }, (_, i) => {
    const contents = items.slice(i * size, (i + 1) * size);
    return {
      total_items: items.length,
      total_pages: totalPages,
      page_number: i + 1,
      size: contents.length,
      first_page: i === 0,
      last_page: i === totalPages - 1,
      empty: items.length === 0,
      contents,
    };
  });
}

export function apiFiles(dataset: HsdsDataset): DataFile[] {
  // Lists hold the one-to-one fields (the `_list` schemas); a record's own address, all of it.
  const collections: Record<Collection, { list: Json[]; full: Json[] }> = {
    services: { list: dataset.services.map(listForm), full: dataset.services },
    organizations: { list: dataset.organizations.map(listForm), full: dataset.organizations },
    service_at_locations: { list: dataset.serviceAtLocations.map(listForm), full: dataset.serviceAtLocations },
    taxonomies: { list: dataset.taxonomies, full: dataset.taxonomies },
    taxonomy_terms: { list: dataset.taxonomyTerms, full: dataset.taxonomyTerms },
  };
  const files: DataFile[] = [{ path: apiPath(), content: json({ version: HSDS_VERSION }) }];
  for (const collection of COLLECTIONS) {
    const { list, full } = collections[collection];
    paginate(list).forEach((page) => {
      files.push({ path: apiPath(collection, undefined, page.page_number), content: json(page) });
    });
    for (const record of full) files.push({ path: apiPath(collection, record.id as string), content: json(record) });
  }
  return files;
}
