/**
 * Checks the UI dictionaries: one per written language, each with exactly the schema's keys
 * (a missing or extra key is reported with the key and the file), no empty text, and the same
 * {placeholders} as the source language's text for that key.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { dictionaryFile } from '../i18n/dictionaries.ts';
import { SOURCE_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import { UI_KEYS, placeholders } from '../schemas/ui.ts';
import type { Problem } from './problem.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { glossaryMatchers, glossaryProblems } from './glossary.ts';
import { glossaryFile } from '../content/layout.ts';
import { scriptProblems } from './script.ts';

const DIR = dirname(dictionaryFile(SOURCE_LOCALE));
const fileOf = (tag: string) => dictionaryFile(tag);

export async function checkDictionaries(root: string, glossaries: Record<string, GlossaryTerm[]> = {}): Promise<Problem[]> {
  const problems: Problem[] = [];
  const known = new Set<string>(UI_KEYS);
  const dictionaries = new Map<string, Record<string, unknown>>();

  const present = (await readdir(join(root, DIR)).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
  for (const name of present) {
    const tag = name.replace(/\.json$/, '');
    if (!(WRITTEN_LOCALES as readonly string[]).includes(tag)) {
      problems.push({
        file: `${DIR}/${name}`,
        message: `"${tag}" is not a written language of the register (${WRITTEN_LOCALES.join(', ')}): add its profile to src/i18n/languages.yaml, or remove the file`,
      });
    }
  }

  for (const tag of WRITTEN_LOCALES) {
    const file = fileOf(tag);
    let parsed: unknown;
    let raw = '';
    try {
      raw = await readFile(resolve(root, file), 'utf8');
      parsed = JSON.parse(raw);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push({
        file,
        message: missing
          ? `the language "${tag}" has no UI dictionary: copy ${fileOf(SOURCE_LOCALE)} to ${file} and translate every text`
          : `this is not valid JSON (${(error as Error).message}): check for a missing comma or quote`,
      });
      continue;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push({ file, message: 'expected one JSON object of "key": "text" pairs' });
      continue;
    }
    const dictionary = parsed as Record<string, unknown>;
    dictionaries.set(tag, dictionary);
    const lineOfKey = new Map(raw.split('\n').map((line, i) => [/^\s*"([^"]+)":/.exec(line)?.[1], i + 1] as const));
    for (const [key, value] of Object.entries(dictionary)) {
      if (typeof value === 'string') problems.push(...scriptProblems(file, value, tag).map((p) => ({ ...p, line: lineOfKey.get(key), field: key })));
    }
    if (glossaries[tag]) {
      const lines = raw.split('\n');
      const keyOfLine = (line: number) => /^\s*"([^"]+)":/.exec(lines[line - 1] ?? '')?.[1];
      problems.push(...glossaryProblems(file, raw, glossaryMatchers(glossaries[tag]), glossaryFile(tag), keyOfLine));
    }
    for (const key of UI_KEYS) {
      const value = dictionary[key];
      if (value === undefined)
        problems.push({ file, field: key, message: `missing: add this key with its text in this language (see ${fileOf(SOURCE_LOCALE)} for the source text)` });
      else if (typeof value !== 'string' || value.trim() === '')
        problems.push({ file, field: key, found: value, message: 'expected the text in this language, not empty' });
    }
    for (const key of Object.keys(dictionary)) {
      if (!known.has(key))
        problems.push({ file, field: key, message: `this key is not used by the register: remove it, or add it to src/schemas/ui.ts if a page needs it` });
    }
  }

  const source = dictionaries.get(SOURCE_LOCALE);
  if (source) {
    for (const [tag, dictionary] of dictionaries) {
      if (tag === SOURCE_LOCALE) continue;
      for (const key of UI_KEYS) {
        const a = source[key];
        const b = dictionary[key];
        if (typeof a !== 'string' || typeof b !== 'string') continue;
        const expected = placeholders(a).join(', ');
        const found = placeholders(b).join(', ');
        if (expected !== found) {
          problems.push({
            file: fileOf(tag),
            field: key,
            found: b,
            message: `the text must keep the placeholders of the source text (${expected ? `{${placeholders(a).join('}, {')}}` : 'none'}): they are filled in on the page`,
          });
        }
      }
    }
  }
  return problems;
}
