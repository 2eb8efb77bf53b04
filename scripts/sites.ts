/**
 * The two sites the tests build: the register (dist/) and the fixture register holding every state a reader
 * can meet, under a base path as a GitHub project site, with a fixed "today" so its stale entry stays stale.
 */
import { join, resolve } from 'node:path';
import { env } from '../src/config/env.ts';

const ROOT = join(import.meta.dirname, '..');

export interface SiteBuild {
  dist: string;
  base: string;
  /** The published address, if any. */
  site?: string;
  env: Record<string, string>;
}

/** REGISTER_OUT_DIR and FIXTURE_DIST build elsewhere, so that two builds on one machine do not meet. */
const REAL_DIST = resolve(ROOT, env.REGISTER_OUT_DIR);
const FIXTURE_DIST = resolve(ROOT, env.FIXTURE_DIST);

export const REAL_SITE: SiteBuild = { dist: REAL_DIST, base: '/', env: { REGISTER_OUT_DIR: REAL_DIST } };

/** The language the fixture register adds without code (tests/fixtures/languages/). */
export const FIXTURE_LANGUAGE = 'hr';

export const FIXTURE_SITE: SiteBuild = {
  dist: FIXTURE_DIST,
  base: '/trafficking-register/',
  site: 'https://register.example.org',
  env: {
    REGISTER_ROOT: join(ROOT, 'tests/fixtures/register'),
    REGISTER_OUT_DIR: FIXTURE_DIST,
    REGISTER_TODAY: '2026-12-01',
    REGISTER_EXTRA_LANGUAGES: join(ROOT, 'tests/fixtures/languages/languages.yaml'),
    BASE_PATH: '/trafficking-register/',
    SITE_URL: 'https://register.example.org',
    // Built as a fork on GitHub would be, with an address for reports without an account.
    REGISTER_REPOSITORY: 'https://github.com/example/trafficking-register',
    REGISTER_REPORT_EMAIL: 'register@example.org',
    // Its PDFs and pages are kept apart from the register's.
    REGISTER_PDF_CACHE: `${resolve(ROOT, env.REGISTER_PDF_CACHE)}-fixture`,
    REGISTER_PAGE_CACHE: `${resolve(ROOT, env.REGISTER_PAGE_CACHE)}-fixture`,
  },
};

/**
 * The fixture language's UI dictionary, written beside its profile: the Serbian one in Latin letters (a kept
 * one would need an edit for every new UI string; this one proves the mechanism, not the translation).
 */
export async function writeFixtureDictionary(): Promise<void> {
  const { mkdir, readFile, rename, writeFile } = await import('node:fs/promises');
  const { toLatin } = await import('../src/i18n/transliterate.ts');
  const source = JSON.parse(await readFile(join(ROOT, 'src/i18n/ui/sr-Cyrl.json'), 'utf8')) as Record<string, string>;
  const dir = join(ROOT, 'tests/fixtures/languages/ui');
  const latin = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, toLatin(v)]));
  const text = `${JSON.stringify(latin, null, 2)}\n`;
  // Builds and test runs write it as they start, while others read it: only when changed, and whole (renamed).
  if ((await readFile(join(dir, 'hr.json'), 'utf8').catch(() => '')) === text) return;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `hr.json.${process.pid}`), text);
  await rename(join(dir, `hr.json.${process.pid}`), join(dir, 'hr.json'));
}
