/**
 * The register's own print editions: invariants only. Every PDF (the register whole and by sector,
 * the brochure for all of Serbia and each area's own) is tagged, on its paper, with its title,
 * language, embedded fonts and contents; the register names every entry and prints no address of a
 * confidential place; each stays within its size budget for a person on metered data, and every
 * brochure within 40 pages.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_SITE } from '../../scripts/sites.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { loadRegister } from '../../src/model/load.ts';
import {
  editionsOf,
  editionTitle,
  pdfPath,
  PRINT_DOCUMENTS,
  type Edition,
  type PrintDocument,
} from '../../src/print/documents.ts';
import { pageContext } from '../../src/view/context.ts';
import { ROOT } from '../helpers/site.ts';

const register = await loadRegister({ content: ROOT, project: ROOT });
const MB = 1024 * 1024;
const BUDGET_BYTES: Record<PrintDocument, number> = { register: 3 * MB, brochure: 1 * MB };
/** The brochure for direct users stays a brochure, for all of Serbia and in each area: 40 A5 pages at most. */
const BROCHURE_MAX_PAGES = 40;

const file = (edition: Edition, locale: string) => join(REAL_SITE.dist, pdfPath(edition, locale));
const editions = editionsOf(register);
const REGISTER: Edition = { document: 'register' };
const named = (e: Edition) => `${e.document}${e.part ? ` (${e.part})` : ''}`;
const info = (path: string) =>
  Object.fromEntries(
    execFileSync('pdfinfo', [path], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
const squeeze = (s: string) => s.replace(/\s+/g, '');
const text = (path: string) =>
  squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * MB }));

describe.each(LOCALES.map((l) => l.tag))('the print editions in %s', (locale) => {
  const ctx = pageContext({ locale, register });
  const t = translator(locale);

  it.each(editions.map((e) => [named(e), e] as const))(
    'the %s is tagged, titled, on its paper, with every font embedded, within budget',
    (_name, edition) => {
      const path = file(edition, locale);
      const pdf = info(path);
      expect(pdf['Tagged']).toBe('yes');
      expect(pdf['Title']).toBe(editionTitle(edition, ctx));
      expect(pdf['Page size']).toContain(`(${PRINT_DOCUMENTS[edition.document].size})`);
      if (edition.document === 'brochure') {
        expect(Number(pdf['Pages']) % 4).toBe(0);
        expect(Number(pdf['Pages'])).toBeLessThanOrEqual(BROCHURE_MAX_PAGES);
      }
      const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.filter((f) => /Type 3/.test(f) || f.trim().split(/\s+/).at(-5) !== 'yes')).toEqual([]);
      expect(statSync(path).size).toBeLessThan(BUDGET_BYTES[edition.document]);
    },
  );

  it.each(editions.map((e) => [named(e), e] as const))(
    'the %s says on its first page what the hotline says of its cost and of its call, beside nothing that a source does not say',
    (_name, edition) => {
      const first = squeeze(
        execFileSync('pdftotext', ['-l', '1', '-enc', 'UTF-8', file(edition, locale), '-'], { encoding: 'utf8' }),
      );
      const hotline = ctx.view(register.service(register.settings.hotline));
      const sayings = [hotline.call?.callCost, hotline.facts.find((f) => f.key === 'cost')?.value].filter(
        (x): x is string => Boolean(x),
      );
      expect(sayings.length).toBeGreaterThan(0);
      for (const saying of sayings) expect(first).toContain(squeeze(saying));
    },
  );

  it('the register names every provider, unit, service and right', () => {
    const all = text(file(REGISTER, locale));
    const missing = [...register.providers, ...register.services]
      .map((e) => ctx.view(e).name)
      .filter((name) => !all.includes(squeeze(name)));
    expect(missing).toEqual([]);
  });

  it('no edition prints the address of a confidential place, and the register prints the others', () => {
    const addressed = register.providers.filter((p) => p.facts.address);
    const printed = text(file(REGISTER, locale));
    for (const p of addressed) expect(printed, p.id).toContain(squeeze(ctx.inScript(p.facts.address!.street)));
    expect(printed.split(squeeze(`${t('contact.address')}:`)).length - 1).toBe(
      addressed.filter((p) => !p.confidential).length,
    );
    for (const edition of editions) {
      const all = text(file(edition, locale));
      for (const p of register.providers.filter((x) => x.confidential && x.facts.address))
        expect(all).not.toContain(squeeze(ctx.inScript(p.facts.address!.street)));
    }
  });

  it('the brochure leaves out every service the sources do not show running', () => {
    const brochure = editions
      .filter((e) => e.document === 'brochure')
      .map((e) => text(file(e, locale)))
      .join('');
    const unconfirmed = register.services.filter((s) => s.facts.status === 'unconfirmed');
    expect(unconfirmed.filter((s) => brochure.includes(squeeze(ctx.view(s).name))).map((s) => s.id)).toEqual([]);
  });
});

it('the PDF sources are not published: only their PDFs are', () => {
  for (const l of LOCALES) expect(() => statSync(join(REAL_SITE.dist, l.path, 'print'))).toThrow();
  expect(readFileSync(join(REAL_SITE.dist, LOCALES[0]!.path, 'downloads/index.html'), 'utf8')).not.toContain('…');
});
