/**
 * How long the pages take to build (Vite's bundles and Astro's pages, from the build's start to the
 * last page written), logged and recorded like every other step (src/build/timing.ts). First in
 * the list of integrations, so that its start is the build's.
 */
import type { AstroIntegration } from 'astro';
import { recordStep } from '../build/timing.ts';

export default function timing(): AstroIntegration {
  let start = 0;
  return {
    name: 'register:timing',
    hooks: {
      'astro:build:start': () => {
        start = performance.now();
      },
      'astro:build:generated': ({ logger }) =>
        recordStep('Pages', (performance.now() - start) / 1000, (m) => logger.info(m), 'pages'),
    },
  };
}
