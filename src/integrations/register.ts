/**
 * The register's first build step: read and check the content once, before any page is rendered
 * (a text's body is rendered only once it has passed). On `astro build` a problem stops the build with every message
 * at once; on `astro dev` they are printed, pages show them, and a change to the content reloads.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { ContentError } from '../checks/problem.ts';
import { site } from '../config/site.ts';
import { contentRoot } from '../content/layout.ts';
import { forgetDictionaries } from '../i18n/dictionaries.ts';
import { forgetRegister, loadRegister } from '../model/load.ts';
import { buildKey } from '../build/page-key.ts';
import { timed } from '../build/timing.ts';

export default function register(): AstroIntegration {
  return {
    name: 'register:content',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig }) => {
        if (command === 'preview') return;
        // What the pages cannot offer, said once rather than guessed (src/view/reports.ts).
        if (!site.repository)
          logger.warn('No repository (REGISTER_REPOSITORY, GitHub Actions or git origin): pages leave out edit links.');
        if (!site.reportEmail)
          logger.warn('No address for reports (src/config/site.ts): pages offer no report by e-mail.');
        // The key of the pages before the content they are drawn from: a file changed after it is
        // drawn again by the next build, never kept under a key that already names it.
        if (command === 'build') await buildKey();
        try {
          await timed('Content read and checked', (m) => logger.info(m), loadRegister);
        } catch (error) {
          // The message is the whole report, each problem with its file, line, field and fix.
          if (command === 'build' || !(error instanceof ContentError)) throw error;
          logger.error(error.message);
        }
        if (command !== 'dev') return;
        const watched = [join(contentRoot(), 'content'), join(process.cwd(), 'src/i18n/ui')];
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'register:reload-content',
                configureServer(server) {
                  server.watcher.add(watched);
                  server.watcher.on('all', (_event, file) => {
                    if (!watched.some((dir) => file.startsWith(dir))) return;
                    forgetRegister();
                    forgetDictionaries();
                    server.ws.send({ type: 'full-reload' });
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
