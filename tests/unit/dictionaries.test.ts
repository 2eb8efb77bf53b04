/** Every UI string exists in every written language, and nothing is left untranslated by accident. */
import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDictionaries } from '../../src/checks/dictionaries.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { isTranslated, SOURCE_LOCALE, WRITTEN_LOCALES } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { FIXTURE_LANGUAGE } from '../../scripts/sites.ts';
import { ROOT } from '../helpers/site.ts';

async function copyOfDictionaries() {
  const root = await mkdtemp(join(tmpdir(), 'register-ui-'));
  await cp(join(ROOT, 'src/i18n/ui'), join(root, 'src/i18n/ui'), { recursive: true });
  return root;
}

describe('UI dictionaries', () => {
  it('of the project have every key, in every written language', async () => {
    expect((await checkDictionaries(ROOT)).map(formatProblem)).toEqual([]);
  });

  it('report a missing and an extra key with the key and the file', async () => {
    const root = await copyOfDictionaries();
    const file = join(root, `src/i18n/ui/en.json`);
    const dictionary = JSON.parse(await readFile(file, 'utf8'));
    delete dictionary['nav.home'];
    dictionary['nav.hmoe'] = 'Home';
    await writeFile(file, JSON.stringify(dictionary));
    const report = (await checkDictionaries(root)).map(formatProblem);
    expect(report).toContain(
      'src/i18n/ui/en.json\n  nav.home: missing: add this key with its text in this language (see src/i18n/ui/sr-Cyrl.json for the source text)',
    );
    expect(report).toContain(
      "src/i18n/ui/en.json\n  nav.hmoe: this key is not in the source language's dictionary (src/i18n/ui/sr-Cyrl.json): remove it, or add it there first",
    );
  });

  it('report a translation that drops a placeholder', async () => {
    const root = await copyOfDictionaries();
    const file = join(root, 'src/i18n/ui/en.json');
    const dictionary = JSON.parse(await readFile(file, 'utf8'));
    dictionary['footer.dataAsOf'] = 'Facts as of today.';
    await writeFile(file, JSON.stringify(dictionary));
    const report = (await checkDictionaries(root)).map(formatProblem);
    expect(report).toEqual([
      'src/i18n/ui/en.json\n  footer.dataAsOf: found "Facts as of today."; the text must keep the placeholders of the source text ({date}): they are filled in on the page',
    ]);
  });

  it('report a language without a dictionary', async () => {
    const root = await mkdtemp(join(tmpdir(), 'register-ui-'));
    const report = (await checkDictionaries(root)).map(formatProblem);
    // The fixture language's dictionary lives beside its profile, outside this copy.
    expect(report).toHaveLength(WRITTEN_LOCALES.length - 1);
    expect(report[0]).toContain(`the language "${WRITTEN_LOCALES[0]}" has no UI dictionary`);
  });

  it('give the Latin edition the Cyrillic strings, transliterated', () => {
    const cyrillic = translator(SOURCE_LOCALE);
    const latin = translator('sr-Latn');
    expect(cyrillic('nav.home')).toBe('Почетна');
    expect(latin('nav.home')).toBe('Početna');
    expect(latin('footer.dataAsOf', { date: '1. 1. 2026.' })).toBe('Podaci zaključno sa 1. 1. 2026.');
    expect(translator('en')('footer.dataAsOf', { date: '1 January 2026' })).toBe('Facts as of 1 January 2026.');
  });

  it('have no key whose text in a translation is the same as the English one, except names', async () => {
    // A string copied from English into another language is an untranslated string.
    const english = JSON.parse(await readFile(join(ROOT, 'src/i18n/ui/en.json'), 'utf8'));
    for (const locale of WRITTEN_LOCALES.filter((l) => l !== 'en' && isTranslated(l) && l !== FIXTURE_LANGUAGE)) {
      const dictionary = JSON.parse(await readFile(join(ROOT, `src/i18n/ui/${locale}.json`), 'utf8'));
      const same = Object.keys(english).filter((k) => dictionary[k] === english[k] && /[a-z]{4,}/.test(english[k]));
      expect(same, `${locale}.json`).toEqual([]);
    }
  });
});
