/**
 * Files saved on Windows: Notepad starts a file with an invisible byte-order mark, and many editors
 * end lines with CRLF. Both are harmless and must be read as the author meant: the same register,
 * the same problems at the same lines.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content.ts';
import { checkDictionaries } from '../../src/checks/dictionaries.ts';
import { formatProblem, sortProblems } from '../../src/checks/problem.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { badFixtureNames, expectedReport, fixtureInput, fixtureRoot } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site.ts';

/** Every file under `dir` as Notepad saves it: a byte-order mark, then CRLF line ends. */
async function saveAsWindows(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    await writeFile(path, `\uFEFF${(await readFile(path, 'utf8')).replace(/\n/g, '\r\n')}`);
  }
}

const BAD_FIXTURES = await badFixtureNames();

const reportOf = async (root: string) =>
  sortProblems((await checkContent(root)).problems)
    .map(formatProblem)
    .join('\n');

describe('content saved on Windows (a byte-order mark and CRLF line ends)', () => {
  it('is read as the same register: every fact, name and body', async () => {
    const root = await fixtureRoot();
    await saveAsWindows(join(root, 'content'));
    expect(await fixtureInput(root)).toEqual(await fixtureInput(await fixtureRoot()));
  });

  it.each(BAD_FIXTURES)('reports the bad fixture "%s" exactly as saved with LF, at the same lines', async (name) => {
    const root = await fixtureRoot(name);
    await saveAsWindows(join(root, 'content'));
    expect(await reportOf(root)).toBe(await expectedReport(name));
  });
});

describe('UI dictionaries saved on Windows', () => {
  it('pass the checks and translate as before', async () => {
    const root = await mkdtemp(join(tmpdir(), 'register-ui-'));
    await cp(join(ROOT, 'src/i18n/ui'), join(root, 'src/i18n/ui'), { recursive: true });
    await saveAsWindows(root);
    expect((await checkDictionaries(root)).map(formatProblem)).toEqual([]);
    expect(translator('en', root)('nav.home')).toBe(translator('en', ROOT)('nav.home'));
  });
});
