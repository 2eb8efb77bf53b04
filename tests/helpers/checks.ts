/** Checks both built sites get: every internal link resolves, and the HTML is valid. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { check, LinkState } from 'linkinator';
import { serveDirectory } from '../../src/build/static-server.ts';
import type { SiteBuild } from '../../scripts/sites.ts';

/** Every link and resource from the site to itself that does not answer, fragments included. */
export async function brokenLinks(site: SiteBuild): Promise<string[]> {
  const server = await serveDirectory(site.dist, { base: site.base });
  try {
    const result = await check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Only this site: links to other sites are checked weekly (npm run links:external).
      linksToSkip: async (link) => !link.startsWith(server.origin),
    });
    return result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `${l.url.replace(server.origin, '')} (${l.status}) on ${l.parent?.replace(server.origin, '')}`);
  } finally {
    await server.close();
  }
}

const vnu = createRequire(import.meta.url)('vnu-jar') as string;

/** The Nu Html Checker's errors (the W3C validator, run locally), by file and line. */
export function htmlErrors(dir: string): string[] {
  if (spawnSync('java', ['-version']).error)
    throw new Error('The Nu Html Checker needs Java: on Debian, apt-get install default-jre-headless.');
  // vnu writes its JSON report to stderr, and exits 1 when it finds an error.
  const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = run.stderr.trim() || run.stdout.trim();
  if (!report) throw new Error('The Nu Html Checker printed no report');
  const messages = (
    JSON.parse(report) as { messages: { type: string; url: string; lastLine?: number; message: string }[] }
  ).messages;
  return messages
    .filter((m) => m.type === 'error')
    .map((m) => `${m.url.replace(`file:${dir}`, '')}:${m.lastLine ?? ''} ${m.message}`);
}
