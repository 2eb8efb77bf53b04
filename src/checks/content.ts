/**
 * The content checker: reads every file of `content/` once, checks it against its schema and the
 * rules that span files, and reports all problems at once with file, line and field. What it read
 * is the register's input (src/model/load.ts builds on it): the build parses the content once.
 */
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  areaSchema,
  emergencyNumberSchema,
  providerSchema,
  registerSettingsSchema,
  serviceSchema,
  sourceSchema,
} from '../schemas/facts.ts';
import { textSchema } from '../schemas/text.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { stepSchema } from '../schemas/steps.ts';
import { ENTRY_ID } from '../schemas/common.ts';
import { SOURCE_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import type { Located, RegisterInput } from '../content/input.ts';
import { FACT_FILES, glossaryFile, TEXT_KINDS, type TextKind } from '../content/layout.ts';
import { readTextFile } from '../lib/text-file.ts';
import { listFiles, parseYaml, splitFrontMatter, type ParsedYaml } from '../content/read.ts';
import { glossaryMatchers, glossaryProblems } from './glossary.ts';
import { BODY_MAX_CHARS, checkMdx } from './mdx.ts';
import type { Problem } from './problem.ts';
import { findIntegrityProblems, type PresentFiles } from './rules.ts';
import { scriptProblems } from './script.ts';
import { parseField, validate } from './validate.ts';

const QUOTING_ADVICE =
  'Check the indentation and that a text with a colon is in quotes, such as name: "ASTRA: SOS line"';

/** One run of the checker: what it has read so far, and every problem found. */
interface Run {
  root: string;
  problems: Problem[];
  lineFinders: Map<string, ParsedYaml['lineOf']>;
  present: PresentFiles;
}

const relativeTo = (run: Run, path: string) => relative(run.root, path).split('\\').join('/');

/** The YAML of a file, or its syntax problems; its lines are kept for the cross-file rules. */
function yamlOf(run: Run, text: string, file: string, lineOffset = 0): ParsedYaml | undefined {
  const parsed = parseYaml(text, lineOffset);
  if ('errors' in parsed) {
    for (const error of parsed.errors) {
      const message = `this is not valid YAML (${error.message}). ${error.advice ?? QUOTING_ADVICE}`;
      run.problems.push({ file, line: error.line, message });
    }
    return undefined;
  }
  run.lineFinders.set(file, parsed.lineOf);
  return parsed;
}

/** A YAML document checked against its schema: its data, if it passed; its problems are the run's. */
function checkedYaml<S extends z.ZodType>(run: Run, schema: S, text: string, file: string, lineOffset = 0) {
  const parsed = yamlOf(run, text, file, lineOffset);
  const result = parsed && validate(schema, parsed.value ?? {}, file, parsed.lineOf);
  run.problems.push(...(result?.problems ?? []));
  return result?.data;
}

/** The id of an entry's facts file, from its name; a wrong name or extension is a problem. */
function entryIdOf(run: Run, path: string): string | undefined {
  const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const message = !path.endsWith('.yaml')
    ? `facts files are YAML with the extension .yaml: rename it to ${id}.yaml`
    : !ENTRY_ID.test(id)
      ? 'the file name is the entry\'s id: use lower-case letters, digits and hyphens, such as "astra-sos-line.yaml"'
      : undefined;
  if (message) run.problems.push({ file: relativeTo(run, path), message });
  return message ? undefined : id;
}

/** Every provider's or service's facts file, one entry each. */
async function readEntries<S extends z.ZodType>(run: Run, folder: 'providers' | 'services', schema: S) {
  const entries: Located<z.output<S>>[] = [];
  for (const path of await listFiles(join(run.root, 'content', folder), /\.(ya?ml|json|md)$/)) {
    const id = entryIdOf(run, path);
    if (!id) continue;
    const file = relativeTo(run, path);
    run.present[folder].add(id);
    const text = await readTextFile(path);
    // Street names and localities are written in Serbian Cyrillic and transliterated for Latin pages.
    run.problems.push(...scriptProblems(file, text, SOURCE_LOCALE, { quotes: false }));
    const data = checkedYaml(run, schema, text, file);
    if (data) entries.push({ id, file, data });
  }
  return entries;
}

/**
 * A file that holds a list (sources, areas, a glossary): each item checked, none listed twice.
 * `missing` says what to do when the file is missing (null: it is optional); a glossary is written
 * in one `language`, the data files in several.
 */
async function readList<S extends z.ZodType>(
  run: Run,
  file: string,
  schema: S,
  idOf: (item: z.output<S>) => string,
  missing: string | null = 'this file is missing: the register needs it',
  language?: string,
) {
  const items: Located<z.output<S>>[] = [];
  const text = await readData(run, file, missing);
  if (text === undefined) return items;
  run.problems.push(...scriptProblems(file, text, language ?? SOURCE_LOCALE, { quotes: language !== undefined }));
  const parsed = yamlOf(run, text, file);
  if (!parsed) return items;
  if (!Array.isArray(parsed.value)) {
    const message = 'expected a list of entries, each starting with "- "';
    run.problems.push({ file, line: parsed.lineOf([]), message });
    return items;
  }
  const seen = new Set<string>();
  parsed.value.forEach((item, i) => {
    const { data, problems } = validate(schema, item, file, parsed.lineOf, [i]);
    run.problems.push(...problems);
    if (!data) return;
    const id = idOf(data);
    const message = 'this is listed twice in the file: keep one';
    if (seen.has(id)) run.problems.push({ file, line: parsed.lineOf([i]), field: `[${i}]`, found: id, message });
    seen.add(id);
    items.push({ id, file, data });
  });
  return items;
}

/** A data file's text; a missing one is a problem, with what to do, unless it is optional (null). */
async function readData(run: Run, file: string, missing: string | null): Promise<string | undefined> {
  const text = await readTextFile(join(run.root, file)).catch(() => undefined);
  if (text === undefined && missing) run.problems.push({ file, message: missing });
  return text;
}

/** The register's choices: the hotline every home page shows and where a person is sent first. */
async function readSettings(run: Run): Promise<RegisterInput['settings']> {
  const file = FACT_FILES.settings;
  const missing =
    'this file is missing: it names the hotline every home page shows (hotline:) ' +
    'and the services a person is sent to first (firstContacts:)';
  const text = await readData(run, file, missing);
  const data = text === undefined ? undefined : checkedYaml(run, registerSettingsSchema, text, file);
  return { id: 'settings', file, data: data ?? { hotline: '', firstContacts: [] } };
}

async function readGlossaries(run: Run): Promise<RegisterInput['glossaries']> {
  const glossaries: RegisterInput['glossaries'] = {};
  for (const locale of WRITTEN_LOCALES) {
    const file = glossaryFile(locale);
    const see = "(see the other languages' glossaries)";
    const missing = `every written language has a glossary of its key terms: add ${file} ${see}`;
    const terms = await readList(run, file, glossaryTermSchema, (t) => t.concept, missing, locale);
    glossaries[locale] = terms.map((t) => t.data);
  }
  return glossaries;
}

/** Where a text file is, checked: content/text/<locale>/<kind>/<id>.mdx. */
function textPlace(run: Run, file: string): { locale: string; kind: TextKind; entryId: string } | undefined {
  const parts = file.split('/');
  const [, , locale = '', kind = '', name = ''] = parts;
  const message =
    parts.length !== 5 || !locale || !name || !(TEXT_KINDS as readonly string[]).includes(kind)
      ? `texts live in content/text/<language>/{${TEXT_KINDS.join(',')}}/<id>.mdx: move the file there`
      : !name.endsWith('.mdx')
        ? `texts are MDX files: rename it to ${name.replace(/\.[^.]+$/, '')}.mdx`
        : undefined;
  if (message) run.problems.push({ file, message });
  return message ? undefined : { locale, kind: kind as TextKind, entryId: name.replace(/\.mdx$/, '') };
}

/** One text: its place, its body's safety and length, its words, and its front matter. */
async function readText(run: Run, path: string, matchers: Record<string, ReturnType<typeof glossaryMatchers>>) {
  const file = relativeTo(run, path);
  const place = textPlace(run, file);
  if (!place) return;
  const { locale, kind, entryId } = place;
  run.present.texts.add(`${locale}/${kind}/${entryId}`);
  const source = await readTextFile(path);
  const text = splitFrontMatter(source);
  if (!text) {
    const message = 'a text starts with front matter between two "---" lines, holding at least "name:" and "summary:"';
    run.problems.push({ file, line: 1, message });
    return;
  }
  run.problems.push(...checkMdx(file, text.body, text.bodyLine));
  // Megabytes pasted by mistake would give a problem per word: the length is the one to fix first.
  if (text.body.length <= BODY_MAX_CHARS) {
    run.problems.push(...scriptProblems(file, source, locale));
    if (matchers[locale]) run.problems.push(...glossaryProblems(file, source, matchers[locale], glossaryFile(locale)));
  }
  const data = checkedYaml(run, textSchema, text.frontMatter, file, 1);
  return data && { id: `${locale}/${kind}/${entryId}`, file, data, locale, kind, entryId, body: text.body };
}

/** The rules that span files, each problem at its field's line (or the file's first). */
function checkAcrossFiles(run: Run, input: RegisterInput): void {
  for (const problem of findIntegrityProblems(input, run.present)) {
    const lineOf = run.lineFinders.get(problem.file);
    // A problem of a whole file (a text with no entry) points at its first line, where an editor opens it.
    const line = problem.line ?? (problem.field && lineOf ? lineOf(parseField(problem.field)) : 1);
    run.problems.push({ ...problem, line });
  }
}

/** Read and check every content file under `root/content`. */
export async function checkContent(root: string): Promise<{ problems: Problem[]; input: RegisterInput }> {
  const present: PresentFiles = { providers: new Set(), services: new Set(), texts: new Set() };
  const run: Run = { root, problems: [], lineFinders: new Map(), present };
  const input: RegisterInput = {
    providers: await readEntries(run, 'providers', providerSchema),
    services: await readEntries(run, 'services', serviceSchema),
    sources: await readList(run, FACT_FILES.sources, sourceSchema, (s) => s.id),
    areas: await readList(run, FACT_FILES.areas, areaSchema, (a) => a.id),
    emergencyNumbers: await readList(run, FACT_FILES.emergencyNumbers, emergencyNumberSchema, (n) => n.id),
    // The way through help step by step is optional: without it, there is no step-by-step page.
    steps: await readList(run, FACT_FILES.steps, stepSchema, (s) => s.id, null),
    settings: await readSettings(run),
    glossaries: await readGlossaries(run),
    texts: [],
  };
  const matchers = Object.fromEntries(
    Object.entries(input.glossaries).map(([locale, terms]) => [locale, glossaryMatchers(terms)]),
  );
  for (const path of await listFiles(join(root, 'content', 'text'), /\.(mdx?|ya?ml)$/)) {
    const text = await readText(run, path, matchers);
    if (text) input.texts.push(text);
  }
  checkAcrossFiles(run, input);
  return { problems: run.problems, input };
}
