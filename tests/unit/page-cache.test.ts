/**
 * One build at a time uses a page cache, and a build stopped unfinished leaves no page the next one
 * could copy: the record of the cache is forgotten (src/build/page-cache.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closePageCache, openPageCache } from '../../src/build/page-cache.ts';

const RECORD = 'incremental-build.json';
const cache = () => mkdtemp(join(tmpdir(), 'page-cache-'));

describe('the page cache', () => {
  it('keeps its record after a build that finished', async () => {
    const dir = await cache();
    expect(await openPageCache(dir)).toBe(false);
    await writeFile(join(dir, RECORD), '{}');
    await closePageCache(dir);
    expect(await openPageCache(dir)).toBe(false);
    expect(existsSync(join(dir, RECORD))).toBe(true);
  });

  it('forgets its record after a build that stopped unfinished', async () => {
    const dir = await cache();
    await writeFile(join(dir, RECORD), '{}');
    // The mark of a build whose process has ended without giving the cache back.
    await writeFile(join(dir, 'building'), `${spawnSync('true').pid}\n`);
    expect(await openPageCache(dir)).toBe(true);
    expect(existsSync(join(dir, RECORD))).toBe(false);
  });

  it('refuses a second build while one runs, naming the setting that gives it its own', async () => {
    const dir = await cache();
    await openPageCache(dir);
    await expect(openPageCache(dir)).rejects.toThrow(/Another build .* REGISTER_PAGE_CACHE/);
    await closePageCache(dir);
    expect(await openPageCache(dir)).toBe(false);
  });
});
