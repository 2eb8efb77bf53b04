/**
 * A sheet a client carries does not give them away if it is found: its neutral title and first
 * lines hold no word of the glossary's "trafficking" and "victim", nor their stems, in any language.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/dictionaries.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { toLatin } from '../../src/i18n/transliterate.ts';
import { checkContent } from '../../src/checks/content.ts';
import { ROOT } from '../helpers/site.ts';

const { input } = await checkContent(ROOT);
/** The first word (its first five letters) of each form the glossary gives for the two concepts. */
const stems = (tag: string) =>
  (input.glossaries[tag] ?? [])
    .filter((term) => term.concept === 'trafficking' || term.concept === 'victim')
    .flatMap((term) => [term.use, ...term.avoid])
    .flatMap((phrase) => phrase.replace(/\*$/, '').split(/\s+/))
    .filter((word) => word.length >= 5)
    .map((word) => word.slice(0, 5).toLowerCase());

describe('the neutral title of a sheet, and the words of a text message', () => {
  it.each(LOCALES.map((l) => l.tag))('in %s holds no word that names trafficking or its victims', (locale) => {
    const written = LOCALES.find((l) => l.tag === locale)!.derive?.from ?? locale;
    const words = stems(written).map((s) => (written === SOURCE_LOCALE && locale !== SOURCE_LOCALE ? toLatin(s) : s));
    expect(words.length, `the glossary of ${written} names the two concepts`).toBeGreaterThan(0);
    const t = translator(locale);
    const first = `${t('handout.neutralTitle')} ${t('handout.intro')} ${t('share.smsIntro')}`.toLowerCase();
    expect(words.filter((w) => first.includes(w))).toEqual([]);
    // The full title does name them: the test would catch a neutral title that was not.
    expect(words.some((w) => t('handout.title').toLowerCase().includes(w))).toBe(true);
  });
});
