/**
 * The content checker: reads every file of `content/` once, checks it against its schema and the
 * rules that span files, and reports every problem of the run at once with its file, line and
 * field. What it read is the register's input: the model is built from it (src/model/load.ts),
 * so the build reads and parses the content once.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { areaSchema, emergencyNumberSchema, providerSchema, registerSettingsSchema, serviceSchema, sourceSchema } from '../schemas/facts.ts';
import { textSchema } from '../schemas/text.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { stepSchema } from '../schemas/steps.ts';
import { ENTRY_ID } from '../schemas/common.ts';
import { SOURCE_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import type { Located, RegisterInput } from '../content/input.ts';
import { FACT_FILES, glossaryFile, TEXT_KINDS, type TextKind } from '../content/layout.ts';
import { listFiles, parseYaml, splitFrontMatter, type ParsedYaml } from '../content/read.ts';
import { glossaryMatchers, glossaryProblems } from './glossary.ts';
import { checkMdx } from './mdx.ts';
import type { Problem } from './problem.ts';
import { findIntegrityProblems, type PresentFiles } from './rules.ts';
import { scriptProblems } from './script.ts';
import { parseField, validate } from './validate.ts';

export interface ContentCheckResult {
  problems: Problem[];
  input: RegisterInput;
}

/** Read and check every content file under `root/content`. */
export async function checkContent(root: string): Promise<ContentCheckResult> {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const contentDir = join(root, 'content');
  const input: RegisterInput = {
    providers: [],
    services: [],
    texts: [],
    sources: [],
    areas: [],
    emergencyNumbers: [],
    settings: { id: 'settings', file: FACT_FILES.settings, data: { hotline: '', firstContacts: [] } },
    steps: [],
    glossaries: {},
  };
  const lineFinders = new Map<string, ParsedYaml['lineOf']>();
  const present: PresentFiles = { providers: new Set(), services: new Set(), texts: new Set() };

  const yaml = (text: string, file: string, lineOffset = 0): ParsedYaml | undefined => {
    const parsed = parseYaml(text, lineOffset);
    if ('errors' in parsed) {
      for (const error of parsed.errors) {
        problems.push({
          file,
          line: error.line,
          message: `this is not valid YAML (${error.message}). Check the indentation and that a text with a colon is in quotes, such as name: "ASTRA: SOS line"`,
        });
      }
      return undefined;
    }
    lineFinders.set(file, parsed.lineOf);
    return parsed;
  };

  const entryFiles = async <S extends z.ZodType>(folder: 'providers' | 'services', schema: S, into: Located<z.output<S>>[]) => {
    for (const path of await listFiles(join(contentDir, folder), /\.(ya?ml|json|md)$/)) {
      const file = rel(path);
      const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
      if (!path.endsWith('.yaml')) {
        problems.push({ file, message: `facts files are YAML with the extension .yaml: rename it to ${id}.yaml` });
        continue;
      }
      if (!ENTRY_ID.test(id)) {
        problems.push({ file, message: `the file name is the entry's id: use lower-case letters, digits and hyphens, such as "astra-sos-line.yaml"` });
        continue;
      }
      present[folder].add(id);
      const text = await readFile(path, 'utf8');
      // Street names and localities are written in Serbian Cyrillic and transliterated for Latin pages.
      problems.push(...scriptProblems(file, text, SOURCE_LOCALE, { quotes: false }));
      const parsed = yaml(text, file);
      if (!parsed) continue;
      const { data, problems: found } = validate(schema, parsed.value ?? {}, file, parsed.lineOf);
      problems.push(...found);
      if (data) into.push({ id, file, data });
    }
  };

  const listFile = async <S extends z.ZodType>(
    file: string,
    schema: S,
    idOf: (item: z.output<S>) => string,
    /** What to say when the file is missing; null: the file is optional. */
    missing: string | null = 'this file is missing: the register needs it',
    /** A file written in one language (a glossary); the data files hold several. */
    language?: string,
  ) => {
    const items: Located<z.output<S>>[] = [];
    let text: string;
    try {
      text = await readFile(join(root, file), 'utf8');
    } catch {
      if (missing) problems.push({ file, message: missing });
      return items;
    }
    problems.push(...scriptProblems(file, text, language ?? SOURCE_LOCALE, { quotes: language !== undefined }));
    const parsed = yaml(text, file);
    if (!parsed) return items;
    if (!Array.isArray(parsed.value)) {
      problems.push({ file, message: 'expected a list of entries, each starting with "- "' });
      return items;
    }
    const seen = new Set<string>();
    parsed.value.forEach((item, i) => {
      const { data, problems: found } = validate(schema, item, file, parsed.lineOf, [i]);
      problems.push(...found);
      if (!data) return;
      const id = idOf(data);
      if (seen.has(id)) problems.push({ file, line: parsed.lineOf([i]), field: `[${i}]`, found: id, message: 'this is listed twice in the file: keep one' });
      seen.add(id);
      items.push({ id, file, data });
    });
    return items;
  };

  await entryFiles('providers', providerSchema, input.providers);
  await entryFiles('services', serviceSchema, input.services);
  input.sources = await listFile(FACT_FILES.sources, sourceSchema, (s) => s.id);
  input.areas = await listFile(FACT_FILES.areas, areaSchema, (a) => a.id);
  input.emergencyNumbers = await listFile(FACT_FILES.emergencyNumbers, emergencyNumberSchema, (n) => n.id);
  // The way through help step by step is optional: without it, there is no step-by-step page.
  input.steps = await listFile(FACT_FILES.steps, stepSchema, (s) => s.id, null);
  const settings = await readFile(join(root, FACT_FILES.settings), 'utf8').catch(() => undefined);
  const parsedSettings = settings === undefined ? undefined : yaml(settings, FACT_FILES.settings);
  if (settings === undefined)
    problems.push({
      file: FACT_FILES.settings,
      message: 'this file is missing: it names the hotline every home page shows (hotline:) and the services a person is sent to first (firstContacts:)',
    });
  else if (parsedSettings) {
    const { data, problems: found } = validate(registerSettingsSchema, parsedSettings.value ?? {}, FACT_FILES.settings, parsedSettings.lineOf);
    problems.push(...found);
    if (data) input.settings.data = data;
  }
  for (const locale of WRITTEN_LOCALES) {
    const file = glossaryFile(locale);
    const terms = await listFile(
      file,
      glossaryTermSchema,
      (t) => t.concept,
      `every written language has a glossary of its key terms: add ${file} (see the other languages' glossaries)`,
      locale,
    );
    input.glossaries[locale] = terms.map((t) => t.data);
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
    const text = splitFrontMatter(source);
    if (!text) {
      problems.push({ file, line: 1, message: 'a text starts with front matter between two "---" lines, holding at least "name:" and "summary:"' });
      continue;
    }
    problems.push(...scriptProblems(file, source, locale));
    if (matchers[locale]) problems.push(...glossaryProblems(file, source, matchers[locale], glossaryFile(locale)));
    problems.push(...checkMdx(file, text.body, text.bodyLine));
    const parsed = yaml(text.frontMatter, file, 1);
    if (!parsed) continue;
    const { data, problems: found } = validate(textSchema, parsed.value ?? {}, file, parsed.lineOf);
    problems.push(...found);
    if (data) input.texts.push({ id: `${locale}/${kind}/${entryId}`, file, data, locale, kind: kind as TextKind, entryId, body: text.body });
  }

  for (const problem of findIntegrityProblems(input, present)) {
    const lineOf = lineFinders.get(problem.file);
    problems.push(problem.field && lineOf && problem.line === undefined ? { ...problem, line: lineOf(parseField(problem.field)) } : problem);
  }
  return { problems, input };
}
