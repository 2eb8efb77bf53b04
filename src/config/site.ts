/**
 * Choices about the site itself (not facts of the register, which live in content/), checked
 * against src/schemas/site.ts when the site starts. A fork publishes a working copy of itself:
 * the repository comes from the environment where the build runs (REGISTER_REPOSITORY, or GitHub
 * Actions' GITHUB_REPOSITORY), so no code is edited.
 */
import { siteConfigSchema } from '../schemas/site.ts';

const github = process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}` : undefined;

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
  repository: {
    url: process.env.REGISTER_REPOSITORY ?? github ?? 'https://github.com/astra-serbia/trafficking-register',
    branch: process.env.REGISTER_BRANCH ?? 'main',
  },
  licence: { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
  staleAfterMonths: 12,
});
if (!parsed.success) throw new Error(`src/config/site.ts: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);

export const site = parsed.data;
