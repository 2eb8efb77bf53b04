/**
 * `npm run i18n:status`: whether each entry's translations are current, outdated (from an older source
 * text) or missing, with totals, and the fingerprint a translation of the current source records.
 *
 *   npm run i18n:status                      the table and totals
 *   npm run i18n:status -- --only=outdated   only rows with an outdated or missing translation
 *   npm run i18n:status -- --stamp <file...> after updating a translation: record in each file
 *                                            that it now follows the current source text
 */
import { readFile, writeFile } from 'node:fs/promises';
import { checkContent } from '../src/checks/content.ts';
import { formatProblems } from '../src/checks/problem.ts';
import { contentRoot, TEXT_KINDS } from '../src/content/layout.ts';
import { buildRegister } from '../src/model/register.ts';
import { textFingerprint } from '../src/model/fingerprint.ts';
import { SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { statusRows, statusTotals, TRANSLATED_LOCALES } from '../src/model/translation-status.ts';

const args = process.argv.slice(2);
const { problems, input } = await checkContent(contentRoot());
const stampIndex = args.indexOf('--stamp');
// Stamping needs only the source texts to parse, so that a translator can stamp while other
// entries of the register are still incomplete.
if (problems.length > 0 && stampIndex < 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
if (stampIndex >= 0) {
  for (const file of args.slice(stampIndex + 1)) {
    const m = new RegExp(`content/text/([^/]+)/(${TEXT_KINDS.join('|')})/([^/]+)\\.mdx$`).exec(file);
    const source = m && input.texts.find((t) => t.locale === SOURCE_LOCALE && t.kind === m[2] && t.entryId === m[3]);
    const print = source && textFingerprint(source.data, source.body);
    if (!m || !print || !TRANSLATED_LOCALES.includes(m[1] as never)) {
      console.error(
        `${file}: not a translation of an entry (content/text/<language>/<kind>/<id>.mdx, not the source language)`,
      );
      process.exitCode = 1;
      continue;
    }
    const text = await readFile(file, 'utf8');
    const updated = text.replace(/(\n\s+from:\s*)"?[0-9a-f]{10}"?/, `$1"${print}"`);
    if (updated === text && !text.includes(print)) {
      console.error(`${file}: no "translation: from:" line to update; add one first`);
      process.exitCode = 1;
      continue;
    }
    await writeFile(file, updated);
    console.log(`${file}: now follows the source text ${print}`);
  }
  process.exit();
}

const rows = statusRows(buildRegister(input));

const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const mark = { current: '✓', outdated: '!', missing: '–', source: ' ', derived: ' ' } as const;
console.log(['entry'.padEnd(50), 'fingerprint', ...TRANSLATED_LOCALES.map((l) => l.padEnd(8))].join('  '));
for (const row of rows) {
  const statuses = TRANSLATED_LOCALES.map((l) => row.byLocale[l]!);
  if (only && statuses.every((s) => s.status === 'current')) continue;
  const cells = statuses.map((s) =>
    `${mark[s.status]} ${s.status}${s.status !== 'missing' && !s.reviewed ? '*' : ''}`.padEnd(8),
  );
  console.log([`${row.kind}/${row.id}`.padEnd(50), row.fingerprint.padEnd(11), ...cells].join('  '));
}
console.log('\n* not yet reviewed by a native speaker\n');
for (const [locale, t] of Object.entries(statusTotals(rows))) {
  console.log(
    `${locale}: ${t.current} current, ${t.outdated} outdated, ${t.missing} missing, of ${t.total}; ` +
      `${t.unreviewed} not reviewed by a native speaker`,
  );
}
