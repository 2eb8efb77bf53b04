/**
 * The register's build steps after the pages, as one integration: each step says in `needs` what
 * it must wait for (src/build/steps.ts), so nothing depends on where an integration stands in
 * astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeHostFiles } from '../build/host-files.ts';
import { runSteps, type BuildStep } from '../build/steps.ts';
import { writeEditorStep } from '../editor/assets.ts';
import { loadRegister } from '../model/load.ts';
import { writeOpenData } from '../open-data/step.ts';
import { printPdfs } from '../print/step.ts';
import { writeSearchIndex } from '../search/step.ts';

const STEPS: BuildStep[] = [
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
  return {
    name: 'register:build-steps',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) =>
        runSteps(STEPS, { dist: fileURLToPath(dir), base, site, register: await loadRegister(), log: logger }),
    },
  };
}
