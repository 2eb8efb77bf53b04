/**
 * Choices about the site itself (not facts of the register, which live in content/), checked against
 * src/schemas/site.ts when the site starts. A fork publishes a working copy of itself, with no code
 * edited: the repository is the one the build runs from (REGISTER_REPOSITORY; else GitHub Actions'
 * own; else git's `origin`, where it is on GitHub); a build that sees none leaves out its links.
 */
import { spawnSync } from 'node:child_process';
import { siteConfigSchema } from '../schemas/site.ts';
import { env } from './env.ts';

/**
 * Where reports by e-mail go, for a person without a GitHub account: write the address the
 * maintainers read here (REGISTER_REPORT_EMAIL overrides it). Without one, pages offer no e-mail
 * route, and the build says so.
 */
const REPORT_EMAIL: string | undefined = undefined;

/** git's `origin`, as the address of its page on GitHub: "https://github.com/owner/name". */
function gitOrigin(): string | undefined {
  const run = spawnSync('git', ['config', '--get', 'remote.origin.url'], { encoding: 'utf8' });
  const match = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(run.status === 0 ? run.stdout.trim() : '');
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

const ci =
  env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
const repository = env.REGISTER_REPOSITORY ?? ci ?? gitOrigin();

const parsed = siteConfigSchema.safeParse({
  // An ordinary search page in the reader's language: in a browser's history it reads like any
  // search. Serbian and Romani readers in Serbia use the Serbian one.
  quickExit: {
    default: 'https://www.google.com/',
    'sr-Cyrl': 'https://www.google.rs/',
    'sr-Latn': 'https://www.google.rs/',
    rom: 'https://www.google.rs/',
    sq: 'https://www.google.com/?hl=sq',
  },
  repository: repository ? { url: repository, branch: env.REGISTER_BRANCH } : undefined,
  reportEmail: env.REGISTER_REPORT_EMAIL ?? REPORT_EMAIL,
  licence: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  staleAfterMonths: 12,
});
if (!parsed.success)
  throw new Error(
    `src/config/site.ts: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );

export const site = parsed.data;
