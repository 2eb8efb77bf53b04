/**
 * The editor's own script (dist/admin/editor.js, bundled by src/editor/assets.ts): it loads Sveltia CMS
 * from beside itself, teaches it the register's file formats (src/editor/formats.ts) and starts it.
 */
import { sourceFingerprint } from './fingerprint.ts';
import { FORMATS, factsFromFile, factsToFile, ORIGINAL_KEY, textFromFile, textToFile } from './formats.ts';

/** Written into the bundle by the build (src/editor/assets.ts) from the schemas: src/editor/form.ts optionalFlags(). */
declare const __OPTIONAL_FLAGS__: readonly string[];
const options = { optionalFlags: __OPTIONAL_FLAGS__ };

type Values = Record<string, unknown>;
/** The entry a `preSave` listener receives: an Immutable.js map, as in Decap CMS. */
interface EntryMap {
  setIn(path: string[], value: unknown): EntryMap;
  deleteIn(path: string[]): EntryMap;
  toJS(): { path?: string; newRecord?: boolean; data?: Values; i18n?: Record<string, { data?: Values }> };
}
type Format = { fromFile: (text: string) => Values; toFile: (values: Values) => string };
interface Cms {
  registerCustomFormat(name: string, extension: string, format: Format): void;
  registerEventListener(listener: { name: 'preSave'; handler: typeof prepareSave }): void;
  init(): void;
}

/**
 * Before a save, two things the form cannot do. A new file (a new entry, or a translation into a new
 * language) starts from a copy of another file's values, ORIGINAL_KEY included: it is dropped, so that
 * no line of the other file is carried over. A new translation records the source text it was made
 * from (the checker requires it): `translation.from` gets the fingerprint of the source shown beside
 * it. An existing one keeps its own: a maintainer stamps an updated one (`npm run i18n:status -- --stamp`),
 * so that a small fix does not hide that a translation follows an older source.
 */
async function prepareSave({ entry }: { entry: EntryMap }): Promise<EntryMap> {
  const { path, newRecord, data, i18n = {} } = entry.toJS();
  let prepared = entry;
  if (newRecord) {
    prepared = prepared.deleteIn(['data', ORIGINAL_KEY]);
    for (const locale of Object.keys(i18n)) prepared = prepared.deleteIn(['i18n', locale, 'data', ORIGINAL_KEY]);
  }
  if (!path?.startsWith('content/text/') || !data) return prepared;
  for (const [locale, { data: translation }] of Object.entries(i18n)) {
    if (!translation || typeof translation.name !== 'string' || !translation.name.trim()) continue;
    const isNew = newRecord || !translation[ORIGINAL_KEY] || translation[ORIGINAL_KEY] === data[ORIGINAL_KEY];
    if (!isNew) continue;
    prepared = prepared.deleteIn(['i18n', locale, 'data', ORIGINAL_KEY]);
    const stamp = translation.translation as { from?: unknown; reviewed?: unknown } | undefined;
    if (stamp?.from) continue;
    const from = await sourceFingerprint(data);
    prepared = prepared.setIn(['i18n', locale, 'data', 'translation'], { from, reviewed: stamp?.reviewed === true });
  }
  return prepared;
}

const page = window as Window & { CMS_MANUAL_INIT?: boolean; CMS?: Cms };
// Sveltia CMS starts itself unless told to wait for the formats.
page.CMS_MANUAL_INIT = true;
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
const script = document.createElement('script');
script.src = new URL('sveltia-cms.js', here).href;
script.addEventListener('load', () => {
  const cms = page.CMS;
  if (!cms) throw new Error('Sveltia CMS did not load: dist/admin/sveltia-cms.js is missing or broken');
  cms.registerCustomFormat(FORMATS.facts, 'yaml', { fromFile: factsFromFile, toFile: (v) => factsToFile(v, options) });
  cms.registerCustomFormat(FORMATS.text, 'mdx', { fromFile: textFromFile, toFile: (v) => textToFile(v, options) });
  cms.registerEventListener({ name: 'preSave', handler: prepareSave });
  cms.init();
});
document.head.append(script);
