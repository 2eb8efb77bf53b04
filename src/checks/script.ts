/**
 * Letters in the wrong alphabet. A Latin "а" typed inside a Cyrillic word looks right but breaks
 * search and transliteration; a Russian or Bulgarian letter is not Serbian. Serbian Cyrillic texts
 * may hold only Serbian Cyrillic letters, and Latin words kept whole (a name such as "ATINA");
 * Latin-script texts hold no Cyrillic at all.
 */
import type { Problem } from './problem.ts';

const SERBIAN_CYRILLIC = /^[абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ]$/u;
const WORD = /[\p{L}\p{M}]+/gu;

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export function scriptProblems(file: string, text: string, locale: string): Problem[] {
  const problems: Problem[] = [];
  const cyrillicText = locale.endsWith('-Cyrl');
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const hasCyrillic = /\p{Script=Cyrillic}/u.test(word);
    const hasLatin = /\p{Script=Latin}/u.test(word);
    if (hasCyrillic && hasLatin) {
      problems.push({ file, line: lineAt(text, match.index), found: word, message: 'this word mixes Cyrillic and Latin letters that look alike: type it again in one alphabet' });
    } else if (cyrillicText && hasCyrillic) {
      const foreign = [...word].find((ch) => /\p{Script=Cyrillic}/u.test(ch) && !SERBIAN_CYRILLIC.test(ch));
      if (foreign) problems.push({ file, line: lineAt(text, match.index), found: word, message: `"${foreign}" is not a letter of the Serbian Cyrillic alphabet: use the Serbian letter` });
    } else if (!cyrillicText && hasCyrillic) {
      problems.push({ file, line: lineAt(text, match.index), found: word, message: 'a Cyrillic word in a text written in the Latin alphabet: write it in Latin letters' });
    }
  }
  return problems;
}
