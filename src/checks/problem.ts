/** A problem in the content, told the way a maintainer can act on it. */
export interface Problem {
  /** Path from the project root. */
  file: string;
  line?: number;
  /** The field, as written in the file: "phones[0].number". */
  field?: string;
  /** What the file holds there, when it holds something. */
  found?: unknown;
  /** What is expected, and how to fix it, with an example. */
  message: string;
}

/** ["phones", 0, "number"] → "phones[0].number" */
export const formatField = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');

function formatFound(found: unknown): string {
  if (found === undefined) return 'nothing';
  // A text pasted by mistake can be megabytes long: its start is enough to find it.
  if (typeof found === 'string') return JSON.stringify(found.length > 200 ? `${found.slice(0, 197)}...` : found);
  if (found instanceof Date) return found.toISOString().slice(0, 10);
  const text = JSON.stringify(found);
  return text && text.length > 80 ? `${text.slice(0, 77)}...` : String(text);
}

/** One problem on two lines: where, then what and how to fix it. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const what = p.field ? `${p.field}: ` : '';
  const found = 'found' in p ? `found ${formatFound(p.found)}; ` : '';
  return `${where}\n  ${what}${found}${p.message}`;
}

/** Problems in the order they are reported: by file, then by line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

/** All problems of a run, grouped by file, with a count. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const one = problems.length === 1;
  const head =
    `${problems.length} problem${one ? '' : 's'} in the register's content. ` +
    `Nothing was built; fix ${one ? 'it' : 'them'} and run the build again.`;
  return [head, '', ...sorted.map(formatProblem)].join('\n');
}

export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
