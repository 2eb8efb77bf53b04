/**
 * PDFs cost only what changed: each fixture PDF was printed in one rendering (the pages foreseen
 * held), and after one phone number changes a build prints again only the editions that show it,
 * with the new number and without the old one, and takes every other from the cache.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { allPdfs, pdfPath } from '../../src/print/documents.ts';
import { registerOf } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site.ts';

const CACHE = FIXTURE_SITE.env.REGISTER_PDF_CACHE!;
const pdfText = (path: string) =>
  spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');

describe('the PDF cache of the fixture site', () => {
  it('holds every PDF of the build, each printed in one rendering', async () => {
    const records = (await readdir(CACHE)).filter((f) => f.endsWith('.json'));
    const pdfs = allPdfs(await registerOf(), LOCALES);
    expect(records.length).toBe(pdfs.length);
    for (const record of records)
      expect(JSON.parse(await readFile(join(CACHE, record), 'utf8')).renderings, record).toBe(1);
  });

  it('prints again, after a phone number changes, only the PDFs that show it, with the new number', async () => {
    // A copy of the fixture register with the repository's history (pages say when facts changed).
    const work = await mkdtemp(join(tmpdir(), 'pdf-change-'));
    spawnSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', '--quiet', join(work, 'repo'), 'HEAD']);
    const register = join(work, 'repo/tests/fixtures/register');
    try {
      await cp(join(ROOT, 'tests/fixtures/register'), register, { recursive: true, force: true });
      await cp(CACHE, join(work, 'cache'), { recursive: true });
      const office = join(register, 'content/providers/novi-sad-office.yaml');
      await writeFile(office, (await readFile(office, 'utf8')).replace('+381641234567', '+381641234568'));
      // Built as `npm run build:fixture` builds it: without what the test runner sets (its mode, Vite's BASE_URL).
      const {
        NODE_ENV: _node,
        BASE_URL: _base,
        MODE: _mode,
        DEV: _dev,
        PROD: _prod,
        SSR: _ssr,
        ...outside
      } = process.env;
      const build = spawnSync(process.execPath, [join(ROOT, 'scripts/astro.ts'), 'build', '--fixture'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...outside,
          REGISTER_ROOT: register,
          FIXTURE_DIST: join(work, 'dist'),
          REGISTER_PDF_CACHE: join(work, 'cache'),
        },
      });
      expect(build.status, build.stderr).toBe(0);
      await checkChanged(build.stdout, work);
    } finally {
      spawnSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', join(work, 'repo')]);
    }
  });
});

async function checkChanged(log: string, work: string) {
  {
    // Its second number is in the register, whole and its sector, in each language (its area's guide
    // shows the first number to call only).
    const changed = LOCALES.length * 2;
    expect(log).toContain(
      `${changed} printed (${changed} renderings), ${LOCALES.length * 6 - changed} unchanged, from the cache`,
    );
    const printed = (p: string) => pdfText(join(work, 'dist', p));
    const sector = printed(pdfPath({ document: 'register', part: 'social-protection' }, 'en'));
    expect(sector).toContain('0641234568');
    expect(sector).not.toContain('0641234567');
    expect(printed(pdfPath({ document: 'register' }, 'sq'))).toContain('0641234568');
  }
}
