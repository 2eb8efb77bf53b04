/**
 * The print editions, read back as a reader's PDF viewer and a screen reader would: the right
 * paper, a sensible number of pages (the brochure in fours, to fold), tagged, with bookmarks, title
 * and language, every font embedded and none Type 3, clickable numbers, every entry of the register
 * by name, no shelter address, and within their size budgets. Read with poppler and pdf.js.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type LocaleTag } from '../src/i18n/locales.ts';
import { readRegister, readTranslations } from '../src/model/disk.ts';
import { textOf } from '../src/model/queries.ts';
import { toLatin } from '../src/i18n/transliterate.ts';
import { bookmarks, readPdf } from '../src/print/pdf-outline.ts';
import { pdfPath, PRINT_DOCUMENTS, type PrintDocument } from '../src/print/documents.ts';
import { assertBuilt, DIST, page, ROOT } from './helpers/site.ts';

const register = await readRegister(ROOT);
const MB = 1024 * 1024;
const BUDGETS: Record<PrintDocument, { bytes: number; pages: [number, number] }> = {
  register: { bytes: 3 * MB, pages: [20, 200] },
  brochure: { bytes: 1 * MB, pages: [8, 64] },
};

const file = (document: PrintDocument, locale: LocaleTag) => join(DIST, pdfPath(document, locale));
const pdfinfo = (path: string) =>
  Object.fromEntries(
    execFileSync('pdfinfo', [path], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
const text = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * MB });
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.each(LOCALES.map((l) => l.tag))('the print editions in %s', (locale) => {
  const t = readTranslations(ROOT, locale);

  describe.each(Object.keys(PRINT_DOCUMENTS) as PrintDocument[])('the %s', (document) => {
    const path = file(document, locale);

    it('is a tagged PDF on the right paper, with its title, language and page count within bounds', async () => {
      assertBuilt();
      const info = pdfinfo(path);
      expect(info['Tagged']).toBe('yes');
      expect(info['Page size']).toContain(`(${PRINT_DOCUMENTS[document].size})`);
      expect(info['Title']).toBe(t(PRINT_DOCUMENTS[document].titleKey));
      const pages = Number(info['Pages']);
      const [min, max] = BUDGETS[document].pages;
      expect(pages).toBeGreaterThanOrEqual(min);
      expect(pages).toBeLessThanOrEqual(max);
      if (document === 'brochure') expect(pages % 4).toBe(0);
      const pdf = await readPdf(readFileSync(path));
      expect((await pdf.getMetadata()).info).toMatchObject({ Language: locale });
      await pdf.close();
    });

    it(`embeds every font, none as Type 3, and stays under ${BUDGETS[document].bytes / MB} MB`, () => {
      const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => /Type 3/.test(f))).toEqual([]);
      // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object, generation.
      expect(fonts.filter((f) => f.trim().split(/\s+/).at(-5) !== 'yes')).toEqual([]);
      expect(statSync(path).size).toBeLessThan(BUDGETS[document].bytes);
    });

    it('has bookmarks for its headings, a contents page whose numbers lead to them, and clickable numbers', async () => {
      const data = readFileSync(path);
      const { bookmarks: marks } = await bookmarks(data);
      expect(marks.length).toBeGreaterThan(10);
      // The contents page lists each section with the page its bookmark points to.
      const contentsPage = execFileSync('pdftotext', ['-f', '2', '-l', '3', '-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      const sections = marks.filter((m) => m.depth === 1 && m.page > 2);
      expect(sections.length).toBeGreaterThan(3);
      for (const section of sections.slice(0, 5)) expect(contentsPage).toMatch(new RegExp(`\\s${section.page}\\s*(\\n|$)`));
      const pdf = await readPdf(data);
      const links = (await (await pdf.getPage(1)).getAnnotations()).map((a: { url?: string }) => a.url ?? '');
      await pdf.close();
      expect(links).toContain('tel:192');
    });
  });

  it('the register names every provider, unit, service and right in this language', () => {
    const all = squeeze(text(file('register', locale)));
    const missing = [...register.providers, ...register.services].map((e) => textOf(e, locale).data.name).filter((name) => !all.includes(squeeze(name)));
    expect(missing).toEqual([]);
  });

  it('the register prints the address of every provider that may have one, and no other', () => {
    const printed = text(file('register', locale));
    const addressed = register.providers.filter((p) => p.facts.address);
    expect(addressed.length).toBeGreaterThan(0);
    const inScript = (s: string) => (locale === 'sr-Cyrl' ? s : toLatin(s));
    for (const p of addressed) expect(squeeze(printed), p.id).toContain(squeeze(inScript(p.facts.address!.street)));
    const label = t('contact.address');
    expect(printed.split(`${label}: `).length - 1).toBe(addressed.filter((p) => !p.confidential).length);
  });
});

describe('the downloads page', () => {
  it('links every PDF, in every language, with its size, page count and edition date, and the print sources are gone', () => {
    for (const l of LOCALES) {
      const html = page(`/${l.path}/downloads/`);
      for (const other of LOCALES) {
        for (const document of Object.keys(PRINT_DOCUMENTS) as PrintDocument[]) {
          const link = html.querySelector(`a[href="${pdfPath(document, other.tag)}"]`);
          expect(link, `${l.path}: ${pdfPath(document, other.tag)}`).not.toBeNull();
          const details = link!.parentNode!.querySelector('.downloads__details')!.textContent;
          expect(details).toMatch(/\d/);
          expect(details).not.toContain('{');
          expect(details).toContain(String(pdfinfo(file(document, other.tag))['Pages']));
        }
      }
      expect(existsSync(join(DIST, l.path, 'print'))).toBe(false);
    }
  });
});
