/**
 * Every setting the register reads from the environment, in one place, each checked when first
 * read: a wrong value stops the build with the variable's name and what it expects. What each
 * sets, with its default, is said once, in the README's table ("Settings from the environment"):
 * a test fails when one is missing there.
 */
import { z } from 'astro/zod';

const flag = z.enum(['', '0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const text = z.string().min(1);

export const ENV_SCHEMA = z.object({
  SITE_URL: z.url({ error: 'expected the published address, such as https://example.org' }).optional(),
  BASE_PATH: text
    .startsWith('/', { error: 'expected a path starting with "/", such as /trafficking-register/' })
    .default('/'),
  REGISTER_OUT_DIR: text.default('dist'),
  FIXTURE_DIST: text.default('tests/.site'),
  REGISTER_ROOT: text.optional(),
  REGISTER_TODAY: z.iso.date({ error: 'expected a date written YYYY-MM-DD' }).optional(),
  REGISTER_EXTRA_LANGUAGES: text.optional(),
  REGISTER_REPOSITORY: z.url().optional(),
  REGISTER_BRANCH: text.default('main'),
  REGISTER_REPORT_EMAIL: z.email().optional(),
  GITHUB_SERVER_URL: z.url().optional(),
  GITHUB_REPOSITORY: text.regex(/^[^/]+\/[^/]+$/, { error: 'expected owner/name' }).optional(),
  REGISTER_EDITOR_AUTH_URL: z.url().optional(),
  REGISTER_TIMINGS: text.optional(),
  REGISTER_PRINT_JOBS: z.coerce.number().int().positive().optional(),
  REGISTER_KEEP_PRINT_PAGES: flag.default(false),
  REGISTER_PDF_CACHE: text.default('.cache/pdf'),
  REGISTER_PAGE_CACHE: text.default('.cache/pages'),
  CHROMIUM_PATH: text.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
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
