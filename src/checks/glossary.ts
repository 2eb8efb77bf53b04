/**
 * The glossary check: a word the language's glossary says to avoid, found in a text or a UI
 * string, is reported at its line with the approved word.
 */
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Problem } from './problem.ts';
import { lineAt } from './script.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole word or phrase, whatever the spaces; "udhëzim*" with any ending; case does not matter. */
function wordPattern(word: string): RegExp {
  const stem = word.endsWith('*') ? word.slice(0, -1) : word;
  const ending = word.endsWith('*') ? '[\\p{L}\\p{M}]*' : '';
  return new RegExp(
    `(?<![\\p{L}\\p{M}])${escapeRegExp(stem).replace(/\s+/g, '\\s+')}${ending}(?![\\p{L}\\p{M}])`,
    'giu',
  );
}

/** One matcher per avoided word. */
export function glossaryMatchers(terms: readonly GlossaryTerm[]) {
  return terms.flatMap((term) => {
    // The names the term allows the avoided word in.
    const allowed =
      term.allow.length > 0
        ? new RegExp(term.allow.map((name) => wordPattern(name).source).join('|'), 'giu')
        : undefined;
    return term.avoid.map((word) => ({ term, pattern: wordPattern(word), allowed }));
  });
}

/** Avoided words in `text` (the whole file, so that lines are the file's own). */
export function glossaryProblems(
  file: string,
  text: string,
  matchers: ReturnType<typeof glossaryMatchers>,
  glossary: string,
  field?: (line: number) => string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const { pattern, allowed, term } of matchers) {
    // Where the allowed names stand, as [start, end) ranges.
    const names = allowed ? [...text.matchAll(allowed)].map((m) => [m.index, m.index + m[0].length] as const) : [];
    for (const match of text.matchAll(pattern)) {
      if (names.some(([start, end]) => match.index >= start && match.index + match[0].length <= end)) continue;
      const line = lineAt(text, match.index);
      problems.push({
        file,
        line,
        field: field?.(line),
        found: match[0],
        message:
          `the glossary of this language says to write "${term.use}" for "${term.concept}", not this word` +
          `${term.note ? ` (${term.note})` : ''}: see ${glossary}`,
      });
    }
  }
  return problems;
}
