/**
 * The search index and the open data of the last build are copied when nothing they are made from
 * changed, and made again when anything did (src/build/output-cache.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const root = await mkdtemp(join(tmpdir(), 'output-cache-'));
// Read when the modules load; put back after, for the test files this worker runs next.
vi.stubEnv('REGISTER_ROOT', join(root, 'register'));
vi.stubEnv('REGISTER_PAGE_CACHE', join(root, 'cache'));
const { cachedOutput, isCached } = await import('../../src/build/output-cache.ts');
const { pageKey } = await import('../../src/build/page-key.ts');

const target = join(root, 'dist/open-data');
const phone = (number: string) => writeFile(join(root, 'register/content/office.yaml'), `phone: "${number}"\n`);
const make = vi.fn(async () => {
  await mkdir(target, { recursive: true });
  await writeFile(join(target, 'register.csv'), 'id,phone\n');
});

beforeAll(async () => {
  await mkdir(join(root, 'register/content'), { recursive: true });
  await phone('+381641234567');
});
afterAll(() => vi.unstubAllEnvs());

describe('a step kept under the pages key', () => {
  it('is made, then copied while nothing changes', async () => {
    expect(await cachedOutput('open-data', target, make)).toBe('made');
    await rm(target, { recursive: true });
    expect(await isCached('open-data')).toBe(true);
    expect(await cachedOutput('open-data', target, make)).toBe('copied');
    expect(make).toHaveBeenCalledTimes(1);
    expect(await readFile(join(target, 'register.csv'), 'utf8')).toBe('id,phone\n');
  });

  it('is made again after a phone number changes', async () => {
    await phone('+381641234568');
    pageKey.clear();
    expect(await isCached('open-data')).toBe(false);
    expect(await cachedOutput('open-data', target, make)).toBe('made');
  });

  it('is made again when the kept copy lost its key (a build stopped while keeping it)', async () => {
    await rm(join(root, 'cache/outputs/open-data/key'));
    expect(await cachedOutput('open-data', target, make)).toBe('made');
    expect(existsSync(join(root, 'cache/outputs/open-data/key'))).toBe(true);
  });
});
