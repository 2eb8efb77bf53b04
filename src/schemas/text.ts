/**
 * Text: what a reader reads, one MDX file per entry and language in `content/text/<language>/`. The
 * front matter holds the short, structured texts; the body holds the description. No facts here:
 * phones, hours, cost and eligibility come from the facts files, so every language shows the same.
 */
import { z } from 'astro/zod';
import { limit, matching } from './common.ts';

/** The sentences of a plain-language text, split at . ! ? … followed by a space. */
const sentences = (text: string) => text.trim().split(/(?<=[.!?…])\s+/u);

const plainText = (what: string, max: number) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(2, { error: `${what} is empty: write it, or remove the field` })
    .max(...limit(max, what))
    .refine((s) => !/[<>{}]/.test(s), { error: `${what} is plain text: remove < > { } characters` });

const SUMMARY_MAX_SENTENCES = 3;
const SUMMARY_MAX_WORDS_PER_SENTENCE = 24;

function longestSentence(text: string): { words: number; sentence: string } {
  return sentences(text)
    .map((sentence) => ({ words: sentence.split(/\s+/u).filter((w) => /\p{L}|\d/u.test(w)).length, sentence }))
    .reduce((a, b) => (b.words > a.words ? b : a), { words: 0, sentence: '' });
}

/** One to three short sentences in plain words, for a person in crisis (the rest of the rule is in CONTRIBUTING). */
const shortSentences = (what: string, maxChars: number) =>
  plainText(what, maxChars)
    .refine((s) => sentences(s).filter((sentence) => /\p{L}/u.test(sentence)).length <= SUMMARY_MAX_SENTENCES, {
      error: `${what} has more than ${SUMMARY_MAX_SENTENCES} sentences: keep it to one to three short sentences`,
    })
    .refine((s) => longestSentence(s).words <= SUMMARY_MAX_WORDS_PER_SENTENCE, {
      error: (issue) => {
        const { words, sentence } = longestSentence(String(issue.input));
        const quoted = sentence.length > 50 ? `${sentence.slice(0, 47)}…` : sentence;
        return (
          `the sentence "${quoted}" has ${words} words, too many for a person in crisis: ` +
          `keep every sentence to ${SUMMARY_MAX_WORDS_PER_SENTENCE} words at most (split it in two)`
        );
      },
    });

export const textSchema = z.strictObject({
  name: plainText('the name', 140),
  /** A short form used in lists and headings, such as an acronym. */
  shortName: plainText('the short name', 40).optional(),
  summary: shortSentences('the summary', 320),
  /** Who can get it, in words (the structured eligibility facts are shown beside it). */
  whoCanGet: plainText('who can get it', 600).optional(),
  /** How to get it: where to go, whom to ask, what to bring. */
  howToGet: plainText('how to get it', 600).optional(),
  /**
   * Words people type when they look for this entry, in this language, beyond its name: "papers",
   * "visa", "somewhere to sleep". Searched below names and not shown. Each language has its own:
   * they are not translations of the source's, and changing them never makes a translation outdated.
   */
  searchTerms: z
    .array(plainText('a search term', 60))
    .max(30, { error: 'keep search terms to 30 at most: the words people really type' })
    .optional(),
  /**
   * A step's text (content/text/<language>/steps/): what it says, point by point, by the ids of the
   * points in content/steps.yaml, each of which names its source. Plain sentences, as the summary.
   */
  points: z.record(z.string(), shortSentences('a point', 400)).optional(),
  /** In every language but the source: the version of the source text it was made from. */
  translation: z
    .strictObject({
      from: matching(
        /^[0-9a-f]{10}$/,
        'expected the 10-character fingerprint of the source text, as `npm run i18n:status` prints it',
      ),
      /** Whether a native speaker has reviewed it; pages say so when not. */
      reviewed: z.boolean({ error: 'expected true once a native speaker has reviewed the translation, else false' }),
    })
    .optional(),
});

export type TextFields = z.output<typeof textSchema>;
