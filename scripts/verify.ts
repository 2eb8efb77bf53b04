/**
 * `npm run verify -- <entry> --how phone|provider|sources --by <name> [--date YYYY-MM-DD] [--root <dir>]`:
 * records that an entry's facts were checked (src/editor/verify.ts). <entry> is an id ("astra-sos-line"),
 * "providers/<id>" or "services/<id>" where both share the id, or the file's path.
 */
import { existsSync, globSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { didYouMeanSuffix } from '../src/checks/suggest.ts';
import { validate } from '../src/checks/validate.ts';
import { formatProblems } from '../src/checks/problem.ts';
import { today } from '../src/config/today.ts';
import { contentRoot, FACT_FILES } from '../src/content/layout.ts';
import { providerSchema, serviceSchema } from '../src/schemas/facts.ts';
import { HOW, verifyFacts } from '../src/editor/verify.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { how: { type: 'string' }, by: { type: 'string' }, date: { type: 'string' }, root: { type: 'string' } },
});
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
const usage = 'Usage: npm run verify -- <entry> --how phone|provider|sources --by "<who checked>" [--date YYYY-MM-DD]';
const [entry] = positionals;
if (!entry || positionals.length > 1) fail(usage);
const how =
  HOW[values.how ?? ''] ??
  fail(`--how must be one of ${Object.keys(HOW).join(', ')}; found "${values.how ?? ''}"\n${usage}`);
const by = values.by?.trim() ?? '';
if (by.length < 2) fail(`--by names who checked, as they want to be named, such as --by "ASTRA"\n${usage}`);
const date = values.date ?? today();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date > today())
  fail(
    `--date is the day the facts were checked, written YYYY-MM-DD, today (${today()}) at the latest; found "${date}"`,
  );

const root = resolve(values.root ?? contentRoot());
const kinds = ['providers', 'services'] as const;
const candidates = (() => {
  if (entry!.endsWith('.yaml')) return [resolve(entry!)];
  const [kind, id] = entry!.includes('/') ? entry!.split('/') : [undefined, entry!];
  return kinds.filter((k) => !kind || k === kind).map((k) => join(root, FACT_FILES[k](id!)));
})().filter((file) => existsSync(file));
if (candidates.length === 0) {
  const files = globSync('content/{providers,services}/**/*.yaml', { cwd: root }).sort();
  const known = files.map((f) => basename(f, '.yaml'));
  fail(`There is no entry "${entry}" in ${join(root, 'content')}${didYouMeanSuffix(basename(entry!), known)}`);
}
if (candidates.length > 1)
  fail(`"${entry}" is both a provider and a service: say which, providers/${entry} or services/${entry}`);

const file = candidates[0]!;
const name = relative(root, file);
const { text, confirmed } = verifyFacts(await readFile(file, 'utf8'), { date, how, by });
const schema = file.split('/').at(-2) === 'services' ? serviceSchema : providerSchema;
const { problems } = validate(schema, parse(text), name);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
await writeFile(file, text);
const contacts = confirmed > 0 ? `; ${confirmed} contact fact(s) confirmed with the provider on ${date}` : '';
console.log(`${name}: last verified ${date} (${how}, by ${by})${contacts}.`);
