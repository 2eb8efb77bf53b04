/**
 * Letters in the wrong alphabet. A Latin "а" typed inside a Cyrillic word looks right but breaks
 * search and transliteration; a Russian letter is not Serbian; a "ť" typed by mistake has no font.
 * The letters allowed come from the language profiles (src/i18n/languages.yaml): a Cyrillic text holds
 * the letters of its alphabet, and Latin words kept whole (a name such as "ATINA"); a Latin text
 * holds no Cyrillic, and Latin letters of the register's Latin alphabets only (names cross them).
 * Double quotation marks are the language's own (its profile's `quotes`): „“ in Serbian, not ”.
 */
import { LOCALES, type LocaleTag } from '../i18n/locales.ts';
import type { Problem } from './problem.ts';

const WORD = /[\p{L}\p{M}]+/gu;
const BASIC_LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LATIN_LETTERS = new Set([
  ...BASIC_LATIN,
  ...LOCALES.filter((l) => l.script === 'Latn').flatMap((l) => [...l.letters]),
]);

/** The line of `text` that `index` falls on. */
export const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
/** Typographic double quotation marks (straight quotes are left to the renderer). */
const QUOTATION_MARKS = /[„“”‟«»]/gu;

/**
 * `quotes: false` for the data files, whose values are in several languages (a source's title in
 * each): their quotation marks are not one language's.
 */
export function scriptProblems(file: string, text: string, locale: string, { quotes = true } = {}): Problem[] {
  const profile = LOCALES.find((l) => l.tag === (locale as LocaleTag));
  if (!profile) return [];
  const alphabet = new Set(profile.letters);
  const problems: Problem[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const report = (message: string) => problems.push({ file, line: lineAt(text, match.index), found: word, message });
    const hasCyrillic = /\p{Script=Cyrillic}/u.test(word);
    const hasLatin = /\p{Script=Latin}/u.test(word);
    if (hasCyrillic && hasLatin) {
      report('this word mixes Cyrillic and Latin letters that look alike: type it again in one alphabet');
    } else if (hasCyrillic && profile.script !== 'Cyrl') {
      report(`a Cyrillic word in a text written in the Latin alphabet: write it in Latin letters`);
    } else if (hasCyrillic) {
      const foreign = [...word].find((ch) => /\p{Script=Cyrillic}/u.test(ch) && !alphabet.has(ch));
      if (foreign)
        report(
          `"${foreign}" is not in the alphabet of this text's language (${profile.tag}, ${profile.endonym}): ` +
            'type the letter of that alphabet',
        );
    } else if (hasLatin) {
      const foreign = [...word].find((ch) => /\p{L}/u.test(ch) && !LATIN_LETTERS.has(ch));
      if (foreign)
        report(
          `"${foreign}" is not a letter of any of the register's alphabets (and its fonts lack it): ` +
            "check the letter, or add it to the language's profile in src/i18n/languages.yaml",
        );
    }
  }
  for (const match of quotes ? text.matchAll(QUOTATION_MARKS) : []) {
    if (profile.quotes.includes(match[0])) continue;
    const [open, close] = [...profile.quotes];
    problems.push({
      file,
      line: lineAt(text, match.index),
      found: match[0],
      message: `"${match[0]}" is not a quotation mark of ${profile.endonym}: quote with ${open}…${close}`,
    });
  }
  return problems;
}
