/**
 * The fixture site's print editions, read back as a reader's PDF viewer and a screen reader would:
 * the right paper, tagged, with bookmarks, title and language, every font embedded and none Type 3,
 * a contents page whose numbers lead to the sections, clickable numbers, the brochure in fours, and
 * every state a reader can meet printed as the web page shows it; the register whole and by sector,
 * the brochure for all of Serbia and each area's own. Read with poppler and pdf.js.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { LOCALES, localeConfig } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { bookmarks, readPdf } from '../../src/print/pdf-outline.ts';
import {
  allPdfs,
  editionsOf,
  editionTitle,
  pdfPath,
  PRINT_DOCUMENTS,
  type Edition,
} from '../../src/print/documents.ts';
import { registerOf } from '../helpers/fixtures.ts';
import { areaLabel } from '../../src/view/areas.ts';
import { pageContext } from '../../src/view/context.ts';

const register = await registerOf();
const file = (edition: Edition, locale: string) => join(FIXTURE_SITE.dist, pdfPath(edition, locale));
const editions = editionsOf(register);
const REGISTER: Edition = { document: 'register' };
const BROCHURE: Edition = { document: 'brochure' };
const named = (e: Edition) => `${e.document}${e.part ? ` (${e.part})` : ''}`;
const pdfinfo = (path: string) =>
  Object.fromEntries(
    execFileSync('pdfinfo', [path], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
/** The PDF's text with all white space removed: lines break anywhere in print. */
const text = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.each(LOCALES.map((l) => l.tag))('the print editions in %s', (locale) => {
  const t = translator(locale);
  const ctx = pageContext({ locale, register });

  describe.each(editions.map((e) => [named(e), e] as const))('the %s', (_name, edition) => {
    const path = file(edition, locale);

    it('is a tagged PDF on its paper, with its title and language, every font embedded and none Type 3', async () => {
      const info = pdfinfo(path);
      expect(info['Tagged']).toBe('yes');
      expect(info['Page size']).toContain(`(${PRINT_DOCUMENTS[edition.document].size})`);
      expect(info['Title']).toBe(editionTitle(edition, ctx));
      if (edition.document === 'brochure') expect(Number(info['Pages']) % 4).toBe(0);
      const pdf = await readPdf(readFileSync(path));
      expect((await pdf.getMetadata()).info).toMatchObject({ Language: locale });
      await pdf.close();
      const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => /Type 3/.test(f))).toEqual([]);
      expect(fonts.filter((f) => f.trim().split(/\s+/).at(-5) !== 'yes')).toEqual([]);
    });

    it("says on its first page that the hotline's help is free and its call an ordinary one", () => {
      const first = squeeze(execFileSync('pdftotext', ['-l', '1', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
      expect(first).toContain(squeeze(t('callCost.ordinary')));
      expect(first).toContain(squeeze(t('cost.free')));
    });

    it('has a contents page whose every number is the page its section starts on (a local edition is too short for one), and numbers to call', async () => {
      const data = readFileSync(path);
      const { bookmarks: marks } = await bookmarks(data);
      const pdf = await readPdf(data);
      const links = (await (await pdf.getPage(1)).getAnnotations()).map((a: { url?: string }) => a.url ?? '');
      await pdf.close();
      expect(links).toContain('tel:192');
      if (edition.document === 'brochure' && edition.part) {
        expect(marks.some((m) => squeeze(m.title).includes(squeeze(t('print.contents'))))).toBe(false);
        return;
      }
      const at = marks.findIndex((m) => squeeze(m.title).includes(squeeze(t('print.contents'))));
      const [first, last] = [
        marks[at]!.page,
        Math.max(marks[at]!.page, (marks[at + 1]?.page ?? marks[at]!.page + 1) - 1),
      ];
      const contents = execFileSync(
        'pdftotext',
        ['-f', String(first), '-l', String(last), '-layout', '-enc', 'UTF-8', path, '-'],
        { encoding: 'utf8' },
      );
      // Every line of the contents ends with a page number; the bookmark of that heading points there.
      // (Chromium may write a bookmark's title twice, so titles are matched by inclusion.)
      const lines = contents
        .split('\n')
        .map((l) => /^(.*\S)\s+(\d+)$/.exec(l.trim()))
        .filter((m): m is RegExpExecArray => m !== null);
      expect(lines.length).toBeGreaterThan(1);
      for (const [, label, page] of lines) {
        // (Most headings the contents list come after it, the way through help before it, behind
        // the cover; the cover's title may hold a label too.)
        const mark = [...marks.slice(at + 1), ...marks.slice(1, at)].find((m) =>
          squeeze(m.title).includes(squeeze(label!)),
        );
        expect(mark, label).toBeDefined();
        expect(String(mark!.page), label).toBe(page);
      }
    });
  });

  it('the short guide carries the way through help as one spread, pages 2 and 3; the register lists it once, no sector', async () => {
    const { bookmarks: marks } = await bookmarks(readFileSync(file(BROCHURE, locale)));
    const title = squeeze(t('steps.title'));
    const at = marks.findIndex((m) => squeeze(m.title).includes(title));
    expect(marks[at]!.page).toBe(2);
    // What follows it (the contents) starts on page 4 at the latest: the steps take the spread, no more.
    expect(
      marks[at + marks.slice(at + 1).findIndex((m) => m.depth === marks[at]!.depth) + 1]!.page,
    ).toBeLessThanOrEqual(4);
    const first = squeeze(ctx.view(register.service('example-service')).name);
    expect(text(file(REGISTER, locale))).toContain(title);
    expect(text(file({ document: 'register', part: 'ngo' }, locale))).not.toContain(title);
    expect(first.length).toBeGreaterThan(0);
  });

  it('the register prints every state as the web page shows it', () => {
    const printed = text(file(REGISTER, locale));
    const notices = (kind: 'provider' | 'service', id: string) =>
      ctx.view(kind === 'provider' ? register.provider(id) : register.service(id)).notices;
    for (const [kind, id] of [
      ['service', 'missing-children-line'],
      ['provider', 'quiet-office'],
      ['service', 'example-service'],
    ] as const) {
      for (const n of notices(kind, id).filter((n) => n.scope === 'everywhere'))
        expect(printed, `${id}: ${n.key}`).toContain(squeeze(n.text));
    }
    expect(printed).toContain(squeeze(t('status.unconfirmed')));
    expect(printed).toContain(squeeze(t('verified.stale')));
    expect(printed).toContain(squeeze(t('contact.none')));
    expect(printed).toContain(squeeze(t('entry.confidential')));
  });

  it('the register prints the address of the place that may have one, and no other', () => {
    const printed = text(file(REGISTER, locale));
    expect(printed.split(squeeze(`${t('contact.address')}:`)).length - 1).toBe(1);
    expect(printed).toContain(squeeze(ctx.inScript('Савска 1')));
  });

  it('the brochure for all of Serbia leaves out the service the sources do not show running, and every local service', () => {
    const brochure = text(file(BROCHURE, locale));
    expect(brochure).not.toContain(squeeze(ctx.view(register.service('missing-children-line')).name));
    expect(brochure).toContain(squeeze(ctx.view(register.service('example-service')).name));
    for (const id of ['belgrade-day-stay', 'novi-sad-advice'])
      expect(brochure, id).not.toContain(squeeze(ctx.view(register.service(id)).name));
  });

  it("each area's local edition holds its own services and the numbers for all of Serbia, and no other area's services", () => {
    const locals = editions.filter((e) => e.document === 'brochure' && e.part).map((e) => e.part);
    expect(locals).toEqual(['belgrade', 'juznobacki']);
    const belgrade = text(file({ document: 'brochure', part: 'belgrade' }, locale));
    const noviSad = text(file({ document: 'brochure', part: 'juznobacki' }, locale));
    const name = (id: string) => squeeze(ctx.view(register.service(id)).name);
    expect(belgrade).toContain(name('belgrade-day-stay'));
    expect(belgrade).not.toContain(name('novi-sad-advice'));
    expect(noviSad).toContain(name('novi-sad-advice'));
    expect(noviSad).not.toContain(name('belgrade-day-stay'));
    const hotline = ctx.view(register.service(register.settings.hotline)).call!.display;
    for (const local of [belgrade, noviSad]) {
      for (const n of register.emergencyNumbers) expect(local).toContain(n.number);
      expect(local).toContain(squeeze(hotline));
      // National services are not repeated in full: only their names and numbers.
      expect(local).not.toContain(squeeze(ctx.view(register.service('example-shelter-stay')).summary));
    }
  });

  it('each sector of the register holds its own providers and no other', () => {
    const ngo = text(file({ document: 'register', part: 'ngo' }, locale));
    const social = text(file({ document: 'register', part: 'social-protection' }, locale));
    const name = (id: string) => squeeze(ctx.view(register.provider(id)).name);
    expect(ngo).toContain(name('example-org'));
    expect(ngo).not.toContain(name('quiet-office'));
    expect(social).toContain(name('quiet-office'));
    expect(social).not.toContain(name('example-org'));
  });
});

describe('the downloads page', () => {
  it('links every edition in every language with its size and page count, grouped by edition', () => {
    const pdfs = allPdfs(register, LOCALES);
    for (const l of LOCALES) {
      const html = readFileSync(join(FIXTURE_SITE.dist, l.path, 'downloads/index.html'), 'utf8');
      for (const { edition, locale } of pdfs) {
        const path = pdfPath(edition, locale);
        expect(html, `${l.path}: ${path}`).toContain(`href="${FIXTURE_SITE.base}${path}"`);
        const details = new RegExp(`data-pdf="${path}"[^>]*>([^<]*)<`).exec(html)![1]!;
        expect(details).toContain(pdfinfo(file(edition, locale))['Pages']);
        expect(details).not.toContain('…');
      }
      // Each area's edition under its own heading, which a person can go to from the list of areas.
      const ctx = pageContext({ locale: l.tag, register });
      expect(html).toContain(`id="pdf-brochure-belgrade"`);
      expect(html).toContain(areaLabel('belgrade', ctx));
      // A link read out of context says which edition it is, not only its language.
      const page = parse(html);
      for (const { edition, locale } of pdfs) {
        const link = page.querySelector(`a[href="${FIXTURE_SITE.base}${pdfPath(edition, locale)}"]`)!;
        expect(link.textContent).toContain(editionTitle(edition, ctx));
        expect(link.querySelector(`[lang="${locale}"]`)!.textContent).toBe(localeConfig(locale).endonym);
      }
    }
  });
});
