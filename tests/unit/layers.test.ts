/**
 * The import layers are enforced: a module that imports from a layer above it fails `npm run lint`
 * (dependency-cruiser, .dependency-cruiser.cjs), naming both files.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

async function cruise(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'register-layers-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  return spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'src',
      '--config',
      join(ROOT, '.dependency-cruiser.cjs'),
    ],
    { cwd: dir, encoding: 'utf8' },
  );
}

describe('the import layers', () => {
  it('refuse a back-edge, naming both files', async () => {
    const run = await cruise({
      'src/view/entry.ts': 'export const view = 1;\n',
      'src/model/register.ts': "import { view } from '../view/entry.ts';\nexport const register = view;\n",
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('no-model-upwards: src/model/register.ts → src/view/entry.ts');
  });

  it('refuse a cycle', async () => {
    const run = await cruise({
      'src/model/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
      'src/model/b.ts': "import { a } from './a.ts';\nexport const b = a;\n",
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('no-cycles');
  });

  it('let a layer import from below it', async () => {
    const run = await cruise({
      'src/schemas/facts.ts': 'export const facts = 1;\n',
      'src/model/register.ts': "import { facts } from '../schemas/facts.ts';\nexport const register = facts;\n",
    });
    expect(run.stdout).toContain('no dependency violations');
    expect(run.status).toBe(0);
  });
});
