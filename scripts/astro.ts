/**
 * Runs the Astro CLI with its usage telemetry off, on every platform: the register sends nothing
 * anywhere, from a reader's browser or from a maintainer's machine.
 *   node scripts/astro.ts build | dev | preview [options]
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
