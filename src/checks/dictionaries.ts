/**
 * Checks the UI dictionaries: one per written language, each with exactly the keys of the source
 * language's (a missing or extra key is reported with the key and the file), no empty text, the
 * language's own letters and glossary, and the same {placeholders} as the source language's text.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { glossaryFile } from '../content/layout.ts';
import { readTextFile } from '../lib/text-file.ts';
import { dictionaryFile } from '../i18n/dictionaries.ts';
import { SOURCE_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { glossaryMatchers, glossaryProblems } from './glossary.ts';
import type { Problem } from './problem.ts';
import { scriptProblems } from './script.ts';

const DIR = dirname(dictionaryFile(SOURCE_LOCALE));

/** Placeholders such as {date} in a UI string. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

type Read = Extract<Awaited<ReturnType<typeof readDictionary>>, { dictionary: unknown }>;

/** A file in the dictionaries' folder that is no written language's. */
async function strayFiles(root: string): Promise<Problem[]> {
  const present = (await readdir(join(root, DIR)).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
  const written = WRITTEN_LOCALES as readonly string[];
  return present
    .map((name) => name.replace(/\.json$/, ''))
    .filter((tag) => !written.includes(tag))
    .map((tag) => ({
      file: `${DIR}/${tag}.json`,
      message:
        `"${tag}" is not a written language of the register (${WRITTEN_LOCALES.join(', ')}): ` +
        'add its profile to src/i18n/languages.yaml, or remove the file',
    }));
}

/** One language's dictionary, or the problem that stops it being read. */
async function readDictionary(root: string, tag: string) {
  const file = dictionaryFile(tag);
  try {
    const raw = await readTextFile(resolve(root, file));
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return { file, message: 'expected one JSON object of "key": "text" pairs' };
    return { tag, file, raw, dictionary: parsed as Record<string, unknown> };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      file,
      message: missing
        ? `the language "${tag}" has no UI dictionary: ` +
          `copy ${dictionaryFile(SOURCE_LOCALE)} to ${file} and translate every text`
        : `this is not valid JSON (${(error as Error).message}): check for a missing comma or quote`,
    };
  }
}

/** Letters of another alphabet, and words the language's glossary avoids, at their keys' lines. */
function wordingProblems({ tag, file, raw, dictionary }: Read, glossary: GlossaryTerm[] | undefined): Problem[] {
  // The key each line of the file starts, so that a problem names the key and its line.
  const keys = raw.split('\n').map((line) => /^\s*"([^"]+)":/.exec(line)?.[1]);
  const lineOf = (key: string) => keys.lastIndexOf(key) + 1 || undefined;
  const script = Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string'
      ? scriptProblems(file, value, tag).map((p) => ({ ...p, line: lineOf(key), field: key }))
      : [],
  );
  const keyOfLine = (line: number) => keys[line - 1];
  const words = glossary ? glossaryProblems(file, raw, glossaryMatchers(glossary), glossaryFile(tag), keyOfLine) : [];
  return [...script, ...words];
}

/** Every key of the source language's, with a text and its placeholders; no other key. */
function* keyProblems({ file, dictionary }: Read, source: Record<string, unknown>): Generator<Problem> {
  const sourceFile = dictionaryFile(SOURCE_LOCALE);
  for (const [field, text] of Object.entries(source)) {
    const value = dictionary[field];
    const kept = typeof text === 'string' ? placeholders(text) : [];
    if (value === undefined) {
      const message = `missing: add this key with its text in this language (see ${sourceFile} for the source text)`;
      yield { file, field, message };
    } else if (typeof value !== 'string' || value.trim() === '')
      yield { file, field, found: value, message: 'expected the text in this language, not empty' };
    else if (typeof text === 'string' && kept.join() !== placeholders(value).join()) {
      const expected = kept.length > 0 ? `{${kept.join('}, {')}}` : 'none';
      const message = `the text must keep the placeholders of the source text (${expected})`;
      yield { file, field, found: value, message: `${message}: they are filled in on the page` };
    }
  }
  for (const field of Object.keys(dictionary).filter((k) => !(k in source))) {
    const message = `this key is not in the source language's dictionary (${sourceFile})`;
    yield { file, field, message: `${message}: remove it, or add it there first` };
  }
}

export async function checkDictionaries(root: string, glossaries: Record<string, GlossaryTerm[]> = {}) {
  const read = await Promise.all(WRITTEN_LOCALES.map((tag) => readDictionary(root, tag)));
  const dictionaries = read.filter((r): r is Read => 'dictionary' in r);
  const source = dictionaries.find((d) => d.tag === SOURCE_LOCALE)?.dictionary;
  return [
    ...(await strayFiles(root)),
    ...read.filter((r): r is Problem => !('dictionary' in r)),
    ...dictionaries.flatMap((d) => [
      ...wordingProblems(d, glossaries[d.tag]),
      ...(source ? keyProblems(d, source) : []),
    ]),
  ];
}
