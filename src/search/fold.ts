/**
 * One form for every way a word can be typed, used on both sides of search: the index stores the
 * folded text, and the browser folds the query before searching. Serbian in Cyrillic or Latin, with
 * or without diacritics, with đ typed as "dj" (склониште, sklonište, skloniste; Ђорђе, Đorđe,
 * Djordje), and Albanian and Romani without their diacritics (ndihmë, ndihme), all become the same
 * lower-case ASCII Latin words.
 */
import { toLatin } from '../i18n/transliterate.ts';

export function fold(text: string): string {
  return toLatin(text).toLowerCase().replace(/đ/g, 'dj').normalize('NFD').replace(/\p{M}/gu, '');
}
