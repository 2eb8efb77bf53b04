/**
 * The glossary check: a word the language's glossary says to avoid, found in a text or a UI
 * string, is reported at its line with the approved word.
 */
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Problem } from './problem.ts';

interface Matcher {
  pattern: RegExp;
  term: GlossaryTerm;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One matcher per avoided word; "udhëzim*" matches any ending, case does not matter. */
export function glossaryMatchers(terms: readonly GlossaryTerm[]): Matcher[] {
  return terms.flatMap((term) =>
    term.avoid.map((word) => {
      const stem = word.endsWith('*') ? word.slice(0, -1) : word;
      const ending = word.endsWith('*') ? '[\\p{L}\\p{M}]*' : '';
      return { term, pattern: new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(stem).replace(/\s+/g, '\\s+')}${ending}(?![\\p{L}\\p{M}])`, 'giu') };
    }),
  );
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Avoided words in `text` (the whole file, so that lines are the file's own). */
export function glossaryProblems(
  file: string,
  text: string,
  matchers: readonly Matcher[],
  glossary: string,
  field?: (line: number) => string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const { pattern, term } of matchers) {
    for (const match of text.matchAll(pattern)) {
      const line = lineAt(text, match.index);
      problems.push({
        file,
        line,
        field: field?.(line),
        found: match[0],
        message: `the glossary of this language says to write "${term.use}" for "${term.concept}", not this word${term.note ? ` (${term.note})` : ''}: see ${glossary}`,
      });
    }
  }
  return problems;
}
