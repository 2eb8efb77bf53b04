/**
 * One Chromium for the whole browser tier, and the fixture site served on localhost with the
 * headers a host sends (src/build/headers.ts): each test file connects to the browser, opens its
 * own contexts and closes them.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../../src/build/chromium.ts';
import { serveDirectory } from '../../src/build/static-server.ts';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { assertBuilt } from '../helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
    /** The fixture site's address, with its base path: "http://127.0.0.1:1234/trafficking-register/". */
    siteUrl: string;
    siteOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  assertBuilt(FIXTURE_SITE);
  ensureChromium();
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const { headersFor } = await import('../../src/build/headers.ts');
  const site = await serveDirectory(FIXTURE_SITE.dist, { base: FIXTURE_SITE.base, headers: headersFor });
  project.provide('browserEndpoint', server.wsEndpoint());
  project.provide('siteUrl', site.url);
  project.provide('siteOrigin', site.origin);
  return async () => {
    await site.close();
    await server.close();
  };
}
