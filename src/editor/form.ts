/**
 * The web editor's form, from the schemas (as JSON Schema, `z.toJSONSchema`) and language profiles: every field,
 * in the schema's order, so a new field or language needs no second edit. Patterns' messages, hints, required
 * fields, allowed values and ranges are the schema's (src/schemas/common.ts: matching, textExpected), in the
 * checker's words. The pull request's checks judge the rest (numbering plan, rules across files).
 */
import { z } from 'astro/zod';
import { CLAIMS } from '../schemas/claims.ts';
import * as facts from '../schemas/facts.ts';
import { textSchema } from '../schemas/text.ts';
import { localeConfig, WRITTEN_LOCALES } from '../i18n/locales.ts';
import { LIST_KEY } from './formats.ts';
import { hintFor, labelFor } from './labels.ts';

/** A field of the form, as Sveltia CMS (and Decap CMS) configure it: the keys read here, and its widget's. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  pattern?: [string, string];
  fields?: EditorField[];
  field?: EditorField;
  [option: string]: unknown;
}

type Keyword = 'type' | 'format' | 'pattern' | 'description' | 'errorMessage';
type Bound = 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum' | 'maxLength' | 'minItems' | 'maxItems';
/**
 * A schema as `z.toJSONSchema` writes it: the keywords the form reads. From the schemas' metadata:
 * `description` (a value with an example) and `errorMessage` (the checker's message for a failed pattern).
 */
interface Json extends Partial<Record<Keyword, string> & Record<Bound, number>> {
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  propertyNames?: Json;
  enum?: string[];
}
// As a file may be written (`io: 'input'`): a field with a default may be left out.
const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;

const defined = (options: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));

/** Which list a field names an entry of, by its name: the form then offers that list's entries. */
type Reference = { collection: string; file?: string; value: string; display: string[] };
const entryOf = (collection: string): Reference => ({ collection, value: '{{slug}}', display: ['{{slug}}'] });
const inList = (file: string, shown: string): Reference => {
  const value = `${LIST_KEY}.*.id`;
  return { collection: 'lists', file, value, display: [value, `${LIST_KEY}.*.${shown}`] };
};
const SOURCES = inList('sources', 'title');
const REFERENCES_BY_NAME: Record<string, Reference> = {
  source: SOURCES,
  sources: SOURCES,
  parent: entryOf('providers'),
  provider: entryOf('providers'),
  publishedBy: entryOf('providers'),
  alsoAt: entryOf('providers'),
  areas: inList('areas', 'name'),
  hotline: entryOf('services'),
  firstContacts: entryOf('services'),
};
/** A claim's sources (`statedIn.cost: brochure-2021`) name sources too. */
function referenceOf(path: readonly string[]): Reference | undefined {
  const name = path.at(-1)!;
  const isClaim = path.at(-2) === 'statedIn' && (CLAIMS as readonly string[]).includes(name);
  return REFERENCES_BY_NAME[name] ?? (isClaim ? SOURCES : undefined);
}

function relation({ collection, file, value, display }: Reference, multiple: boolean) {
  const shown = { value_field: value, display_fields: display, search_fields: display, dropdown_threshold: 0 };
  return { widget: 'relation', collection, ...defined({ file, multiple: multiple || undefined }), ...shown };
}

/** The form's field for one schema field; `path` is its place in the file, without list positions. */
function fieldFor(path: readonly string[], node: Json, optional: boolean, i18n?: boolean): EditorField {
  // The schema's advice doubles as the field's hint: "expected a date such as …" says "A date such as …".
  const advice = node.description?.replace(/^expected /, '').replace(/^./, (c) => c.toUpperCase());
  const field: EditorField = { name: path.at(-1)!, label: labelFor(path), widget: 'string' };
  // An optional field says so; a required one is required by default.
  Object.assign(field, defined({ hint: hintFor(path) ?? advice, required: optional ? false : undefined, i18n }));
  const ref = referenceOf(path);
  if (node.enum) return { ...field, widget: 'select', options: node.enum };
  // One entry of another list, or (a claim's sources) one or a list of them.
  if (ref && (node.type === 'string' || node.anyOf)) return { ...field, ...relation(ref, node.anyOf !== undefined) };
  if (node.type === 'string') return { ...field, ...textWidget(node, optional) };
  if (node.type === 'boolean') return { ...field, widget: 'boolean', required: false };
  if (node.type === 'integer' || node.type === 'number') return { ...field, ...numberWidget(node) };
  if (node.type === 'array') return listField(field, path, node, i18n);
  if (node.type === 'object') return objectField(field, path, node, optional, i18n);
  return field;
}

/** Texts longer than this get a text area rather than a line. */
const LONG_TEXT = 200;

