/**
 * The Serbian Latin edition is made from the Cyrillic one and, like every Latin-script edition,
 * carries no Cyrillic letter on its pages, publication titles, areas and addresses included (a
 * language named in itself and marked with its `lang` is the one exception).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { REAL_SITE } from '../../scripts/sites.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { builtSite } from '../helpers/site.ts';

const site = builtSite(REAL_SITE);
const visibleText = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');

describe('the Latin-script editions', () => {
  it.each(LOCALES.filter((l) => l.script === 'Latn').map((l) => l.path))('/%s/ shows no Cyrillic letter on any page', async (path) => {
    const cyrillic: string[] = [];
    for (const page of (await site.pages()).filter((p) => p.startsWith(`${path}/`))) {
      // A language named in itself, marked as such ("Српски" in the language switcher), is not the page's text.
      const text = visibleText((await readFile(site.fileOf(page), 'utf8')).replace(/<(\w+)\s[^>]*lang="sr-Cyrl"[^>]*>[^<]*<\/\1>/g, ''));
      const word = /[\p{Script=Cyrillic}]+/u.exec(text)?.[0];
      if (word) cyrillic.push(`${page}: ${word}`);
    }
    expect(cyrillic).toEqual([]);
  });
});
