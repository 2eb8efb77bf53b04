/**
 * HSDS 3.0's tabular serialisation: a Tabular Data Package whose resources are, unchanged, those of
 * Open Referral's own `datapackage.json` (vendor/hsds-3.0/, branch 3.0 of the specification). Each
 * CSV file's columns are its resource's fields, in order (a table the register does not fill has its
 * header only); UTF-8 without a byte order mark; an empty cell is a value the register does not hold.
 */
import official from '../../vendor/hsds-3.0/datapackage.json' with { type: 'json' };
import { site } from '../config/site.ts';
import { localeConfig } from '../i18n/locales.ts';
import { routes } from '../i18n/routes.ts';
import { dataAsOf } from '../model/queries.ts';
import type { PageContext } from '../view/context.ts';
import { sourcesView } from '../view/entry.ts';
import { json, type DataFile } from './api.ts';
import { toCsv, type Cell } from './csv.ts';
import type { HsdsDataset } from './hsds.ts';
import { DATASET_FILES, HSDS_VERSION } from './layout.ts';

export function tabularFiles(dataset: HsdsDataset, ctx: PageContext): DataFile[] {
  const { t, register } = ctx;
  const datapackage = {
    profile: official.profile,
    name: `trafficking-register-serbia-hsds-${localeConfig(ctx.locale).path}`,
    title: `${t('site.name')} (Open Referral HSDS ${HSDS_VERSION})`,
    description: t('openData.hsdsTabular', { version: HSDS_VERSION }),
    ...(ctx.site && { homepage: ctx.absolute(ctx.href(routes.openData)) }),
    version: dataAsOf(register),
    keywords: ['Open Referral', `HSDS ${HSDS_VERSION}`, 'human trafficking', 'Serbia'],
    licenses: [{ name: site.licence.id, path: site.licence.url, title: site.licence.name }],
    sources: sourcesView([...register.sources.keys()], ctx).map((s) => ({ title: `${s.publisher}: ${s.title}` })),
    resources: official.resources,
  };
  return [
    { path: DATASET_FILES.datapackage, content: json(datapackage) },
    // HSDS's tables, as its package declares them: "service_area" in service_areas.csv.
    ...official.resources.map(({ name, path, schema }) => {
      const columns = schema.fields.map((f) => f.name);
      const rows = (dataset.tables[name] ?? []).map((record) => columns.map((c) => record[c] as Cell));
      return { path: `${DATASET_FILES.tabular}${path}`, content: toCsv(columns, rows) };
    }),
  ];
}
