/**
 * The PDF cache: a PDF is used again only when what it is made of is the same (its page, its
 * styles, its rules, the renderer) and its file is whole; a damaged or partial one is not used.
 */
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfCache, pdfKey } from '../../src/print/cache.ts';

const page = (phone: string) => `<link rel="stylesheet" href="/_astro/a.css"><p>${phone}</p>`;
const styles = (css: string) => async () => Buffer.from(css);
const key = (html: string, css = 'p{}', renderer = 'chromium 1') =>
  pdfKey({ html, read: styles(css), renderer, rules: '@page{}' });
const pdf = { pdf: Buffer.from('%PDF-1.7 a whole file'), pages: 2, renderings: 1 };

describe('the key of a PDF', () => {
  it('changes with its page, its styles and its renderer, and with nothing else', async () => {
    const same = await key(page('011 785 0000'));
    expect(await key(page('011 785 0000'))).toBe(same);
    expect(await key(page('011 785 0001'))).not.toBe(same);
    expect(await key(page('011 785 0000'), 'p{color:red}')).not.toBe(same);
    expect(await key(page('011 785 0000'), 'p{}', 'chromium 2')).not.toBe(same);
  });
});

describe('the PDF cache', () => {
  it('gives back a PDF it keeps, and forgets what a build did not use', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pdf-cache-'));
    const first = new PdfCache(dir);
    await first.put('a', pdf);
    await first.put('b', pdf);
    const next = new PdfCache(dir);
    expect(await next.get('a')).toEqual(pdf);
    expect(await next.prune()).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'a.pdf']);
  });

  it('does not use a damaged or partial PDF, and removes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pdf-cache-'));
    const cache = new PdfCache(dir);
    await cache.put('damaged', pdf);
    await writeFile(join(dir, 'damaged.pdf'), '%PDF-1.7 a whole fil?');
    await cache.put('partial', pdf);
    await writeFile(join(dir, 'partial.pdf'), '%PDF-1.7 a wh');
    await writeFile(join(dir, 'unrecorded.pdf'), '%PDF');
    expect(await cache.get('damaged')).toBeUndefined();
    expect(await cache.get('partial')).toBeUndefined();
    expect(await cache.get('unrecorded')).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });
});