/** A date, a line or a text area, held to the schema's pattern (in the checker's words) and length. */
function textWidget({ format, pattern, maxLength, errorMessage }: Json, optional: boolean) {
  if (format === 'date') return { widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
  const message = errorMessage ?? `expected text of the form ${pattern}`;
  // An empty optional field is no value at all: the form must not hold it to the pattern.
  const checked = pattern ? [optional ? `^$|${pattern}` : pattern, message] : undefined;
  return defined({ widget: (maxLength ?? 0) > LONG_TEXT ? 'text' : 'string', pattern: checked, maxlength: maxLength });
}

/** A bound moved by `step`. Zod bounds any whole number by the safe integers: no bound a form needs. */
const bound = (value: number | undefined, step: number) =>
  value === undefined || Math.abs(value) >= Number.MAX_SAFE_INTEGER ? undefined : value + step;

function numberWidget(node: Json) {
  const int = node.type === 'integer';
  // A whole number above 0 (`positive()`) starts at 1.
  const min = bound(node.minimum, 0) ?? bound(node.exclusiveMinimum, int ? 1 : 0);
  const max = bound(node.maximum, 0) ?? bound(node.exclusiveMaximum, int ? -1 : 0);
  return defined({ widget: 'number', value_type: int ? 'int' : 'float', min, max });
}

/** A list: of allowed values, of entries of another list, of groups of fields, or of single values. */
function listField(field: EditorField, path: readonly string[], list: Json, i18n?: boolean): EditorField {
  const items = list.items ?? {};
  const range = defined({ min: list.minItems || undefined, max: list.maxItems || undefined });
  const ref = referenceOf(path);
  if (items.enum) return { ...field, widget: 'select', multiple: true, options: items.enum, ...range };
  if (ref) return { ...field, ...relation(ref, true), ...range };
  if (items.properties) {
    const fields = fieldsIn(items, path, i18n);
    return { ...field, widget: 'list', collapsed: false, summary: `{{fields.${fields[0]!.name}}}`, fields, ...range };
  }
  // An empty item is left out when the file is written (src/editor/formats.ts), so the form need not insist.
  const item = { ...fieldFor([...path, 'item'], items, false, i18n), label: field.label, required: false };
  return { ...field, widget: 'list', field: item, ...range };
}

/** A group of fields; a text in other languages, by language tag; or texts by name (a step's points). */
function objectField(field: EditorField, path: readonly string[], node: Json, optional: boolean, i18n?: boolean) {
  const fields = node.properties && fieldsIn(node, path, i18n);
  if (fields) return { ...field, widget: 'object', collapsed: optional, fields };
  const keys = new RegExp(node.propertyNames?.pattern ?? '^$');
  if (!WRITTEN_LOCALES.every((tag) => keys.test(tag))) return { ...field, widget: 'keyvalue' };
  // A source's titleIn, an area's labelIn: one line per written language.
  const label = (tag: string) => `${localeConfig(tag).endonym} (${tag})`;
  const lines = WRITTEN_LOCALES.map((tag) => ({ name: tag, label: label(tag), widget: 'string', required: false }));
  return { ...field, widget: 'object', collapsed: true, required: false, fields: lines };
}

/** The fields of an object, in the schema's order: a field the schema does not require is not required. */
function fieldsIn(node: Json, path: readonly string[], i18n?: boolean): EditorField[] {
  const required = new Set(node.required);
  const fieldOf = ([name, child]: [string, Json]) => fieldFor([...path, name], child, !required.has(name), i18n);
  return Object.entries(node.properties ?? {}).map(fieldOf);
}

/** A schema's fields; with `i18n`, translatable fields of a text (each language its own value). */
export const fieldsOf = (schema: z.ZodType, { i18n }: { i18n?: boolean } = {}) =>
  fieldsIn(jsonSchemaOf(schema), [], i18n);

/** The yes/no fields a file may leave out, by name, for the file formats (src/editor/formats.ts: optionalFlags). */
export function optionalFlags(): string[] {
  const flags = { optional: new Set<string>(), required: new Set<string>() };
  const visit = (node: Json): void => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      if (child.type === 'boolean') flags[node.required?.includes(name) ? 'required' : 'optional'].add(name);
      visit(child.items ?? child);
    }
  };
  // Every schema of the facts, a new one included, and the texts'.
  const schemas = [...Object.values(facts), textSchema].filter((schema) => schema instanceof z.ZodType);
  for (const schema of schemas) visit(jsonSchemaOf(schema));
  const both = [...flags.optional].filter((name) => flags.required.has(name));
  if (both.length > 0) {
    const rename = 'Rename one (src/editor/formats.ts tells them apart by name).';
    throw new Error(`A yes/no field is required in one schema and optional in another: ${both.join(', ')}. ${rename}`);
  }
  return [...flags.optional].sort();
}
