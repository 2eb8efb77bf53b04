/**
 * Component tests: the components that draw an entry, rendered with Astro's Container API on views
 * of the fixture register, without a build. Astro's own Vite configuration compiles the `.astro`
 * files; the site's integrations (the checks, the build steps) are left out: no astro.config here.
 */
import { join } from 'node:path';
import { getViteConfig } from 'astro/config';
import { fixtureEnv } from '../setup/fixture-env.ts';

const root = join(import.meta.dirname, '..', '..');
export default getViteConfig(
  {
    root,
    test: {
      name: 'components',
      dir: root,
      include: ['tests/components/**/*.test.ts'],
      env: fixtureEnv,
      globalSetup: [join(root, 'tests/setup/fixture-language.ts')],
    },
  },
  { configFile: false, root },
);
