/**
 * Serbian Cyrillic → Serbian Latin, the way the Latin edition is generated at build time.
 *
 * The alphabets map one to one except Љ Њ Џ, which become the digraphs Lj Nj Dž. Their capitals
 * follow the word: "Љубав" → "Ljubav", "ЉУБАВ" → "LJUBAV" (an all-caps word, or a lone capital
 * next to other capitals, gets both letters in capitals). The word is read across markup
 * ("Љ<b>УБАВ</b>") and invisible characters (a soft hyphen). Web addresses, e-mail addresses and
 * code are left as they are, as is anything that is not Cyrillic.
 */

/** The Cyrillic alphabet, in its order, and the Latin letters each letter becomes. */
const CYRILLIC = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const LATIN = 'a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š'.split(' ');
const LETTERS = new Map([...CYRILLIC].map((letter, i) => [letter, LATIN[i]!]));

const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
/** Soft hyphens, zero-width spaces and joiners: invisible, so not a neighbour. */
const isInvisible = (ch: string) => /\p{Cf}/u.test(ch);

/** The letters around a piece of text, where it is part of a longer one (a text node in markup). */
type Around = { before?: string; after?: string };

function transliterateRun(text: string, around: Around): string {
  const chars = [...text];
  const neighbour = (i: number, step: 1 | -1): string | undefined => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) if (!isInvisible(chars[j]!)) return chars[j];
    return step === 1 ? around.after : around.before;
  };
  return chars
    .map((ch, i) => {
      const latin = LETTERS.get(ch.toLowerCase());
      if (latin === undefined) return ch;
      if (!isUpper(ch)) return latin;
      if (latin.length === 1) return latin.toUpperCase();
      // A digraph capital: all caps when the word around it is in capitals.
      const next = neighbour(i, 1);
      const previous = neighbour(i, -1);
      const allCaps = isLetter(next) ? isUpper(next) : isUpper(previous) && isLetter(previous);
      return allCaps ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
    })
    .join('');
}

/**
 * Spans never transliterated: web addresses (with a scheme or starting with www., ending before a
 * dash or a closing mark), e-mail addresses (only the characters an address may hold, so a label
 * glued to it is still transliterated), inline code in backticks, and {placeholders}.
 */
const PROTECTED_SPANS = [
  /`[^`]*`/u,
  /\{[a-zA-Z][\w.]*\}/u,
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"')\]—–]+/u,
  /\bwww\.[^\s<>"')\]—–]+/u,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u,
];
/** One group round them all: split by it, the odd pieces are the spans. */
const PROTECTED = new RegExp(`(${PROTECTED_SPANS.map((span) => span.source).join('|')})`, 'iu');

/** The first (step 1) or the last (step -1) visible character of a text. */
const visibleEnd = (text: string, step: 1 | -1) =>
  (step === 1 ? [...text] : [...text].reverse()).find((ch) => !isInvisible(ch));

/** Transliterate plain text, leaving web and e-mail addresses, code and placeholders as they are. */
export function toLatin(text: string, around: Around = {}): string {
  const pieces = text.split(PROTECTED);
  return pieces
    .map((piece, i) => {
      if (i % 2) return piece;
      const before = i === 0 ? around.before : visibleEnd(pieces[i - 1]!, -1);
      const after = i === pieces.length - 1 ? around.after : visibleEnd(pieces[i + 1]!, 1);
      return transliterateRun(piece, { before, after });
    })
    .join('');
}

/** A tag or a comment, in one group: split by it, the odd pieces are the tags. */
const TAG = /(<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9-]*\b[^>]*>)/;
const tagName = (tag: string) => /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1]?.toLowerCase();
/** Elements whose text is code or data, never language. */
const VERBATIM_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var']);
/** Attributes that hold words a reader sees or hears: a link's title, an image's description. */
const WORD_ATTRIBUTES = /(\s(?:title|alt|aria-label)=")([^"]*)(")/g;
const attributeToLatin = (_all: string, open: string, value: string, close: string) => open + toLatin(value) + close;
/** Inline elements inside a word ("Љ<b>УБАВ</b>"): their text nodes belong to one word. */
const INLINE = /^(?:a|abbr|b|cite|em|i|mark|q|s|small|span|strong|sub|sup|u)$/;

/**
 * Transliterate the text of rendered HTML: text nodes (reading a word across inline markup) and
 * the attributes that hold words, never tags, addresses or the contents of code elements.
 */
export function htmlToLatin(html: string): string {
  const pieces = html.split(TAG);
  /** The nearest visible character of the text beside piece i, across inline tags only. */
  const beside = (i: number, step: 1 | -1): string | undefined => {
    for (let j = i + step; j >= 0 && j < pieces.length; j += step) {
      if (j % 2 && !INLINE.test(tagName(pieces[j]!) ?? '')) return undefined;
      const ch = j % 2 ? undefined : visibleEnd(pieces[j]!, step);
      if (ch !== undefined) return ch;
    }
    return undefined;
  };
  let verbatimDepth = 0;
  return pieces
    .map((piece, i) => {
      if (i % 2 === 0)
        return verbatimDepth > 0 ? piece : toLatin(piece, { before: beside(i, -1), after: beside(i, 1) });
      const name = tagName(piece);
      if (name && VERBATIM_ELEMENTS.has(name) && !piece.endsWith('/>'))
        verbatimDepth = Math.max(0, verbatimDepth + (piece[1] === '/' ? -1 : 1));
      return piece.replace(WORD_ATTRIBUTES, attributeToLatin);
    })
    .join('');
}
