/**
 * The register's build steps after the pages, as one integration: each step says in `needs` what
 * it must wait for (src/build/steps.ts), so nothing depends on where an integration stands in
 * astro.config.mjs. How long the pages take (Vite's bundles and Astro's pages, from the build's
 * start to the last page written) is logged and recorded like every other step's time.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeHostFiles } from '../build/host-files.ts';
import { closePageCache, openPageCache } from '../build/page-cache.ts';
import { runSteps, type BuildStep } from '../build/steps.ts';
import { recordStep } from '../build/timing.ts';
import { writeEditorStep } from '../editor/assets.ts';
import { loadRegister } from '../model/load.ts';
import { writeOpenData } from '../open-data/step.ts';
import { printPdfs } from '../print/step.ts';
import { searchIndexStep } from '../search/step.ts';

/** The steps after the pages; the search index was started with them (src/search/step.ts) and is written here. */
const steps = (writeSearchIndex: BuildStep['run']): BuildStep[] => [
  // Made beside the PDFs, which take longest; none reads what another writes.
  { name: 'Search index', run: writeSearchIndex },
  { name: 'Open data', run: writeOpenData },
  { name: 'PDFs', run: printPdfs },
  { name: 'Web editor', run: writeEditorStep },
  { name: 'Host files', run: writeHostFiles },
];

export default function buildSteps(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let writeSearchIndex: BuildStep['run'] | undefined;
  let cacheDir = '';
  let start = 0;
  return {
    name: 'register:build-steps',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // Started with the pages, on a core they leave idle: the index is made from the register, not from them.
      // The pages' time starts here: integrations listed before this one do no work at the build's start.
      'astro:build:start': async ({ logger }) => {
        start = performance.now();
        if (await openPageCache(cacheDir)) logger.warn('The last build stopped unfinished: every page is drawn again.');
        writeSearchIndex = await searchIndexStep(base, site);
      },
      'astro:build:generated': ({ logger }) =>
        recordStep('Pages', (performance.now() - start) / 1000, (m) => logger.info(m), 'pages'),
      'astro:build:done': async ({ dir, logger }) => {
        const build = { dist: fileURLToPath(dir), base, site, register: await loadRegister(), log: logger };
        try {
          await runSteps(steps(writeSearchIndex!), build);
        } finally {
          await closePageCache(cacheDir);
        }
      },
    },
  };
}
