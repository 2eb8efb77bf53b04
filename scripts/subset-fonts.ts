/**
 * `npm run fonts:subset`, after adding a language or letters to a profile (tests/real/fonts.test.ts says when):
 * Noto Sans cut to the characters of src/styles/fonts/subsets.ts, and src/styles/fonts.css.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { fontsCss, SUBSETS, WEIGHTS } from '../src/styles/fonts/subsets.ts';

const ROOT = join(import.meta.dirname, '..');
const FONTS = join(ROOT, 'src/styles/fonts');
for (const old of (await readdir(FONTS)).filter((f) => f.endsWith('.woff2'))) await rm(join(FONTS, old));
for (const subset of SUBSETS) {
  for (const weight of WEIGHTS) {
    const source = await readFile(
      join(ROOT, `node_modules/@fontsource/noto-sans/files/noto-sans-${subset.from}-${weight}-normal.woff2`),
    );
    const cut = await subsetFont(source, subset.characters, { targetFormat: 'woff2' });
    await writeFile(join(FONTS, `noto-sans-${subset.name}-${weight}.woff2`), cut);
    console.log(`noto-sans-${subset.name}-${weight}.woff2: ${cut.length} bytes (from ${source.length})`);
  }
}
await writeFile(join(ROOT, 'src/styles/fonts.css'), fontsCss());
console.log('Written src/styles/fonts.css');
