/**
 * Where the open data is published, in one place, read by the build step that writes it, the "Open
 * data" page that lists it, and the tests: one dataset per language, in open-data/<language>/
 * under the site's base path. The columns and fields are described in docs/open-data.md.
 */
import { localeConfig, type LocaleTag } from '../i18n/locales.ts';

export const OPEN_DATA_DIR = 'open-data';

/** The version of the Open Referral Human Services Data Specification the export follows. */
export const HSDS_VERSION = '3.0';

/** The files a dataset's page lists; a path that ends in "/" is a folder. */
export const DATASET_FILES = {
  // The register as a table, one row an entry.
  tableCsv: 'register.csv',
  tableJson: 'register.json',
  // Open Referral HSDS 3.0 as JSON: a static mirror of the HSDS API's GET addresses, with its OpenAPI document.
  hsds: 'hsds/',
  hsdsRoot: 'hsds/index.json',
  // HSDS 3.0 as a Tabular Data Package.
  tabular: 'hsds-tabular/',
  datapackage: 'hsds-tabular/datapackage.json',
  feed: 'changes.atom',
} as const;
export type DatasetFile = keyof typeof DATASET_FILES;

/** A language's dataset folder after the base: "open-data/sr-latn/". */
export const datasetDir = (locale: LocaleTag) => `${OPEN_DATA_DIR}/${localeConfig(locale).path}/`;

/** A file of a language's dataset after the base: "open-data/en/register.csv". */
export const datasetPath = (locale: LocaleTag, file: DatasetFile) => `${datasetDir(locale)}${DATASET_FILES[file]}`;
