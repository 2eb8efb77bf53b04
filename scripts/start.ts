/**
 * `npm start`: builds the register when dist/ is missing or older than its sources, then serves it at
 * http://localhost:4321/ with a host's headers (src/build/headers.ts): what you see is what a reader gets.
 *   PORT=8080 npm start        another port
 *   npm start -- --fixture     the tests' fixture register instead (tests/.site/)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor } from '../src/build/headers.ts';
import { serveDirectory } from '../src/build/static-server.ts';
import { env } from '../src/config/env.ts';
import { FIXTURE_SITE, REAL_SITE } from './sites.ts';

const ROOT = join(import.meta.dirname, '..');
const fixture = process.argv.includes('--fixture');
const site = fixture ? FIXTURE_SITE : REAL_SITE;

function newestSource(): number {
  const sources = ['content/**', 'src/**', 'astro.config.mjs', 'package.json'];
  if (fixture) sources.push('tests/fixtures/**');
  return Math.max(0, ...globSync(sources, { cwd: ROOT }).map((file) => statSync(join(ROOT, file)).mtimeMs));
}

const built = join(site.dist, 'index.html');
if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
  const again = existsSync(built);
  console.log(again ? 'The sources changed since the last build: building again…' : 'Building the register…');
  const args = [join(ROOT, 'scripts/astro.ts'), 'build', ...(fixture ? ['--fixture'] : [])];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const server = await serveDirectory(site.dist, { base: site.base, headers: headersFor, port: env.PORT });
console.log(`The register is served at ${server.url.replace('127.0.0.1', 'localhost')} (Ctrl+C to stop).`);
