/**
 * How the web editor (and `npm run verify`) reads and writes the register's files without touching what it
 * did not change. Written back naively, a form's values lose the file's comments, quotes and `[a, b]` lists,
 * and a one-digit fix of a phone number reviews as a rewrite of the file. So the saved values are laid over
 * the file as it was (the `yaml` Document API): only the lines of changed values are new. Pure (no Node, no
 * DOM): the editor's script (src/editor/browser.ts, a custom file format: `fromFile` on reading, `toFile` on
 * saving) and the command-line scripts share it.
 */
import { isScalar, isSeq, parse, parseDocument, visit, type Document, type ToStringOptions } from 'yaml';

/** The file as read, kept among an entry's values for `toFile` (the CMS hands back values no field shows). */
export const ORIGINAL_KEY = '_registerOriginalFile';

/** The CMS edits an object: a file that holds a list (content/sources.yaml, …) is this one field of it. */
export const LIST_KEY = 'entries';

/**
 * The editor's custom file formats. Sveltia CMS accepts a `.mdx` file only in a format whose name ends
 * in "frontmatter"; it hands a format the file trimmed, and writes what it returns trimmed, with one final line break.
 */
export const FORMATS = { facts: 'register-yaml', text: 'register-frontmatter' } as const;

/** Written as the register's files are: no folding of long lines, `[a, b]` without inner spaces. */
const YAML_OPTIONS: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

type Values = Record<string, unknown>;
type Path = (string | number)[];

/**
 * Yes/no fields a file may leave out (form.ts: optionalFlags): a form saves a missing yes/no as `false`,
 * which is not written where the file had nothing (a "no" that differs from nothing is written by hand).
 */
type FormatOptions = { optionalFlags?: readonly string[] };

const isPlainObject = (value: unknown): value is Values =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value a form leaves behind for "nothing": an empty text, list or group. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.values(value).every(isEmpty);
  return false;
}

/** Equal as the register reads them: texts are trimmed by the schemas, so a form's trimming is no change. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]) || (isEmpty(a[key]) && isEmpty(b[key])));
  }
  // A claim's sources may be one id or a list of them; a form that shows a list reads "x" as ["x"].
  if (Array.isArray(a) && a.length === 1 && !Array.isArray(b)) return same(a[0], b);
  if (Array.isArray(b) && b.length === 1 && !Array.isArray(a)) return same(a, b[0]);
  return a === b;
}

/** A new node for `value`: lists of plain values are written `[a, b]`, as the register writes them. */
function nodeFor(doc: Document, value: unknown) {
  const flow = Array.isArray(value) && value.every((v) => !isPlainObject(v) && !Array.isArray(v));
  return doc.createNode(value, { flow });
}

/** Whether the form's value stands for nothing: empty, or an untouched "no" of an optional yes/no. */
const isNothing = (path: Path, value: unknown, options: FormatOptions) =>
  isEmpty(value) || (value === false && options.optionalFlags?.includes(String(path.at(-1))) === true);

/** Lay `after` over the document where it differs from `before` (the document's values). */
function layOver(doc: Document, path: Path, before: unknown, value: unknown, options: FormatOptions): void {
  // A list's empty items (a line the form added and left blank) are not written.
  const after = Array.isArray(value) ? value.filter((v) => !isEmpty(v)) : value;
  if (same(before, after)) return;
  if (before === undefined && isNothing(path, after, options)) return;
  if (isEmpty(after)) {
    if (!isEmpty(before)) doc.deleteIn(path);
    return;
  }
  if (isEmpty(before) && path.length > 0) {
    doc.setIn(path, nodeFor(doc, after));
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    keys.delete(ORIGINAL_KEY);
    for (const key of keys) layOver(doc, [...path, key], before[key], after[key], options);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) layOver(doc, [...path, i], before[i], after[i], options);
    for (let i = before.length - 1; i >= after.length; i--) doc.deleteIn([...path, i]);
    const list = doc.getIn(path, true);
    if (isSeq(list)) for (const item of after.slice(common)) list.add(nodeFor(doc, item));
    return;
  }
  const node = doc.getIn(path, true);
  // A changed value keeps its line's style: a quoted number stays quoted.
  if (isScalar(node) && !isPlainObject(after) && !Array.isArray(after)) node.value = after;
  else doc.setIn(path, nodeFor(doc, after));
}

