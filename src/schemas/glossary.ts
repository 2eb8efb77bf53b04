/**
 * A glossary per written language, `content/glossary/<language>.yaml`: for each key term (victim,
 * referral, shelter, ...), the approved word and the words to avoid. The checker reports an avoided
 * word in a text or a UI string with the approved one; translators read it first (CONTRIBUTING.md).
 */
import { z } from 'astro/zod';
import { entryId, sized } from './common.ts';

/**
 * A word to avoid. A trailing "*" stands for any ending, so that "udhëzim*" also catches
 * "udhëzimi" and "udhëzimin"; without it only the whole word is matched. Case does not matter.
 */
const word = z.string({ error: 'expected a word or phrase to avoid, such as "udhëzim*"' }).trim();
const avoidedWord = sized(2, 100, 'a word to avoid', word).regex(/^[^*]+\*?$/u, {
  error: 'a "*" may only end a word to avoid, standing for any ending, such as "udhëzim*"',
});

export const glossaryTermSchema = z.strictObject({
  /** The same id in every language's glossary, so translators can compare: "referral". */
  concept: entryId('a key term, such as "referral"'),
  use: sized(1, 200, 'the approved word', z.string({ error: 'expected the approved word, such as "referim"' }).trim()),
  avoid: z.array(avoidedWord).default([]),
  /**
   * Names in which an avoided word stands as people know them, such as the official "Hitna pomoć"
   * beside the Romani word: an avoided word inside one of these is not reported.
   */
  allow: z.array(sized(2, 100, 'an allowed name', z.string().trim())).default([]),
  /** Why, or an example of use, for translators. */
  note: sized(2, 1000, 'the note', z.string().trim()).optional(),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
