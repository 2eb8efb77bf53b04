/**
 * The fixture site's print editions, read back as a reader's PDF viewer and a screen reader would:
 * the right paper, tagged, with bookmarks, title and language, every font embedded and none Type 3,
 * a contents page whose numbers lead to the sections, clickable numbers, the brochure in fours, and
 * every state a reader can meet printed as the web page shows it. Read with poppler and pdf.js.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { bookmarks, readPdf } from '../../src/print/pdf-outline.ts';
import { pdfPath, PRINT_DOCUMENTS, type PrintDocument } from '../../src/print/documents.ts';
import { registerOf } from '../helpers/fixtures.ts';
import { pageContext } from '../../src/view/context.ts';

const register = await registerOf();
const file = (document: PrintDocument, locale: string) => join(FIXTURE_SITE.dist, pdfPath(document, locale));
const pdfinfo = (path: string) =>
  Object.fromEntries(
    execFileSync('pdfinfo', [path], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
/** The PDF's text with all white space removed: lines break anywhere in print. */
const text = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.each(LOCALES.map((l) => l.tag))('the print editions in %s', (locale) => {
  const t = translator(locale);
  const ctx = pageContext({ locale, register });

  describe.each(Object.keys(PRINT_DOCUMENTS) as PrintDocument[])('the %s', (document) => {
    const path = file(document, locale);

    it('is a tagged PDF on its paper, with its title and language, every font embedded and none Type 3', async () => {
      const info = pdfinfo(path);
      expect(info['Tagged']).toBe('yes');
      expect(info['Page size']).toContain(`(${PRINT_DOCUMENTS[document].size})`);
      expect(info['Title']).toBe(t(PRINT_DOCUMENTS[document].titleKey));
      if (document === 'brochure') expect(Number(info['Pages']) % 4).toBe(0);
      const pdf = await readPdf(readFileSync(path));
      expect((await pdf.getMetadata()).info).toMatchObject({ Language: locale });
      await pdf.close();
      const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => /Type 3/.test(f))).toEqual([]);
      expect(fonts.filter((f) => f.trim().split(/\s+/).at(-5) !== 'yes')).toEqual([]);
    });

    it('has a contents page whose every number is the page its section starts on, and numbers to call', async () => {
      const data = readFileSync(path);
      const { bookmarks: marks } = await bookmarks(data);
      const at = marks.findIndex((m) => squeeze(m.title).includes(squeeze(t('print.contents'))));
      const [first, last] = [marks[at]!.page, Math.max(marks[at]!.page, (marks[at + 1]?.page ?? marks[at]!.page + 1) - 1)];
      const contents = execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      // Every line of the contents ends with a page number; the bookmark of that heading points there.
      // (Chromium may write a bookmark's title twice, so titles are matched by inclusion.)
      const lines = contents
        .split('\n')
        .map((l) => /^(.*\S)\s+(\d+)$/.exec(l.trim()))
        .filter((m): m is RegExpExecArray => m !== null);
      expect(lines.length).toBeGreaterThan(1);
      for (const [, label, page] of lines) {
        const mark = marks.find((m) => squeeze(m.title).includes(squeeze(label!)));
        expect(mark, label).toBeDefined();
        expect(String(mark!.page), label).toBe(page);
      }
      const pdf = await readPdf(data);
      const links = (await (await pdf.getPage(1)).getAnnotations()).map((a: { url?: string }) => a.url ?? '');
      await pdf.close();
      expect(links).toContain('tel:192');
    });
  });

  it('the register prints every state as the web page shows it', () => {
    const printed = text(file('register', locale));
    const notices = (kind: 'provider' | 'service', id: string) => ctx.view(kind === 'provider' ? register.provider(id) : register.service(id)).notices;
    for (const [kind, id] of [
      ['service', 'missing-children-line'],
      ['provider', 'quiet-office'],
      ['service', 'example-service'],
    ] as const) {
      for (const n of notices(kind, id).filter((n) => n.scope === 'everywhere')) expect(printed, `${id}: ${n.key}`).toContain(squeeze(n.text));
    }
    expect(printed).toContain(squeeze(t('status.unconfirmed')));
    expect(printed).toContain(squeeze(t('verified.stale')));
    expect(printed).toContain(squeeze(t('contact.none')));
    expect(printed).toContain(squeeze(t('entry.confidential')));
  });

  it('the register prints the address of the place that may have one, and no other', () => {
    const printed = text(file('register', locale));
    expect(printed.split(squeeze(`${t('contact.address')}:`)).length - 1).toBe(1);
    expect(printed).toContain(squeeze(ctx.inScript('Савска 1')));
  });

  it('the brochure leaves out the service the sources do not show running', () => {
    const brochure = text(file('brochure', locale));
    expect(brochure).not.toContain(squeeze(ctx.view(register.service('missing-children-line')).name));
    expect(brochure).toContain(squeeze(ctx.view(register.service('example-service')).name));
  });
});

describe('the downloads page', () => {
  it('links every PDF in every language with its size, page count and date', () => {
    for (const l of LOCALES) {
      const html = readFileSync(join(FIXTURE_SITE.dist, l.path, 'downloads/index.html'), 'utf8');
      for (const other of LOCALES) {
        for (const document of Object.keys(PRINT_DOCUMENTS) as PrintDocument[]) {
          expect(html, `${l.path}: ${pdfPath(document, other.tag)}`).toContain(`href="${FIXTURE_SITE.base}${pdfPath(document, other.tag)}"`);
          const details = new RegExp(`data-pdf="${pdfPath(document, other.tag)}"[^>]*>([^<]*)<`).exec(html)![1]!;
          expect(details).toContain(pdfinfo(file(document, other.tag))['Pages']);
          expect(details).not.toContain('…');
        }
      }
    }
  });
});
