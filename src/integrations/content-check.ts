/**
 * Runs the content checks before Astro reads the collections: on `astro build` any problem stops
 * the build with every message at once; on `astro dev` they are printed and the server keeps
 * running, so that a maintainer can fix them one by one.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../checks/run.ts';
import { formatProblems } from '../checks/problem.ts';
import { rememberCheckedInput } from '../model/disk.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'register:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const { problems, input } = await runChecks(root);
        if (problems.length === 0) {
          // The steps after the build (search index, PDFs) use this content instead of reading it again.
          rememberCheckedInput(root, input);
          return;
        }
        if (command === 'build') {
          // The message is the whole report: Astro prints it as the build's error.
          throw new Error(formatProblems(problems));
        }
        logger.error(formatProblems(problems));
      },
    },
  };
}
