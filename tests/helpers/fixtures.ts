/**
 * Content fixtures: `tests/fixtures/base/` is a small, valid register; each folder of
 * `tests/fixtures/bad/` overlays one broken file on it (and may list base files to delete in
 * `delete.txt`) and says in `expected.txt` the exact report a maintainer must see.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export async function badFixtureNames(): Promise<string[]> {
  return (await readdir(join(FIXTURES, 'bad'))).sort();
}

/** A temporary project root holding the base register with the named fixture laid over it. */
export async function fixtureRoot(name?: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'register-fixture-'));
  await cp(join(FIXTURES, 'base'), root, { recursive: true });
  if (name) {
    const dir = join(FIXTURES, 'bad', name);
    if (existsSync(join(dir, 'content'))) await cp(join(dir, 'content'), join(root, 'content'), { recursive: true });
    if (existsSync(join(dir, 'delete.txt'))) {
      for (const file of (await readFile(join(dir, 'delete.txt'), 'utf8')).split('\n').filter(Boolean)) await rm(join(root, file));
    }
  }
  return root;
}

export async function expectedReport(name: string): Promise<string> {
  return (await readFile(join(FIXTURES, 'bad', name, 'expected.txt'), 'utf8')).trimEnd();
}
