/**
 * A language profile: everything the register needs to know to publish in a language. Fonts, the
 * alphabet check, dates and numbers, text direction and the fallback chain all derive from it, so a
 * new language is one profile (src/i18n/locales.ts), one UI dictionary (src/i18n/ui/<tag>.json) and
 * one content folder (content/text/<tag>/).
 */
import { z } from 'astro/zod';

const tag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, { error: 'expected a BCP 47 tag such as "sq" or "sr-Latn"' });

const languageProfileSchema = z.strictObject({
  /** BCP 47 tag: the page's `<html lang>`, the dictionary's and the content folder's name. */
  tag,
  path: z.string().regex(/^[a-z]+(-[a-z]+)*$/, { error: 'expected a lower-case address prefix such as "sr-latn"' }),
  /** The language named in itself, as a reader looks for it. */
  endonym: z.string().min(2),
  /** ISO 15924 script the language is written in: Latin pages show Serbian names transliterated. */
  script: z.enum(['Latn', 'Cyrl']),
  /**
   * Every letter of the alphabet beyond a–z, lower and upper case (for a Cyrillic language, its whole
   * alphabet). The alphabet check refuses other letters, and the fonts must cover these.
   */
  letters: z.string().regex(/^\p{L}*$/u, { error: 'expected letters only, with no spaces' }),
  /** How dates are written: with the CLDR data of `intl`, or in figures (day.month.year) where CLDR has none. */
  dates: z.discriminatedUnion('style', [
    z.strictObject({
      style: z.literal('intl'),
      intl: tag.or(z.string().regex(/^[a-z]{2}-[A-Z]{2}$/)),
      /**
       * The twelve month names as a date with its day writes them, where CLDR's differ: Serbian
       * writes „23. новембра 2026.“ (genitive), CLDR gives the nominative „новембар“.
       */
      monthsWithDay: z.array(z.string().min(2)).length(12).optional(),
    }),
    z.strictObject({ style: z.literal('numeric') }),
  ]),
  /** The Intl locale whose digits and separators numbers use. */
  numbers: z.string().min(2),
  dir: z.enum(['ltr', 'rtl']),
  /**
   * The opening and closing quotation marks a text's straight double quotes become ("„“" in
   * Serbian). Single quotes stay ‘’, so that an apostrophe (Albanian "t'i") is always ’.
   */
  quotes: z.string().regex(/^[\p{Ps}\p{Pi}\p{Pf}]{2}$/u, {
    error: 'expected two quotation marks, opening then closing, such as "„“" or "“”"',
  }),
  /** Text made from another language at build time (Serbian Latin from Cyrillic), never written. */
  derive: z.strictObject({ from: tag, by: z.literal('transliterate') }).optional(),
  /** Where an entry with no text in this language is read from, with a notice. */
  fallback: tag.optional(),
  /** Whether a native speaker has reviewed the language's UI dictionary (pages say so when not). */
  uiReviewed: z.boolean().default(false),
});

export type LanguageProfile = z.output<typeof languageProfileSchema>;

/** The list of profiles: the first is the source language; every reference names a profile. */
export const languagesSchema = z
  .array(languageProfileSchema)
  .min(1)
  .superRefine((profiles, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const tags = new Set(profiles.map((p) => p.tag));
    const source = profiles[0]!;
    if (source.derive || source.fallback)
      problem([0], 'the first language is the source language: it has no "derive" or "fallback"');
    profiles.forEach((p, i) => {
      if (p.derive && !tags.has(p.derive.from))
        problem([i, 'derive', 'from'], `"${p.derive.from}" is not a language of the register`);
      if (p.fallback && !tags.has(p.fallback))
        problem([i, 'fallback'], `"${p.fallback}" is not a language of the register`);
      if (i > 0 && !p.derive && !p.fallback)
        problem(
          [i],
          'a language other than the source needs a "fallback" (or "derive") for entries not yet translated',
        );
      if (profiles.findIndex((q) => q.path === p.path) !== i)
        problem([i, 'path'], `the address prefix "${p.path}" is used twice`);
      if (profiles.findIndex((q) => q.tag === p.tag) !== i) problem([i, 'tag'], `the tag "${p.tag}" is used twice`);
    });
  });
