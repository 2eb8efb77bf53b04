/**
 * Random edits of the fixture register, as a careless or hostile contributor might make them: lines
 * deleted, doubled or swapped, tabs, a byte-order mark, CRLF, raw bytes, a file cut short, unknown
 * fields, `<script>`, `{expressions}`, `import` lines, YAML aliases. Whatever is written, the checker
 * must answer with problems a maintainer can act on (each naming a file of the content and a line in
 * it), never crash, and whatever it accepts must build into a register.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content.ts';
import { formatProblems, type Problem } from '../../src/checks/problem.ts';
import { buildRegister } from '../../src/model/register.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

/** Fixed, so that CI runs the same edits every time; change it to explore other edits. */
const SEED = 20_261_201;
/** Random runs beside the examples; each checks the whole fixture register (about 50 ms). */
const RUNS = 60;

const HOSTILE_LINES = [
  '<script>alert(1)</script>',
  '{globalThis.process.exit(1)}',
  "import fs from 'node:fs'",
  'export const x = 1',
  '<iframe src="https://example.org"></iframe>',
  '[a link](javascript:alert(1))',
  'unknownField: value',
  '  - nested: [unclosed',
  // An anchor's value repeated through aliases: a few lines can expand to gigabytes.
  'bomb: {a: &a [x, x, x, x, x, x], b: &b [*a, *a, *a, *a, *a, *a], c: &c [*b, *b, *b, *b, *b, *b], d: [*c, *c, *c]}',
  '---',
  '"unterminated',
  '\t\ttabbed: in',
  '{',
  '}}}',
];

/** An edit of a file's lines; positions wrap round the file, so that any position fits any file. */
type LineEdit =
  | { kind: 'delete' | 'duplicate' | 'tab'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; line: string };
/** An edit of a file's bytes, which may leave it no valid UTF-8. */
type ByteEdit = { kind: 'truncate'; at: number } | { kind: 'bytes'; at: number; bytes: Uint8Array };
type Edit = LineEdit | ByteEdit | { kind: 'bom' } | { kind: 'crlf' };

const position = fc.nat({ max: 10_000 });
const insertedLine = fc.oneof(fc.constantFrom(...HOSTILE_LINES), fc.string());
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'tab', 'truncate'), at: position }),
  fc.record({ kind: fc.constant('swap'), at: position, with: position }),
  fc.record({ kind: fc.constant('insert'), at: position, line: insertedLine }),
  fc.record({ kind: fc.constant('bytes'), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constantFrom('bom' as const, 'crlf' as const) }),
) as fc.Arbitrary<Edit>;

/** Every hostile line at least once, where it is read as facts, as front matter and as a text's body. */
const EXAMPLES: [string, Edit[]][] = HOSTILE_LINES.flatMap((line) =>
  [
    ['content/providers/example-org.yaml', 3],
    ['content/text/en/services/example-service.mdx', 2],
    ['content/text/en/services/example-service.mdx', 9],
  ].map(([file, at]): [string, Edit[]] => [file as string, [{ kind: 'insert', at: at as number, line }]]),
);

/** The value after "key:" of a YAML line, so that two lines can trade values. */
const VALUE = /^(\s*(?:- )?[\w-]+:\s*)(.*)$/;

function swapValues(lines: string[], a: number, b: number): void {
  const [first, second] = [VALUE.exec(lines[a]!), VALUE.exec(lines[b]!)];
  if (first && second) [lines[a], lines[b]] = [`${first[1]}${second[2]}`, `${second[1]}${first[2]}`];
  else [lines[a], lines[b]] = [lines[b]!, lines[a]!];
}

function editLines(text: string, edit: LineEdit): string {
  const lines = text.split('\n');
  const at = edit.at % lines.length;
  if (edit.kind === 'swap') swapValues(lines, at, edit.with % lines.length);
  else if (edit.kind === 'insert') lines.splice(at, 0, edit.line);
  else if (edit.kind === 'delete') lines.splice(at, 1);
  else if (edit.kind === 'duplicate') lines.splice(at, 0, lines[at]!);
  else lines[at] = `\t${lines[at]}`;
  return lines.join('\n');
}

/** One edit of a file's bytes. */
function applyEdit(content: Buffer, edit: Edit): Buffer {
  switch (edit.kind) {
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), content]);
    case 'crlf':
      return Buffer.from(content.toString('utf8').replace(/\n/g, '\r\n'));
    case 'truncate':
      return content.subarray(0, edit.at % (content.length + 1));
    case 'bytes': {
      const at = edit.at % (content.length + 1);
      return Buffer.concat([content.subarray(0, at), edit.bytes, content.subarray(at)]);
    }
    default:
      return Buffer.from(editLines(content.toString('utf8'), edit));
  }
}

/** What is wrong with a problem a maintainer could not act on; undefined when it is fine. */
function unusable(problem: Problem, lineCounts: ReadonlyMap<string, number>): string | undefined {
  const lines = lineCounts.get(problem.file);
  if (lines === undefined) return 'names no file of the content';
  const line = problem.line ?? 0;
  if (!Number.isInteger(line) || line < 1 || line > lines) return `names no line of the file (1–${lines})`;
  const stackTrace = /\n\s+at |\[object Object\]/;
  if (!problem.message.trim() || stackTrace.test(problem.message)) return 'says nothing a person can read';
  return undefined;
}

describe('the checker, given random and hostile edits of the content', () => {
  let root: string;
  const originals = new Map<string, Buffer>();

  beforeAll(async () => {
    root = await fixtureRoot();
    for (const entry of await readdir(join(root, 'content'), { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isFile()) originals.set(path.slice(root.length + 1), await readFile(path));
    }
  });

  /** The number of lines of every file as the checker reads it, by its path in messages. */
  const lineCounts = (edited: string, content: Buffer) =>
    new Map(
      [...originals].map(([file, original]) => {
        const text = (file === edited ? content : original).toString('utf8');
        return [file, text.split(/\r\n?|\n/).length];
      }),
    );

  it('answers every edit with problems naming a file and a line, or with a register it can build', async () => {
    const files = [...originals.keys()].sort();
    const editLists = fc.array(editArbitrary, { minLength: 1, maxLength: 3 });
    const property = fc.asyncProperty(fc.constantFrom(...files), editLists, async (file, edits) => {
      const content = edits.reduce(applyEdit, originals.get(file)!);
      await writeFile(join(root, file), content);
      try {
        const { problems, input } = await checkContent(root);
        const counts = lineCounts(file, content);
        const faults = problems.flatMap((p) => {
          const fault = unusable(p, counts);
          return fault ? [`${fault}: ${JSON.stringify(p)}`] : [];
        });
        expect(faults).toEqual([]);
        expect(() => formatProblems(problems)).not.toThrow();
        if (problems.length === 0) buildRegister(input);
      } finally {
        await writeFile(join(root, file), originals.get(file)!);
      }
    });
    await fc.assert(property, { seed: SEED, numRuns: RUNS, examples: EXAMPLES });
  }, 60_000);
});
