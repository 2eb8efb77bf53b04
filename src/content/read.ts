/**
 * Reading content files: YAML with a way back from a field to its line (so that a message can say
 * "line 8"), the front matter of a text, and listing a folder. No rules here: src/checks/ judges.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

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
    const errors = doc.errors.map(({ linePos, message }) => ({
      line: linePos?.[0]?.line ? linePos[0].line + lineOffset : undefined,
      // The file's line is the problem's own: yaml's "at line 3, column 5" would count from the front matter.
      message: message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    }));
    return { errors };
  }
  const alias = firstAlias(doc);
  if (alias !== undefined) {
    const line = lineCounter.linePos(alias).line + lineOffset;
    const message = 'an alias (*name) repeats a value marked elsewhere with &name';
    return { errors: [{ line, message, advice: 'Write the value out instead' }] };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    // As deep as the path exists, so that a missing field points at its nearest existing parent.
    let node: unknown = doc.contents;
    let offset = doc.contents?.range?.[0];
    for (const key of path) {
      const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      // A field points at its key ("phone:"), not its value; an item of a list at the item.
      const at = pair ? (pair.key as Node) : isSeq(node) ? (node.get(key, true) as Node | undefined) : undefined;
      if (!at) break;
      offset = at.range?.[0] ?? offset;
      node = pair ? pair.value : at;
    }
    // An empty document: what is missing is missing from its start.
    return (offset === undefined ? 1 : lineCounter.linePos(offset).line) + lineOffset;
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
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && pattern.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
