/**
 * The register model: what each language's page shows when a translation exists, is outdated or
 * is missing, and which contacts an entry shows.
 */
import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkContent } from '../src/checks/content.ts';
import { ContentError } from '../src/checks/problem.ts';
import { buildRegister, contactsOf, localizedText } from '../src/model/register.ts';
import { textFingerprint } from '../src/model/fingerprint.ts';
import { fixtureRoot } from './helpers/fixtures.ts';

async function registerOf(root: string) {
  const { input, problems } = await checkContent(root);
  expect(problems).toEqual([]);
  return buildRegister(input);
}

describe('the register model', () => {
  it('links units to their parents and services to their providers', async () => {
    const register = await registerOf(await fixtureRoot());
    const org = register.provider('example-org');
    expect(org.units.map((u) => u.id)).toEqual(['example-shelter']);
    expect(register.provider('example-shelter').ancestors.map((a) => a.id)).toEqual(['example-org']);
    expect(org.services.map((s) => s.id)).toEqual(['example-service']);
    expect(register.bySector.map((g) => [g.sector, g.providers.map((p) => p.id)])).toEqual([['ngo', ['example-org']]]);
  });

  it('refuses to build from input with a dangling reference', async () => {
    const { input } = await checkContent(await fixtureRoot('dangling-provider'));
    expect(() => buildRegister(input)).toThrow(ContentError);
  });

  it('shows the source text in Cyrillic and, transliterated, in Latin', async () => {
    const register = await registerOf(await fixtureRoot());
    const texts = register.provider('example-org').texts;
    expect(localizedText(texts, 'sr-Cyrl')).toMatchObject({ lang: 'sr-Cyrl', fallback: false, transliterate: false, status: 'source' });
    expect(localizedText(texts, 'sr-Cyrl').data.name).toBe('Пример');
    expect(localizedText(texts, 'sr-Latn')).toMatchObject({ lang: 'sr-Latn', fallback: false, transliterate: true, status: 'derived' });
    expect(localizedText(texts, 'sr-Latn').data.name).toBe('Primer');
  });

  it('falls back to the Serbian Latin text, marked as such, where a translation is missing', async () => {
    const register = await registerOf(await fixtureRoot());
    const text = localizedText(register.provider('example-org').texts, 'en');
    expect(text).toMatchObject({ lang: 'sr-Latn', fallback: true, transliterate: true, status: 'missing' });
    expect(text.data.summary).toBe('Kratak opis za osobu kojoj je potrebna pomoć.');
  });

  it('reports a translation made from an older source text as outdated, and a current one as current', async () => {
    const root = await fixtureRoot();
    const register = await registerOf(root);
    const texts = register.service('example-service').texts;
    expect(localizedText(texts, 'en')).toMatchObject({ lang: 'en', fallback: false, status: 'outdated', reviewed: false });

    const source = texts.byLocale.get('sr-Cyrl')!;
    const file = join(root, 'content/text/en/services/example-service.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('0123456789', textFingerprint(source.data, source.body)));
    const updated = await registerOf(root);
    expect(localizedText(updated.service('example-service').texts, 'en').status).toBe('current');
  });

  it('gives a unit and a service their provider\'s contacts, and a confidential place no address', async () => {
    const register = await registerOf(await fixtureRoot());
    const shelter = register.provider('example-shelter');
    expect(shelter.confidential).toBe(true);
    expect(contactsOf(shelter).phones.map((p) => [p.value.number, p.ownerId])).toEqual([['+381117850000', 'example-org']]);
    expect(contactsOf(shelter).address).toBeUndefined();
    expect(contactsOf(register.service('example-service')).phones.map((p) => p.ownerId)).toEqual(['example-org']);
  });
});
