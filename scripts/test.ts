/**
 * `npm test`: every tier of checks and tests (README, "Tests"), stopping at the first that fails, with the
 * time each took (also in reports/test-tiers.json, which `npm run bench` reports).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const TIERS: [name: string, script: string][] = [
  ['lint: format, code, import layers, unused code', 'lint'],
  ['type check (astro check)', 'typecheck'],
  ['unit and content tests (no build)', 'test:unit'],
  ['build the fixture register', 'build:fixture'],
  ['build the register', 'build'],
  ['fixture site and browser tests', 'test:site'],
  ['tests on the built register', 'test:real'],
];

const timings: { tier: string; seconds: number }[] = [];
for (const [tier, script] of TIERS) {
  console.log(`\n▶ ${tier} (npm run ${script})`);
  const start = performance.now();
  const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', cwd: ROOT });
  const seconds = Math.round((performance.now() - start) / 100) / 10;
  timings.push({ tier, seconds });
  if (run.status !== 0) {
    console.error(`\n✗ ${tier} failed after ${seconds} s.`);
    process.exit(run.status ?? 1);
  }
}
console.log('\nEvery tier passed:');
for (const { tier, seconds } of timings) console.log(`  ${String(seconds).padStart(6)} s  ${tier}`);
console.log(`  ${String(Math.round(timings.reduce((s, t) => s + t.seconds, 0))).padStart(6)} s  in all`);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
const tiers = { date: new Date().toISOString(), timings };
writeFileSync(join(ROOT, 'reports/test-tiers.json'), `${JSON.stringify(tiers, null, 2)}\n`);