/** `text` (YAML) with `after`'s values laid over it: only the lines of changed values differ. */
export function patchYaml(text: string, after: unknown, options: FormatOptions = {}): string {
  const doc = parseDocument(text);
  const before: unknown = doc.toJS();
  layOver(doc, [], before, after, options);
  const written = doc.toString(YAML_OPTIONS);
  // Unchanged values: the file as it was, byte for byte.
  return same(parseDocument(written).toJS(), before) ? text : written;
}

/** Without the empty values a form leaves behind, which a file does not write. */
function withoutNothing(value: unknown, options: FormatOptions): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isEmpty(v)).map((v) => withoutNothing(v, options));
  if (!isPlainObject(value)) return value;
  const kept = Object.entries(value).map(([k, v]) => [k, withoutNothing(v, options)] as const);
  return Object.fromEntries(kept.filter(([k, v]) => !isNothing([k], v, options)));
}

/**
 * A new file's YAML, written as the register's files are: lists of plain values `[a, b]`, and for
 * facts `lastVerified` last (the form shows it first, as the most common correction).
 */
function newYaml(values: unknown, options: FormatOptions): string {
  let ordered = withoutNothing(values, options);
  if (isPlainObject(ordered) && 'lastVerified' in ordered) {
    const { lastVerified, ...rest } = ordered;
    ordered = { ...rest, lastVerified };
  }
  const doc = parseDocument('');
  doc.contents = doc.createNode(ordered) as typeof doc.contents;
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  return doc.toString(YAML_OPTIONS);
}

/** Facts (a YAML file): its values, with the file itself kept for `toFile`. */
export function factsFromFile(text: string): Values {
  const value: unknown = parse(text);
  const values = Array.isArray(value) ? { [LIST_KEY]: value } : isPlainObject(value) ? value : {};
  return { ...values, [ORIGINAL_KEY]: text };
}

/** Facts (a YAML file) from the form's values, changing only the lines of changed values. */
export function factsToFile(values: Values, options: FormatOptions = {}): string {
  const { [ORIGINAL_KEY]: original, ...rest } = values;
  // A file that holds a list was shown as one field (LIST_KEY); an object's file never has that key.
  const isList =
    typeof original === 'string'
      ? isSeq(parseDocument(original).contents)
      : Object.keys(rest).length === 1 && LIST_KEY in rest;
  const after = isList ? (rest[LIST_KEY] ?? []) : rest;
  return typeof original === 'string' ? patchYaml(original, after, options) : newYaml(after, options);
}

/** A text (MDX): the front matter's values and the body, with the file itself kept for `toFile`. */
export function textFromFile(text: string): Values {
  const match = FRONT_MATTER.exec(text);
  const frontMatter: unknown = match && parse(match[1]!);
  const body = match ? text.slice(match[0].length) : text;
  return { ...(isPlainObject(frontMatter) ? frontMatter : {}), body, [ORIGINAL_KEY]: text };
}

/** A text (MDX) from the form's values: the front matter laid over the file's, the body as written. */
export function textToFile(values: Values, options: FormatOptions = {}): string {
  const { [ORIGINAL_KEY]: original, body, ...frontMatter } = values;
  const newBody = typeof body === 'string' ? body : '';
  const match = typeof original === 'string' ? FRONT_MATTER.exec(original) : null;
  if (typeof original !== 'string' || !match)
    return `---\n${newYaml(frontMatter, options)}---\n${newBody.replace(/\s*$/, '\n')}`;
  const oldBody = original.slice(match[0].length);
  const head = patchYaml(`${match[1]}\n`, frontMatter, options);
  // A form may trim the body or its last line break: that is no change.
  const keptBody = same(oldBody, newBody) ? oldBody : newBody.replace(/\s*$/, '\n');
  if (head === `${match[1]}\n` && keptBody === oldBody) return original;
  const opening = /^---\r?\n/.exec(original)![0];
  return `${opening}${head}---\n${keptBody}`;
}
