/** Every built page is valid HTML by the Nu Html Checker (the W3C validator), run locally. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { assertBuilt, DIST } from './helpers/site.ts';

const vnu = createRequire(import.meta.url)('vnu-jar') as string;

describe('the built HTML', () => {
  it('has no error by the Nu Html Checker', () => {
    assertBuilt();
    if (spawnSync('java', ['-version']).error) throw new Error('The Nu Html Checker needs Java: on Debian, apt-get install default-jre-headless.');
    // vnu writes its JSON report to stderr, and exits 1 when it finds an error.
    const run = spawnSync('java', ['-jar', String(vnu), '--errors-only', '--skip-non-html', '--format', 'json', DIST], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const report = run.stderr.trim() || run.stdout.trim();
    expect(report, 'the checker printed no report').not.toBe('');
    const messages = (JSON.parse(report) as { messages: { type: string; url: string; lastLine?: number; message: string }[] }).messages;
    const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(`file:${DIST}`, '')}:${m.lastLine ?? ''} ${m.message}`);
    expect(errors).toEqual([]);
  }, 300_000);
});
