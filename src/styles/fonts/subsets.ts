/**
 * The characters each self-hosted font file holds, derived from the language profiles
 * (src/i18n/languages.yaml): a page downloads only the files whose characters it shows, and each file
 * holds only what the register's languages write. `npm run fonts:subset` cuts the files and writes
 * src/styles/fonts.css from these lists; tests/real/fonts.test.ts fails when a page shows a letter
 * no file holds, or when the files are older than the profiles.
 */
import { LOCALES } from '../../i18n/locales.ts';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** Typography the texts use beside letters: quotes, dashes, the ellipsis, arrows of the breadcrumbs. */
const PUNCTUATION =
  '\u00a0\u00ab\u00bb\u00b7\u00ad\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e' +
  '\u2022\u2026\u2039\u203a\u2116\u20ac\u2192\u2212';

const latinProfiles = LOCALES.filter((l) => l.script === 'Latn');
const extra = [...new Set(latinProfiles.flatMap((l) => [...l.letters]))].sort();

export interface Subset {
  /** The file's name in src/styles/fonts/, without weight and extension. */
  name: string;
  /** The fontsource subset it is cut from. */
  from: 'latin' | 'latin-ext' | 'cyrillic';
  characters: string;
}

export const SUBSETS: Subset[] = [
  /** Basic Latin, the Latin-1 letters of the profiles (ç ë), and typography: every page. */
  {
    name: 'latin',
    from: 'latin',
    characters: range(0x20, 0x7e) + extra.filter((c) => c.codePointAt(0)! <= 0xff).join('') + PUNCTUATION,
  },
  /** Latin letters beyond Latin-1 (Serbian Latin and Romani č ć đ š ž): only pages that show them. */
  { name: 'latin-letters', from: 'latin-ext', characters: extra.filter((c) => c.codePointAt(0)! > 0xff).join('') },
  /** The Cyrillic alphabets of the profiles: only pages in Cyrillic. */
  {
    name: 'cyrillic',
    from: 'cyrillic',
    characters: [...new Set(LOCALES.filter((l) => l.script === 'Cyrl').flatMap((l) => [...l.letters]))].sort().join(''),
  },
].filter((s) => s.characters.length > 0) as Subset[];

export const WEIGHTS = [400, 700] as const;

/** The CSS unicode-range of a set of characters, as ranges where they run on. */
function unicodeRange(characters: string): string {
  const points = [...new Set([...characters].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const p of points) {
    const last = spans.at(-1);
    if (last && p === last[1] + 1) last[1] = p;
    else spans.push([p, p]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return spans.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** src/styles/fonts.css, as `npm run fonts:subset` writes it. */
export function fontsCss(): string {
  const faces = SUBSETS.flatMap((subset) =>
    WEIGHTS.map(
      (weight) => `@font-face {
  font-family: "Noto Sans";
  font-style: normal;
  font-display: swap;
  font-weight: ${weight};
  src: url("./fonts/noto-sans-${subset.name}-${weight}.woff2") format("woff2");
  unicode-range: ${unicodeRange(subset.characters)};
}`,
    ),
  );
  return `/*
 * Made by \`npm run fonts:subset\` from src/styles/fonts/subsets.ts: edit that file, not this one.
 * Self-hosted Noto Sans, static files cut to the characters the register's languages write; each
 * face limited by unicode-range, so a page downloads only the files its text uses.
 */
${faces.join('\n')}
`;
}
