/**
 * The letters beyond Latin-1 that the register's Latin-script languages use: Serbian Latin and Romani
 * č ć đ š ž (Albanian ë ç are in Latin-1). The subset font files and the unicode-range of their
 * @font-face in fonts.css are made from this list.
 */
export const LETTERS = 'ČčĆćĐđŠšŽž';

/** The CSS unicode-range of LETTERS. */
export const unicodeRange = (letters: string) =>
  [...new Set([...letters].map((c) => c.codePointAt(0)!))]
    .sort((a, b) => a - b)
    .map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(',');
