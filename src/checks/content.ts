/**
 * The content checker: reads every file of `content/`, checks it against its schema and the
 * cross-file rules, and reports every problem of the run at once with its file, line and field.
 * It runs before Astro reads the collections (src/integrations/content-check.ts) and in
 * `npm run check`, so that nothing broken is published and the maintainer learns all that is
 * wrong in one go.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { areaSchema, emergencyNumberSchema, providerSchema, serviceSchema, sourceSchema } from '../schemas/facts.ts';
import { textSchema } from '../schemas/text.ts';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { WRITTEN_LOCALES } from '../i18n/locales.ts';
import { glossaryMatchers, glossaryProblems } from './glossary.ts';
import { TEXT_KINDS, type Located, type RegisterInput, type TextInput, type TextKind } from '../model/input.ts';
import { ENTRY_ID } from '../schemas/common.ts';
import { findIntegrityProblems } from './integrity.ts';
import { checkMdx } from './mdx.ts';
import { formatField, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { scriptProblems } from './script.ts';

export interface ContentCheckResult {
  problems: Problem[];
  input: RegisterInput;
}

interface ParsedYaml {
  value: unknown;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Parse YAML, keeping a way back from a field path to its line. */
function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      problems.push({
        file,
        line: line ? line + lineOffset : undefined,
        message: `this is not valid YAML (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}). Check the indentation and that a text with a colon is in quotes, such as name: "ASTRA: SOS line"`,
      });
    }
    return undefined;
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    // Walk to the deepest node that exists, so that a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      const pair = depth > 0 ? findKeyNode(doc, path.slice(0, depth)) : undefined;
      const offset = pair ?? node?.range?.[0];
      if (offset !== undefined) return lineCounter.linePos(offset).line + lineOffset;
    }
    return undefined;
  };
  return { value: doc.toJS(), lineOf };
}

/** The offset of the key of a mapping entry, so that a message points at "phone:", not its value. */
function findKeyNode(doc: Document, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const item = parent.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === last);
    return (item?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
  }
  if (isSeq(parent) && typeof last === 'number') {
    return (parent.items[last] as { range?: [number, number, number] } | undefined)?.range?.[0];
  }
  return undefined;
}

