/**
 * A build costs only what changed. Built again with nothing changed, the fixture site copies every
 * page, the search index and the open data from the page cache and every PDF from the PDF cache,
 * and comes out the same, file for file. After one phone number changes, the pages, the index and
 * the open data are made again and show the new number, and only the PDFs that show it are printed
 * again (each fixture PDF in one rendering: the pages foreseen held).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { allPdfs, pdfPath } from '../../src/print/documents.ts';
import { registerOf } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site.ts';

const PDF_CACHE = FIXTURE_SITE.env.REGISTER_PDF_CACHE!;
const PAGE_CACHE = FIXTURE_SITE.env.REGISTER_PAGE_CACHE!;
const pdfText = (path: string) =>
  spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');

/**
 * The fixture register built again as `npm run build:fixture` builds it, from a copy with the
 * repository's history (pages say when facts changed) and the fixture site's caches, after `change`.
 */
async function rebuild(change: (register: string) => Promise<void>): Promise<{ log: string; dist: string }> {
  const work = await mkdtemp(join(tmpdir(), 'build-cache-'));
  spawnSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', '--quiet', join(work, 'repo'), 'HEAD']);
  const register = join(work, 'repo/tests/fixtures/register');
  try {
    // The fixture as it is in the working tree, files deleted since HEAD included.
    await rm(register, { recursive: true, force: true });
    await cp(join(ROOT, 'tests/fixtures/register'), register, { recursive: true });
    await cp(PDF_CACHE, join(work, 'pdf'), { recursive: true });
    await cp(PAGE_CACHE, join(work, 'pages'), { recursive: true });
    await change(register);
    // Without what the test runner sets (its mode, Vite's BASE_URL).
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
        // Astro's log is read line by line: without colours.
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        REGISTER_ROOT: register,
        FIXTURE_DIST: join(work, 'dist'),
        REGISTER_PDF_CACHE: join(work, 'pdf'),
        REGISTER_PAGE_CACHE: join(work, 'pages'),
      },
    });
    expect(build.status, build.stderr).toBe(0);
    return { log: build.stdout, dist: join(work, 'dist') };
  } finally {
    spawnSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', join(work, 'repo')]);
  }
}

const filesOf = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length))
    .sort();

describe('the caches of the fixture site', () => {
  it('hold every PDF of the build, each printed in one rendering', async () => {
    const records = (await readdir(PDF_CACHE)).filter((f) => f.endsWith('.json'));
    const pdfs = allPdfs(await registerOf(), LOCALES);
    expect(records.length).toBe(pdfs.length);
    for (const record of records)
      expect(JSON.parse(await readFile(join(PDF_CACHE, record), 'utf8')).renderings, record).toBe(1);
  });

  it('give, with nothing changed, every page and PDF again and the same site', async () => {
    const { log, dist } = await rebuild(async () => {});
    // Drawn again: only the two pages outside every language, which have no paths to key.
    expect([...log.matchAll(/├─ (\S+) \(\+/g)].map((m) => m[1]).sort()).toEqual(['/404.html', '/index.html']);
    expect(log).toContain('0 printed (0 renderings)');
    expect(log).toContain('Search index: copied from the last build');
    expect(log).toMatch(/Open data: .*, copied from the last build/);
    const files = await filesOf(dist);
    expect(files).toEqual(await filesOf(FIXTURE_SITE.dist));
    for (const file of files.filter((f) => /\.(html|pdf|json|csv|xml)$/.test(f)))
      expect((await readFile(join(dist, file))).equals(await readFile(join(FIXTURE_SITE.dist, file))), file).toBe(true);
  });

  it('draw again, after a phone number changes, its pages and only the PDFs that show it', async () => {
    const { log, dist } = await rebuild(async (register) => {
      const office = join(register, 'content/providers/novi-sad-office.yaml');
      await writeFile(office, (await readFile(office, 'utf8')).replace('+381641234567', '+381641234568'));
    });
    const page = await readFile(join(dist, 'en/providers/novi-sad-office/index.html'), 'utf8');
    expect(page).toContain('+381641234568');
    expect(page).not.toContain('+381641234567');
    const openData = await readFile(join(dist, 'open-data/en/register.json'), 'utf8');
    expect(openData).toContain('+381641234568');
    expect(openData).not.toContain('+381641234567');
    expect(log).not.toContain('Search index: copied');
    // Its second number is in the register, whole and its sector, in each language (its area's guide
    // shows the first number to call only).
    const changed = LOCALES.length * 2;
    expect(log).toContain(
      `${changed} printed (${changed} renderings), ${LOCALES.length * 6 - changed} unchanged, from the cache`,
    );
    const printed = (p: string) => pdfText(join(dist, p));
    const sector = printed(pdfPath({ document: 'register', part: 'social-protection' }, 'en'));
    expect(sector).toContain('0641234568');
    expect(sector).not.toContain('0641234567');
    expect(printed(pdfPath({ document: 'register' }, 'sq'))).toContain('0641234568');
  });
});
