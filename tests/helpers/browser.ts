/**
 * The browser tier's one Chromium (started by tests/setup/browser.ts) and the fixture site it
 * serves. Each test opens its own context, recording what a person's safety depends on: console
 * errors, Content Security Policy violations and requests to other sites.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

let browser: Promise<Browser> | undefined;
const shared = () => (browser ??= chromium.connect(inject('browserEndpoint')));

/** The address of a page of the fixture site, from its path after the base ("en/search/"). */
export const url = (path = '') => `${inject('siteUrl')}${path.replace(/^\//, '')}`;
const origin = () => inject('siteOrigin');

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings, page errors and CSP violations. */
  problems: string[];
  /** Requests to any other origin than the site's. */
  foreignRequests: string[];
}

/** A new context (phone-sized unless told), closed after `use`, whatever happens in it. */
export async function withContext<T>(
  use: (context: BrowserContext) => Promise<T>,
  options: BrowserContextOptions = {},
): Promise<T> {
  const context = await (await shared()).newContext({ viewport: { width: 360, height: 640 }, ...options });
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

/** Open a page of the fixture site in a new context, recording problems, and pass it to `use`. */
export async function visit<T>(
  path: string,
  use: (visit: Visit) => Promise<T>,
  options: BrowserContextOptions & { status?: number } = {},
): Promise<T> {
  const { status = 200, ...contextOptions } = options;
  return withContext(async (context) => {
    const page = await context.newPage();
    const problems: string[] = [];
    const foreignRequests: string[] = [];
    page.on('console', (m) => {
      // A missing page is answered with 404, as it should be; Chromium logs that.
      if (status === 404 && /404/.test(m.text())) return;
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const requested = new URL(r.url());
      if (!['data:', 'blob:'].includes(requested.protocol) && requested.origin !== origin())
        foreignRequests.push(r.url());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(url(path), { waitUntil: 'load' });
    if (response?.status() !== status) throw new Error(`${path} answered ${response?.status()}, not ${status}`);
    return use({ page, context, problems, foreignRequests });
  }, contextOptions);
}