/** Known field names at a path of a schema, to suggest the right one for a misspelt field. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { _zod?: { def: Record<string, unknown> } };
    for (let i = 0; i < 10 && node?._zod; i++) {
      const def = node._zod.def;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') node = def.innerType as typeof node;
      else if (def.type === 'pipe') node = (def.out as typeof node)._zod?.def.type === 'transform' ? (def.in as typeof node) : (def.out as typeof node);
      else break;
    }
    return node;
  };
  for (const key of path) {
    const node = unwrap(current) as { _zod: { def: { type: string; shape?: Record<string, unknown>; element?: unknown } } };
    if (typeof key === 'number' && node._zod.def.type === 'array') current = node._zod.def.element;
    else if (node._zod.def.type === 'object' && node._zod.def.shape) current = node._zod.def.shape[String(key)];
    else return [];
  }
  const node = unwrap(current) as { _zod?: { def: { type: string; shape?: Record<string, unknown> } } };
  return node?._zod?.def.type === 'object' && node._zod.def.shape ? Object.keys(node._zod.def.shape) : [];
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Check a value against a schema; turn each issue into a problem a maintainer can act on. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  lineOf: ParsedYaml['lineOf'] = () => undefined,
  pathPrefix: PropertyKey[] = [],
): { data?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = [...pathPrefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const hint = didYouMean(key, known);
        problems.push({
          file,
          line: lineOf([...path, key]),
          field: formatField([...path, key]),
          message: `this field is not part of the register: ${hint}Known fields here: ${known.join(', ')}`,
        });
      }
      continue;
    }
    const found = valueAt(value, issue.path);
    const missing = found === undefined;
    problems.push({
      file,
      line: lineOf(path),
      field: formatField(path) || undefined,
      ...(missing ? {} : { found }),
      message: missing ? `missing: ${issue.message}` : issue.message,
    });
  }
  return { problems };
}

/** "phones[0].number" → ["phones", 0, "number"] */
function parseField(field: string): PropertyKey[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && pattern.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Read and check every content file under `root/content`. */
export async function checkContent(root: string): Promise<ContentCheckResult> {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const contentDir = join(root, 'content');
  const input: RegisterInput = { providers: [], services: [], texts: [], sources: [], areas: [], emergencyNumbers: [], glossaries: {} };

  const lineFinders = new Map<string, ParsedYaml['lineOf']>();
  const present = { providers: new Set<string>(), services: new Set<string>(), texts: new Set<string>() };
  const entryFiles = async <S extends z.ZodType>(folder: 'providers' | 'services', schema: S, into: Located<z.output<S>>[]) => {
    for (const path of await listFiles(join(contentDir, folder), /\.(ya?ml|json|md)$/)) {
      const file = rel(path);
      const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
      if (!/\.yaml$/.test(path)) {
        problems.push({ file, message: `facts files are YAML with the extension .yaml: rename it to ${id}.yaml` });
        continue;
      }
      if (!ENTRY_ID.test(id)) {
        problems.push({ file, message: `the file name is the entry's id: use lower-case letters, digits and hyphens, such as "astra-sos-line.yaml"` });
        continue;
      }
      present[folder].add(id);
      const parsed = parseYaml(await readFile(path, 'utf8'), file, 0, problems);
      if (!parsed) continue;
      lineFinders.set(file, parsed.lineOf);
      const { data, problems: found } = validate(schema, parsed.value ?? {}, file, parsed.lineOf);
      problems.push(...found);
      if (data) into.push({ id, file, data });
    }
  };

  const listFile = async <S extends z.ZodType>(name: string, schema: S, into: Located<z.output<S>>[]) => {
    const path = join(contentDir, name);
    const file = rel(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      problems.push({ file, message: 'this file is missing: the register needs it' });
      return;
    }
    const parsed = parseYaml(text, file, 0, problems);
    if (!parsed) return;
    if (!Array.isArray(parsed.value)) {
      problems.push({ file, message: 'expected a list of entries, each starting with "- id: ..."' });
      return;
    }
    const seen = new Set<string>();
    parsed.value.forEach((item, i) => {
      const { data, problems: found } = validate(schema, item, file, parsed.lineOf, [i]);
      problems.push(...found);
      if (!data) return;
      const id = (data as unknown as { id: string }).id;
      if (seen.has(id)) problems.push({ file, line: parsed.lineOf([i, 'id']), field: `[${i}].id`, found: id, message: 'this id is used twice in the file: ids must be unique' });
      seen.add(id);
      into.push({ id, file, data });
    });
  };

  await entryFiles('providers', providerSchema, input.providers);
  await entryFiles('services', serviceSchema, input.services);
  await listFile('sources.yaml', sourceSchema, input.sources);
  await listFile('areas.yaml', areaSchema, input.areas);
  await listFile('emergency-numbers.yaml', emergencyNumberSchema, input.emergencyNumbers);

  for (const locale of WRITTEN_LOCALES) {
    const file = `content/glossary/${locale}.yaml`;
    let text: string;
    try {
      text = await readFile(join(root, file), 'utf8');
    } catch {
      problems.push({ file, message: `every written language has a glossary of its key terms: add ${file} (see the other languages' glossaries)` });
      continue;
    }
    const parsed = parseYaml(text, file, 0, problems);
    if (!parsed) continue;
    const { data, problems: found } = validate(glossarySchema, parsed.value ?? [], file, parsed.lineOf);
    problems.push(...found);
    if (data) input.glossaries[locale] = data as GlossaryTerm[];
  }
  const matchers = Object.fromEntries(Object.entries(input.glossaries).map(([locale, terms]) => [locale, glossaryMatchers(terms)]));

  for (const path of await listFiles(join(contentDir, 'text'), /\.(mdx?|ya?ml)$/)) {
    const file = rel(path);
    const parts = file.split('/'); // content/text/<locale>/<kind>/<id>.mdx
    const [, , locale, kind, name] = parts;
    if (parts.length !== 5 || !locale || !kind || !name || !(TEXT_KINDS as readonly string[]).includes(kind)) {
      problems.push({ file, message: `texts live in content/text/<language>/{${TEXT_KINDS.join(',')}}/<id>.mdx: move the file there` });
      continue;
    }
    if (!name.endsWith('.mdx')) {
      problems.push({ file, message: `texts are MDX files: rename it to ${name.replace(/\.[^.]+$/, '')}.mdx` });
      continue;
    }
    const entryId = name.replace(/\.mdx$/, '');
    present.texts.add(`${locale}/${kind}/${entryId}`);
    const source = await readFile(path, 'utf8');
    const match = FRONT_MATTER.exec(source);
    if (!match) {
      problems.push({ file, line: 1, message: 'a text starts with front matter between two "---" lines, holding at least "name:" and "summary:"' });
      continue;
    }
    problems.push(...scriptProblems(file, source, locale));
    if (matchers[locale]) problems.push(...glossaryProblems(file, source, matchers[locale]));
    problems.push(...checkMdx(file, source.slice(match[0].length), match[0].split('\n').length));
    const parsed = parseYaml(match[1]!, file, 1, problems);
    if (!parsed) continue;
    const { data, problems: found } = validate(textSchema, parsed.value ?? {}, file, parsed.lineOf);
    problems.push(...found);
    if (data) {
      const text: TextInput = { id: `${locale}/${kind}/${entryId}`, file, data, locale, kind: kind as TextKind, entryId, body: source.slice(match[0].length) };
      input.texts.push(text);
    }
  }

  for (const problem of findIntegrityProblems(input, undefined, present)) {
    const lineOf = lineFinders.get(problem.file);
    problems.push(problem.field && lineOf && problem.line === undefined ? { ...problem, line: lineOf(parseField(problem.field)) } : problem);
  }
  return { problems, input };
}
