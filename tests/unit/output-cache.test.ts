/**
 * The search index and the open data of the last build are copied when nothing they are made from
 * changed, and made again when anything did (src/build/output-cache.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const root = await mkdtemp(join(tmpdir(), 'output-cache-'));
// Read when the modules load, or when the key is made; put back after, for the files this worker runs next.
vi.stubEnv('REGISTER_ROOT', join(root, 'register'));
vi.stubEnv('REGISTER_PAGE_CACHE', join(root, 'cache'));
vi.stubEnv('REGISTER_EXTRA_LANGUAGES', '');
afterAll(() => vi.unstubAllEnvs());
const { cachedOutput, isCached } = await import('../../src/build/output-cache.ts');
const { pageKey } = await import('../../src/build/page-key.ts');

const OPEN_DATA = { step: 'open-data', base: '/' };
const target = join(root, 'dist/open-data');
const phone = async (number: string) => {
  await writeFile(join(root, 'register/content/office.yaml'), `phone: "${number}"\n`);
  pageKey.clear();
};
const make = vi.fn(async () => {
  await mkdir(target, { recursive: true });
  await writeFile(join(target, 'register.csv'), 'id,phone\n');
});

beforeEach(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'register/content'), { recursive: true });
  await phone('+381641234567');
  make.mockClear();
});

describe('a step kept under the pages key', () => {
  it('is made, then copied while nothing changes', async () => {
    expect(await cachedOutput(OPEN_DATA, target, make)).toBe('made');
    await rm(target, { recursive: true });
    expect(await isCached(OPEN_DATA)).toBe(true);
    expect(await cachedOutput(OPEN_DATA, target, make)).toBe('copied');
    expect(make).toHaveBeenCalledTimes(1);
    expect(await readFile(join(target, 'register.csv'), 'utf8')).toBe('id,phone\n');
  });

  it('is made again after a phone number changes, or for another base path', async () => {
    await cachedOutput(OPEN_DATA, target, make);
    expect(await isCached({ ...OPEN_DATA, base: '/trafficking-register/' })).toBe(false);
    await phone('+381641234568');
    expect(await isCached(OPEN_DATA)).toBe(false);
    expect(await cachedOutput(OPEN_DATA, target, make)).toBe('made');
  });

  it('is made again when the kept copy lost its key (a build stopped while keeping it)', async () => {
    await cachedOutput(OPEN_DATA, target, make);
    await rm(join(root, 'cache/outputs/open-data/key'));
    expect(await cachedOutput(OPEN_DATA, target, make)).toBe('made');
    expect(existsSync(join(root, 'cache/outputs/open-data/key'))).toBe(true);
  });
});
