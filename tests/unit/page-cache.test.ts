/**
 * A build stopped while drawing pages leaves no page the next one could copy: the record of the
 * page cache is forgotten (src/build/page-cache.ts).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closePageCache, openPageCache } from '../../src/build/page-cache.ts';

describe('the page cache', () => {
  it('keeps its record after a build that finished', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'page-cache-'));
    expect(await openPageCache(dir)).toBe(false);
    await writeFile(join(dir, 'incremental-build.json'), '{}');
    await closePageCache(dir);
    expect(await openPageCache(dir)).toBe(false);
    expect(existsSync(join(dir, 'incremental-build.json'))).toBe(true);
  });

  it('forgets its record after a build that stopped while drawing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'page-cache-'));
    await openPageCache(dir);
    await writeFile(join(dir, 'incremental-build.json'), '{}');
    // Stopped here: never closed.
    expect(await openPageCache(dir)).toBe(true);
    expect(existsSync(join(dir, 'incremental-build.json'))).toBe(false);
  });
});
