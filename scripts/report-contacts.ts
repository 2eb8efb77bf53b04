/**
 * `npm run report:contacts -- <base> [--head] [--root <dir>]`: the contacts the working tree (with
 * `--head`, the last commit) adds, removes or changes compared with git revision <base>, as Markdown
 * (src/editor/contacts.ts); exits 1 when a changed contact names no new source. The pull-request
 * workflow writes it to the run's summary (.github/workflows/test.yml).
 */
import { contentRoot } from '../src/content/layout.ts';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/checks/content.ts';
import { parseField } from '../src/checks/validate.ts';
import type { RegisterInput } from '../src/content/input.ts';
import { parseYaml } from '../src/content/read.ts';
import { readTextFile } from '../src/lib/text-file.ts';
import { buildRegister, type Register } from '../src/model/register.ts';
import { contactChanges, formatReport, missingSources } from '../src/editor/contacts.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { head: { type: 'boolean', default: false }, root: { type: 'string' } },
});
const base = positionals[0];
if (!base || positionals.length > 1) {
  console.error(
    'Usage: npm run report:contacts -- <base revision> [--head] [--root <dir>]   ' +
      '(for example: npm run report:contacts -- origin/main)',
  );
  process.exit(2);
}
const root = resolve(values.root ?? contentRoot());

function git(args: string[]): Buffer {
  const run = spawnSync('git', ['-C', root, ...args], { maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr.toString().trim()}`);
  return run.stdout;
}

const temporary: string[] = [];

/** The content folder as it is at `revision`, in a temporary folder (empty if it did not exist). */
async function contentAt(revision: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'register-contacts-'));
  temporary.push(dir);
  // The content root may be a folder inside the repository (the tests' fixture register).
  const prefix = git(['rev-parse', '--show-prefix']).toString().trim();
  git(['rev-parse', '--verify', `${revision}^{commit}`]);
  if (spawnSync('git', ['-C', root, 'cat-file', '-e', `${revision}:${prefix}content`]).status !== 0) return dir;
  const tar = git(['archive', '--format=tar', `${revision}:${prefix}`, 'content']);
  const extract = spawnSync('tar', ['-x', '-C', dir], { input: tar });
  if (extract.status !== 0)
    throw new Error(`tar could not unpack the content of ${revision}: ${extract.stderr.toString().trim()}`);
  return dir;
}

/** The content as read, and the register when it can be built (a broken head is the checker's to report). */
async function stateOf(dir: string): Promise<{ input: RegisterInput; register?: Register }> {
  const { input, problems } = await checkContent(dir);
  try {
    return { input, register: problems.length === 0 ? buildRegister(input) : undefined };
  } catch {
    return { input };
  }
}

try {
  const baseDir = await contentAt(base);
  const headDir = values.head ? await contentAt('HEAD') : root;
  const changes = contactChanges(await stateOf(baseDir), await stateOf(headDir));
  const problems = missingSources(changes);
  for (const p of problems) {
    const parsed = await readTextFile(join(headDir, p.file)).then(parseYaml, () => ({}));
    p.line = 'lineOf' in parsed ? parsed.lineOf(parseField(p.field!)) : undefined;
  }
  process.stdout.write(formatReport(changes, problems, values.head ? `${base}, at the last commit` : base));
  if (problems.length > 0) process.exitCode = 1;
} finally {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
}
