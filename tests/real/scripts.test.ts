/**
 * The Serbian Latin edition is made from the Cyrillic one and, like every Latin-script edition,
 * carries no Cyrillic letter on its pages, publication titles, areas and addresses included. What is
 * marked with a Cyrillic `lang` is the one exception: a language named in itself ("Српски" in the
 * language switcher), or the Serbian half of a sheet made for a client beside Serbian.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { REAL_SITE } from '../../scripts/sites.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { builtSite } from '../helpers/site.ts';

const site = builtSite(REAL_SITE);
const cyrillicLangs = LOCALES.filter((l) => l.script === 'Cyrl').map((l) => l.tag);

/** The page's title and visible text in its own language: no scripts or styles, nothing marked as Cyrillic Serbian. */
function visibleText(html: string): string {
  const root = parse(html);
  const title = root.querySelector('title')?.textContent ?? '';
  const body = root.querySelector('body');
  if (!body) return title;
  for (const element of body.querySelectorAll('script, style, [lang]')) {
    if (
      element.tagName !== 'SCRIPT' &&
      element.tagName !== 'STYLE' &&
      !cyrillicLangs.includes(element.getAttribute('lang') ?? '')
    )
      continue;
    element.remove();
  }
  return `${title} ${body.textContent}`;
}

describe('the Latin-script editions', () => {
  it.each(LOCALES.filter((l) => l.script === 'Latn').map((l) => l.path))(
    '/%s/ shows no Cyrillic letter on any page',
    async (path) => {
      const cyrillic: string[] = [];
      for (const page of (await site.pages()).filter((p) => p.startsWith(`${path}/`))) {
        const text = visibleText(await readFile(site.fileOf(page), 'utf8'));
        const word = /[\p{Script=Cyrillic}]+/u.exec(text)?.[0];
        if (word) cyrillic.push(`${page}: ${word}`);
      }
      expect(cyrillic).toEqual([]);
    },
  );
});
