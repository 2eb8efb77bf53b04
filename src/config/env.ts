/**
 * Every setting the register reads from the environment, in one place, each checked when first
 * read: a wrong value stops the build with the variable's name and what it expects. The README's
 * table ("Settings from the environment") lists each with its default; a test keeps the two alike.
 */
import { z } from 'astro/zod';

const flag = z.enum(['', '0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const path = z.string().min(1);

export const ENV_SCHEMA = z.object({
  /** The published address, such as https://example.org; unknown locally (no sitemap, relative feed links). */
  SITE_URL: z.url({ error: 'expected the published address, such as https://example.org' }).optional(),
  /** The path the site is published under, such as /trafficking-register/. */
  BASE_PATH: z
    .string()
    .startsWith('/', { error: 'expected a path starting with "/", such as /trafficking-register/' })
    .default('/'),
  /** Where `npm run build` writes the site, and where the tests of the built register read it. */
  REGISTER_OUT_DIR: path.default('dist'),
  /** Where the tests' fixture site is built. */
  FIXTURE_DIST: path.default('tests/.site'),
  /** The folder that holds content/: the project, or a copy (the tests' fixture register, the bench's grown one). */
  REGISTER_ROOT: path.optional(),
  /** A fixed "today", YYYY-MM-DD, for reproducible builds and tests. */
  REGISTER_TODAY: z.iso.date({ error: 'expected a date written YYYY-MM-DD' }).optional(),
  /** A languages.yaml of languages to add to the register's own (the tests' fixture language). */
  REGISTER_EXTRA_LANGUAGES: path.optional(),
  /** The repository "Suggest a correction" links to, such as https://github.com/owner/name. */
  REGISTER_REPOSITORY: z.url().optional(),
  /** Its branch. */
  REGISTER_BRANCH: z.string().min(1).default('main'),
  /** Where reports by e-mail go, where src/config/site.ts names none (forks, the tests). */
  REGISTER_REPORT_EMAIL: z.email().optional(),
  /** Set by GitHub Actions: where the build runs, and so the repository the site is built from. */
  GITHUB_SERVER_URL: z.url().optional(),
  GITHUB_REPOSITORY: z
    .string()
    .regex(/^[^/]+\/[^/]+$/, { error: 'expected owner/name' })
    .optional(),
  /** The OAuth handler the web editor's "Sign in with GitHub" uses (docs/editor.md). */
  REGISTER_EDITOR_AUTH_URL: z.url().optional(),
  /** A file each build step appends its duration to, as a line of JSON (npm run bench reads it). */
  REGISTER_TIMINGS: path.optional(),
  /** PDFs printed at once; by default one per core, as memory allows. */
  REGISTER_PRINT_JOBS: z.coerce.number().int().positive().optional(),
  /** Keep the print pages the PDFs are made from in the built site, to look at one in a browser. */
  REGISTER_KEEP_PRINT_PAGES: flag.default(false),
  /** Where rendered PDFs are kept between builds (README, "The PDFs"). */
  REGISTER_PDF_CACHE: path.default('.cache/pdf'),
  /** Where pages, the search index and the open data are kept between builds (README, "The editions"). */
  REGISTER_PAGE_CACHE: path.default('.cache/pages'),
  /** A Chromium or Chrome to print and test with; by default Debian's, installed when missing. */
  CHROMIUM_PATH: path.optional(),
  /** The port `npm start` serves on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  /** Keep the grown register `npm run bench -- --scale` builds, to look at it. */
  KEEP_SCALE_BUILD: flag.default(false),
});

export type Env = z.output<typeof ENV_SCHEMA>;

/** The settings, from `source` (the process's environment); a wrong one throws with its name. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const known = Object.fromEntries(Object.keys(ENV_SCHEMA.shape).map((name) => [name, source[name] || undefined]));
  const parsed = ENV_SCHEMA.safeParse(known);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (i) => `${String(i.path[0])}=${JSON.stringify(source[String(i.path[0])])}: ${i.message}`,
  );
  throw new Error(`A setting in the environment is wrong:\n  ${problems.join('\n  ')}`);
}

/** The settings of this process, read once. */
export const env: Env = readEnv();
