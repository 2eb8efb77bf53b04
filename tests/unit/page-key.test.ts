/**
 * The key every page is kept under between builds (src/build/page-key.ts): the same while nothing
 * a page is drawn from changes, another when a fact, a text or the code changes.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageKey } from '../../src/build/page-key.ts';

// The fixture language's files are written again by other test files as they start: not these keys'.
vi.stubEnv('REGISTER_EXTRA_LANGUAGES', '');
afterAll(() => vi.unstubAllEnvs());

let root: string;
const write = async (path: string, text: string) => {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), text);
};
const key = () => {
  pageKey.clear();
  return pageKey(join(root, 'register'), join(root, 'project'));
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'page-key-'));
  await write('register/content/providers/office.yaml', 'phone: "+381641234567"\n');
  await write('register/content/text/sr-Cyrl/providers/office.mdx', 'Текст.\n');
  await write('project/src/pages/index.astro', '<p>page</p>\n');
});

describe('the key of the pages', () => {
  it('stays the same while nothing changes', async () => {
    expect(await key()).toBe(await key());
  });

  it('changes with a phone number, a text or the code', async () => {
    const before = await key();
    await write('register/content/providers/office.yaml', 'phone: "+381641234568"\n');
    const phone = await key();
    await write('register/content/text/sr-Cyrl/providers/office.mdx', 'Други текст.\n');
    const text = await key();
    await write('project/src/pages/index.astro', '<p>another page</p>\n');
    const code = await key();
    expect(new Set([before, phone, text, code]).size).toBe(4);
  });

  it('changes when a file is added or renamed', async () => {
    const before = await key();
    await write('register/content/providers/other.yaml', 'phone: "+381641234567"\n');
    expect(await key()).not.toBe(before);
  });
});
