/**
 * Content fixtures: `tests/fixtures/register/` is a small, valid register holding every state a
 * reader can meet (it is also the fixture site); each folder of `tests/fixtures/bad/` overlays one
 * broken file on it (and may list files to delete in `delete.txt`) and says in `expected.txt` the
 * exact report a maintainer must see.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/checks/content.ts';
import { formatProblems } from '../../src/checks/problem.ts';
import { buildRegister, type Register } from '../../src/model/register.ts';
import { pageContext } from '../../src/view/context.ts';
import type { LocaleTag } from '../../src/i18n/locales.ts';
import type { RegisterInput } from '../../src/content/input.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const FIXTURE_REGISTER = join(FIXTURES, 'register');

export async function badFixtureNames(): Promise<string[]> {
  return (await readdir(join(FIXTURES, 'bad'))).sort();
}

/** A temporary content root holding the fixture register with the named bad fixture laid over it. */
export async function fixtureRoot(name?: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'register-fixture-'));
  await cp(FIXTURE_REGISTER, root, { recursive: true });
  if (name) {
    const dir = join(FIXTURES, 'bad', name);
    if (existsSync(join(dir, 'content'))) await cp(join(dir, 'content'), join(root, 'content'), { recursive: true });
    if (existsSync(join(dir, 'delete.txt'))) {
      for (const file of (await readFile(join(dir, 'delete.txt'), 'utf8')).split('\n').filter(Boolean))
        await rm(join(root, file));
    }
  }
  return root;
}

export async function expectedReport(name: string): Promise<string> {
  return (await readFile(join(FIXTURES, 'bad', name, 'expected.txt'), 'utf8')).trimEnd();
}

/** What the checker read from a content root that must pass every check. */
export async function fixtureInput(root: string = FIXTURE_REGISTER): Promise<RegisterInput> {
  const { input, problems } = await checkContent(root);
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return input;
}

/** The register built from a content root that must pass every check. */
export async function registerOf(root: string = FIXTURE_REGISTER): Promise<Register> {
  return buildRegister(await fixtureInput(root));
}

/** What a page of the fixture site in `locale` is drawn with. */
export async function fixtureContext(locale: LocaleTag, base = '/') {
  return pageContext({ locale, register: await registerOf(), base });
}
