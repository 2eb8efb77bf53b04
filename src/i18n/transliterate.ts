/**
 * Serbian Cyrillic → Serbian Latin, the way the Latin edition is generated at build time.
 *
 * The alphabets map one to one except Љ Њ Џ, which become the digraphs Lj Nj Dž. Their capitals
 * follow the word: "Љубав" → "Ljubav", "ЉУБАВ" → "LJUBAV" (an all-caps word, or a lone capital
 * next to other capitals, gets both letters in capitals). Web addresses, e-mail addresses and code
 * are left as they are, as is anything that is not Cyrillic.
 */

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

function transliterateWord(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const latin = LETTERS[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (!isUpper(ch)) {
      out += latin;
      continue;
    }
    if (latin.length === 1) {
      out += latin.toUpperCase();
      continue;
    }
    // A digraph capital: all caps when the word around it is in capitals.
    const next = chars[i + 1];
    const previous = chars[i - 1];
    const allCaps = isLetter(next) ? isUpper(next) : isUpper(previous) && isLetter(previous);
    out += allCaps ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * Spans never transliterated: web addresses (with a scheme or starting with www.), e-mail
 * addresses, inline code in backticks, and {placeholders} of the UI dictionaries.
 */
const PROTECTED = /(`[^`]*`|\{[a-zA-Z][\w.]*\}|\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"')\]]+|\bwww\.[^\s<>"')\]]+|[^\s<>"'(){}\[\]@]+@[^\s<>"'(){}\[\]@]+\.[^\s<>"'(){}\[\]@.]+)/giu;

/** Transliterate plain text, leaving web and e-mail addresses, code and placeholders as they are. */
export function toLatin(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += transliterateWord(text.slice(last, match.index));
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + transliterateWord(text.slice(last));
}

/** Elements whose text is code or data, never language. */
const VERBATIM_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var']);

/**
 * Transliterate the text of rendered HTML: text nodes only, never tags, attributes (so links keep
 * their addresses), or the contents of code elements.
 */
export function htmlToLatin(html: string): string {
  let out = '';
  let verbatimDepth = 0;
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g;
  let last = 0;
  for (const match of html.matchAll(tag)) {
    const textBefore = html.slice(last, match.index);
    out += verbatimDepth > 0 ? textBefore : toLatin(textBefore);
    out += match[0];
    const name = match[2]?.toLowerCase();
    if (name && VERBATIM_ELEMENTS.has(name) && !match[0].endsWith('/>')) verbatimDepth += match[1] ? -1 : 1;
    verbatimDepth = Math.max(0, verbatimDepth);
    last = match.index + match[0].length;
  }
  const rest = html.slice(last);
  return out + (verbatimDepth > 0 ? rest : toLatin(rest));
}
