/**
 * The register model: what each language's page shows when a translation exists, is outdated or is
 * missing, and which contacts an entry shows.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactsOf } from '../../src/model/register.ts';
import { textFingerprint } from '../../src/model/fingerprint.ts';
import { isStale, monthsBefore } from '../../src/model/freshness.ts';
import { shownText } from '../../src/model/texts.ts';
import { servicesFor } from '../../src/model/queries.ts';
import { NEEDS } from '../../src/config/editions.ts';
import { fixtureRoot, registerOf } from '../helpers/fixtures.ts';

describe('the register model', () => {
  it('links units to their parents and services to their providers', async () => {
    const register = await registerOf();
    const org = register.provider('example-org');
    expect(org.units.map((u) => u.id)).toEqual(['example-shelter']);
    expect(register.provider('example-shelter').ancestors.map((a) => a.id)).toEqual(['example-org']);
    expect(register.service('example-shelter-stay').provider.id).toBe('example-shelter');
  });

  it('shows the source text in Cyrillic and, transliterated, in Latin', async () => {
    const texts = (await registerOf()).provider('example-org').texts;
    expect(shownText(texts, 'sr-Cyrl')).toMatchObject({
      lang: 'sr-Cyrl',
      fallback: false,
      transliterate: false,
      status: 'source',
    });
    expect(shownText(texts, 'sr-Latn')).toMatchObject({
      lang: 'sr-Latn',
      fallback: false,
      transliterate: true,
      status: 'derived',
    });
    expect(shownText(texts, 'sr-Latn').data.name).toBe('Primer udruženje');
  });

  it("writes every part of a text in Latin letters on the Latin edition, a step's points too", async () => {
    const [step] = (await registerOf()).steps;
    expect(shownText(step!.texts, 'sr-Latn').data.points).toEqual({
      hotline: 'Linija radi danonoćno i pomoć je besplatna.',
      rights: 'Kancelarija mora da poštuje vaša prava.',
    });
  });

  it('falls back to the Serbian Latin text, marked as such, where a translation is missing', async () => {
    const text = shownText((await registerOf()).provider('quiet-office').texts, 'en');
    expect(text).toMatchObject({ lang: 'sr-Latn', fallback: true, transliterate: true, status: 'missing' });
    expect(text.data.name).toBe('Tiha služba');
  });

  it('reports a translation made from an older source text as outdated, and a current one as current', async () => {
    const root = await fixtureRoot();
    const texts = (await registerOf(root)).service('example-service').texts;
    expect(shownText(texts, 'en')).toMatchObject({ lang: 'en', fallback: false, status: 'outdated', reviewed: false });
    const source = texts.byLocale.get('sr-Cyrl')!;
    const file = join(root, 'content/text/en/services/example-service.mdx');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('0123456789', textFingerprint(source.data, source.body)),
    );
    expect(shownText((await registerOf(root)).service('example-service').texts, 'en').status).toBe('current');
  });

  it("gives a unit and a service their provider's contacts, and a confidential place no address", async () => {
    const register = await registerOf();
    const shelter = register.provider('example-shelter');
    expect(shelter.confidential).toBe(true);
    expect(contactsOf(shelter).phones.map((p) => [p.value.number, p.ownerId])).toEqual([
      ['+381117850000', 'example-org'],
    ]);
    expect(contactsOf(shelter).address).toBeUndefined();
    expect(contactsOf(register.provider('example-org')).address?.street).toBe('Савска 1');
    expect(register.service('example-shelter-stay').confidential).toBe(true);
  });

  it('marks an entry stale a day after its window, not before', async () => {
    const office = (await registerOf()).provider('quiet-office');
    expect(office.facts.lastVerified.date).toBe('2024-03-01');
    expect(isStale(office, '2025-03-01')).toBe(false);
    expect(isStale(office, '2025-03-02')).toBe(true);
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-03-03');
  });

  it('keeps services the sources do not show running out of the brochure, and puts free day-and-night help first', async () => {
    const register = await registerOf();
    const helpNow = servicesFor(register, NEEDS.find((n) => n.key === 'help-now')!, 'en').map((s) => s.id);
    expect(helpNow).toContain('example-service');
    expect(helpNow).not.toContain('missing-children-line');
    expect(helpNow[0]).toBe('example-service');
  });
});
