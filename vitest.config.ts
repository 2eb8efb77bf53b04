/**
 * The tests, in tiers (README, "Tests"):
 * - unit: no build; the checks, the model, the one view of an entry, formats, search records, all
 *   on the fixture register (tests/fixtures/register/);
 * - components: no build; the components that draw an entry, rendered with Astro's Container API
 *   (tests/components/vitest.config.ts);
 * - content: no build; the register's own content passes every check, and invariants hold;
 * - site: the built fixture site (`npm run build:fixture`): every state a reader can meet, on the
 *   page, in the PDF and in the search index; links under a base path; valid HTML;
 * - browser: the fixture site in one shared Chromium (tests/setup/browser.ts), served with the
 *   headers a host sends: accessibility, privacy, the quick exit, search, phones, no JavaScript;
 * - real: the register itself, built in dist/: invariants only, never a count of entries.
 */
import { defineConfig } from 'vitest/config';
import { fixtureEnv } from './tests/setup/fixture-env.ts';

export default defineConfig({
  test: {
    // Measured in the tiers without a build (npm run test:unit); the thresholds only ever rise.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'src/**/*.astro'],
      exclude: ['src/client/**', 'src/env.d.ts'],
      reporter: ['text-summary'],
      thresholds: { statements: 70, branches: 70, functions: 73, lines: 71 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A few unit tests check the whole register's content: seconds of work that a busy
          // machine stretches past Vitest's five-second default.
          testTimeout: 30_000,
          env: fixtureEnv,
          globalSetup: ['tests/setup/fixture-language.ts'],
        },
      },
      'tests/components/vitest.config.ts',
      // The register's own content, checked without a build (no fixture: its own languages).
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          env: fixtureEnv,
          globalSetup: ['tests/setup/fixture-language.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          env: fixtureEnv,
          globalSetup: ['tests/setup/fixture-language.ts', 'tests/setup/browser.ts'],
          // One Chromium for every file; a bounded number of pages open at once, so that a busy
          // machine slows the suite down instead of failing it.
          fileParallelism: false,
          maxConcurrency: 4,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      { test: { name: 'real', include: ['tests/real/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
    ],
  },
});
