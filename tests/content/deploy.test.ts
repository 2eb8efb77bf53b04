/** The host configurations in deploy/ are what the one definition of the headers makes, for the register's own languages. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caddyConfig, nginxConfig } from '../../src/build/headers.ts';
import { ROOT } from '../helpers/site.ts';

describe('the host configurations', () => {
  it('are what src/build/headers.ts makes (npm run deploy:config)', async () => {
    expect(await readFile(join(ROOT, 'deploy/nginx.conf'), 'utf8')).toBe(nginxConfig());
    expect(await readFile(join(ROOT, 'deploy/Caddyfile'), 'utf8')).toBe(caddyConfig());
  });
});
