/**
 * HSDS 3.0's tabular serialisation: a Tabular Data Package (Frictionless Data), one CSV file per
 * HSDS table the register fills, each column declared in `datapackage.json` with its type, format,
 * whether HSDS requires it, and the links between tables. CSV files are UTF-8 without a byte order
 * mark; an empty cell is a value the register does not hold.
 */
import { site } from '../config/site.ts';
import { localeConfig } from '../i18n/locales.ts';
import { routes } from '../i18n/routes.ts';
import { dataAsOf } from '../model/queries.ts';
import type { PageContext } from '../view/context.ts';
import { sourcesView } from '../view/entry.ts';
import { json, type DataFile } from './api.ts';
import { toCsv } from './csv.ts';
import type { HsdsDataset } from './hsds.ts';
import { HSDS_TABLES } from './hsds-tables.ts';
import { DATASET_FILES, HSDS_VERSION } from './layout.ts';

const TABULAR_DIR = DATASET_FILES.tabular.replace(/\/$/, '');

export function tabularFiles(dataset: HsdsDataset, ctx: PageContext): DataFile[] {
  const { t, register } = ctx;
  const resources = HSDS_TABLES.map((table) => ({
    name: table.name,
    path: table.path,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: table.fields.map((field) => ({
        name: field.name,
        type: field.type,
        // Times are written as the facts give them: HH:MM, local time in Serbia.
        ...(field.type === 'time' ? { format: '%H:%M' } : 'format' in field ? { format: field.format } : {}),
        ...('required' in field ? { constraints: { required: true } } : {}),
      })),
      primaryKey: ['id'],
      foreignKeys: ('foreignKeys' in table ? table.foreignKeys : []).map((fk) => ({
        fields: fk.field,
        reference: { resource: fk.table === table.name ? '' : fk.table, fields: 'id' },
      })),
    },
  }));
  const datapackage = {
    profile: 'tabular-data-package',
    name: `trafficking-register-serbia-hsds-${localeConfig(ctx.locale).path}`,
    title: `${t('site.name')} (Open Referral HSDS ${HSDS_VERSION})`,
    description: t('openData.hsdsTabular', { version: HSDS_VERSION }),
    ...(ctx.site && { homepage: ctx.absolute(ctx.href(routes.openData)) }),
    version: dataAsOf(register),
    keywords: ['Open Referral', `HSDS ${HSDS_VERSION}`, 'human trafficking', 'Serbia'],
    licenses: [{ name: site.licence.id, path: site.licence.url, title: site.licence.name }],
    sources: sourcesView([...register.sources.keys()], ctx).map((s) => ({ title: `${s.publisher}: ${s.title}` })),
    resources,
  };
  return [
    { path: `${TABULAR_DIR}/datapackage.json`, content: json(datapackage) },
    ...HSDS_TABLES.map((table) => ({
      path: `${TABULAR_DIR}/${table.path}`,
      content: toCsv(
        table.fields.map((f) => f.name),
        dataset.tables[table.name].map((record) => table.fields.map((f) => record[f.name] as string | number | undefined)),
      ),
    })),
  ];
}
