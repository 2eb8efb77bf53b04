/**
 * Every file of one language's open data, from the register model and the entries' views: the
 * register as a table (CSV, JSON), HSDS 3.0 as the API's JSON and as a Tabular Data Package, and the
 * feed of changes. Paths are from the language's dataset folder (layout.ts). Pure: the build step
 * (src/integrations/open-data.ts) writes them, and the tests make them without a build.
 */
import type { PageContext } from '../view/context.ts';
import { apiFiles, type DataFile } from './api.ts';
import type { History } from './changes.ts';
import { feedFile } from './feed.ts';
import { hsdsDataset } from './hsds.ts';
import { registerTableFiles } from './register-table.ts';
import { tabularFiles } from './tabular.ts';

export function datasetFiles(ctx: PageContext, history: History = new Map()): DataFile[] {
  const hsds = hsdsDataset(ctx, history);
  return [...registerTableFiles(ctx), ...apiFiles(hsds, ctx), ...tabularFiles(hsds, ctx), feedFile(ctx, history)];
}
