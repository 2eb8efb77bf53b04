/**
 * Runs the Astro CLI with its usage telemetry off, on every platform: the register sends nothing anywhere,
 * from a reader's browser or a maintainer's machine. `--fixture`: the tests' fixture register (scripts/sites.ts).
 *   node scripts/astro.ts build | dev | preview | check [--fixture] [options]
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FIXTURE_SITE, REAL_SITE, writeFixtureDictionary } from './sites.ts';

const cli = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const args = process.argv.slice(2);
const fixture = args.includes('--fixture');
if (fixture) await writeFixtureDictionary();
const child = spawn(process.execPath, [cli, ...args.filter((a) => a !== '--fixture')], {
  stdio: 'inherit',
  // The site's settings, unless the environment says otherwise (a test's copy, the bench's grown register).
  env: { ...(fixture ? FIXTURE_SITE : REAL_SITE).env, ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
