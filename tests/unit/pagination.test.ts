/** Long lists cut into pages: what a reader sees as "Page 2 of 3" and at which address. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/dictionaries.ts';
import { pagedPath, pagedTitle, pagesOf, runs } from '../../src/routing/pagination.ts';

describe('a long list cut into pages', () => {
  it('keeps every item once, in order, and an empty list still has its one page', () => {
    const items = Array.from({ length: 95 }, (_, i) => i);
    const pages = pagesOf(items, 40);
    expect(pages.map((p) => p.length)).toEqual([40, 40, 15]);
    expect(pages.flat()).toEqual(items);
    expect(pagesOf([])).toEqual([[]]);
  });

  it('keeps the first page at the list address and numbers the others', () => {
    expect(pagedPath('categories/x/', 1)).toBe('categories/x/');
    expect(pagedPath('categories/x/', 3)).toBe('categories/x/3/');
  });

  it('tells pages apart in the title only when there are several, in the reader language', () => {
    const ctx = { t: translator('en'), number: (n: number) => String(n) };
    expect(pagedTitle('Shelters', 1, 1, ctx)).toBe('Shelters');
    expect(pagedTitle('Shelters', 2, 3, ctx)).toBe('Shelters · Page 2 of 3');
  });

  it('groups consecutive items under one heading, never merging headings apart', () => {
    const grouped = runs(['Beograd', 'Beograd', 'Niš', 'Beograd'], (city) => city);
    expect(grouped.map((g) => [g.key, g.items.length])).toEqual([
      ['Beograd', 2],
      ['Niš', 1],
      ['Beograd', 1],
    ]);
  });
});
