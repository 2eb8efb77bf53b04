/**
 * `npm run links:external`, after a build (weekly in the scheduled workflow; the tests check internal links,
 * offline): every broken link to another site, with its page; exits 1 if there is any.
 */
import { check, LinkState } from 'linkinator';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '..', 'dist');
const result = await check({
  path: DIST,
  recurse: true,
  concurrency: 10,
  retry: true,
  timeout: 20_000,
  // Only links to other sites; the repository's own edit and issue links need a login.
  linksToSkip: async (link) =>
    !/^https?:\/\//.test(link) || /^https?:\/\/(localhost|127\.0\.0\.1|github\.com)/.test(link),
});
const external = result.links.filter((l) => /^https?:\/\//.test(l.url));
const broken = external.filter((l) => l.state === LinkState.BROKEN);
for (const link of broken)
  console.log(`${link.url} (${link.status ?? 'no answer'}) on ${link.parent?.replace(DIST, '') ?? '?'}`);
console.log(`${external.length} links to other sites checked, ${broken.length} broken.`);
process.exit(broken.length > 0 ? 1 : 0);
