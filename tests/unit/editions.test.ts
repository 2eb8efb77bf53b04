/**
 * The print editions on the fixture register: which exist (only those with content), what each
 * brochure holds (all of Serbia, or one area's own), and where each PDF goes and is printed from.
 */
import { describe, expect, it } from 'vitest';
import { NEEDS } from '../../src/config/editions.ts';
import { localEditionAreas, servicesFor } from '../../src/model/queries.ts';
import { editionsOf, pdfPath, printSource } from '../../src/print/documents.ts';
import { registerOf } from '../helpers/fixtures.ts';

const register = await registerOf();
const ids = (reach: Parameters<typeof servicesFor>[3]) =>
  [...new Set(NEEDS.flatMap((need) => servicesFor(register, need, 'en', reach).map((s) => s.id)))].sort();

describe('the brochure', () => {
  it('for all of Serbia holds the services that serve everywhere, and no local one', () => {
    expect(ids('national')).toEqual(['example-service', 'example-shelter-stay']);
  });

  it("of an area holds that area's own services only", () => {
    expect(ids({ area: 'belgrade' })).toEqual(['belgrade-day-stay']);
    expect(ids({ area: 'juznobacki' })).toEqual(['novi-sad-advice']);
    // Nišava has a local right but no local service: it has no edition.
    expect(ids({ area: 'nisavski' })).toEqual([]);
    expect(localEditionAreas(register)).toEqual(['belgrade', 'juznobacki']);
  });
});

describe('the editions', () => {
  it('are the register whole and by sector, the brochure for all of Serbia and each local one, each with its file', () => {
    const editions = editionsOf(register);
    expect(editions.map((e) => pdfPath(e, 'sr-Latn'))).toEqual([
      'downloads/register-sr-latn.pdf',
      'downloads/register-ngo-sr-latn.pdf',
      'downloads/register-social-protection-sr-latn.pdf',
      'downloads/brochure-sr-latn.pdf',
      'downloads/brochure-belgrade-sr-latn.pdf',
      'downloads/brochure-juznobacki-sr-latn.pdf',
    ]);
    // Each edition is printed from a page of its own, so that each has its own key in the PDF cache.
    expect(editions.map(printSource)).toEqual([
      'print/register/',
      'print/register/ngo/',
      'print/register/social-protection/',
      'print/brochure/',
      'print/brochure/belgrade/',
      'print/brochure/juznobacki/',
    ]);
  });
});
