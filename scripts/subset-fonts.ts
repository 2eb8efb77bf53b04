/**
 * `npm run fonts:subset`: cuts the letters Serbian Latin and Romani need beyond Latin-1 (č ć đ š ž
 * and their capitals) out of Noto Sans Latin Extended. The full Latin Extended file is 56 KB per
 * weight; this one is a few KB, and it is all a Serbian Latin or Romani page downloads on top of the
 * Latin file. The result is committed (src/styles/fonts/); run this again only when LETTERS changes
 * (tests/fonts.test.ts fails when the content uses a letter the subset lacks).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { LETTERS } from '../src/styles/fonts/letters.ts';

const ROOT = join(import.meta.dirname, '..');
for (const weight of [400, 700]) {
  const source = await readFile(join(ROOT, `node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-${weight}-normal.woff2`));
  const subset = await subsetFont(source, LETTERS, { targetFormat: 'woff2' });
  const out = join(ROOT, `src/styles/fonts/noto-sans-serbian-latin-${weight}.woff2`);
  await writeFile(out, subset);
  console.log(`${out}: ${subset.length} bytes`);
}
