/**
 * Reading content files: YAML with a way back from a field to its line (so that a message can say
 * "line 8"), the front matter of a text, and listing a folder. No rules here: src/checks/ judges.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface ParsedYaml {
  value: unknown;
  /** The line of a field ("phones", 0, "number"), or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface YamlError {
  line?: number;
  message: string;
  /** How to fix it, when it is not a slip of indentation or quoting. */
  advice?: string;
}

/** The offset of the key of a mapping entry, so that a message points at "phone:", not its value. */
function keyOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
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

/**
 * The offset of the first alias (*name), which repeats the value of an anchor (&name). No file of the
 * register needs one, and a few nested ones expand to gigabytes: they are refused where they stand.
 */
function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Parse YAML; `lineOffset` is the number of file lines before `text` (a front matter's "---"). */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml | { errors: YamlError[] } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => {
        const line = error.linePos?.[0]?.line;
        return {
          line: line ? line + lineOffset : undefined,
          message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        };
      }),
    };
  }
  const alias = firstAlias(doc);
  if (alias !== undefined) {
    const line = lineCounter.linePos(alias).line + lineOffset;
    const message = 'an alias (*name) repeats a value marked elsewhere with &name';
    return { errors: [{ line, message, advice: 'Write the value out instead' }] };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    // Walk to the deepest node that exists, so that a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
        | { range?: [number, number, number] }
        | undefined;
      const offset = (depth > 0 ? keyOffset(doc, path.slice(0, depth)) : undefined) ?? node?.range?.[0];
      if (offset !== undefined) return lineCounter.linePos(offset).line + lineOffset;
    }
    // An empty document: what is missing is missing from its start.
    return 1 + lineOffset;
  };
  return { value: doc.toJS(), lineOf };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A text file's front matter and body, and the line of the file the body starts on. */
export function splitFrontMatter(source: string): { frontMatter: string; body: string; bodyLine: number } | undefined {
  const match = FRONT_MATTER.exec(source);
  if (!match) return undefined;
  return { frontMatter: match[1]!, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Files under `dir` whose name matches, sorted; none when the folder does not exist. */
export async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
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
