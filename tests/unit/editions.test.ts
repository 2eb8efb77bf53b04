/**
 * The print editions on the fixture register: which exist (only those with content), what each
 * brochure holds (all of Serbia, or one area's own), where each PDF goes, and how the register's
 * contents are numbered from the renderings of the documents that hold the same sections.
 */
import { describe, expect, it } from 'vitest';
import { NEEDS } from '../../src/config/editions.ts';
import { localEditionAreas, servicesFor } from '../../src/model/queries.ts';
import { editionsOf, pdfPath, printSource } from '../../src/print/documents.ts';
import { pagesFrom, type Printed } from '../../src/print/render.ts';
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
    // Every local edition of a language is printed from one page.
    expect(editions.map(printSource)).toEqual([
      { route: 'print/register/' },
      { route: 'print/register/ngo/' },
      { route: 'print/register/social-protection/' },
      { route: 'print/brochure/' },
      { route: 'print/brochure/local/', part: 'belgrade' },
      { route: 'print/brochure/local/', part: 'juznobacki' },
    ]);
  });
});

describe('contents numbered from other renderings', () => {
  const rendering = (headings: [string, number][], sections: [string, string[]][]): Printed => ({
    pdf: Buffer.alloc(0),
    pages: 0,
    renderings: 1,
    headings: new Map(headings),
    sections: sections.map(([id, headings]) => ({ id, headings })),
  });
  // The whole register: cover and contents on pages 1-3, then two sectors and the sources.
  const whole = rendering(
    [
      ['sector-a', 4],
      ['provider-a1', 4],
      ['provider-a2', 7],
      ['sector-b', 9],
      ['provider-b1', 9],
      ['provider-b2', 15],
      ['sources', 18],
    ],
    [
      ['sector-a', ['sector-a', 'provider-a1', 'provider-a2']],
      ['sector-b', ['sector-b', 'provider-b1', 'provider-b2']],
      ['sources', ['sources']],
    ],
  );

  it("put a sector's headings as far into it as in the whole register, after its own cover and contents; its sources after it", () => {
    const part = whole.sections.slice(1);
    expect(Object.fromEntries(pagesFrom(part, 2, [whole]))).toEqual({ 'sector-b': 3, 'provider-b1': 3, 'provider-b2': 9, sources: 12 });
  });

  it("put the whole register's headings where its sectors' PDFs have them, one sector after another", () => {
    // Each sector's own PDF: a cover and a page of contents, the sector, its sources.
    const a = rendering(
      [
        ['sector-a', 3],
        ['provider-a1', 3],
        ['provider-a2', 6],
        ['sources', 8],
      ],
      [
        ['sector-a', ['sector-a', 'provider-a1', 'provider-a2']],
        ['sources', ['sources']],
      ],
    );
    const b = rendering(
      [
        ['sector-b', 3],
        ['provider-b1', 3],
        ['provider-b2', 9],
        ['sources', 12],
      ],
      [
        ['sector-b', ['sector-b', 'provider-b1', 'provider-b2']],
        ['sources', ['sources']],
      ],
    );
    expect(pagesFrom(whole.sections, 3, [a, b])).toEqual(whole.headings);
  });
});
