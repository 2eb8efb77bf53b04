/**
 * The promises to people who may be watched, on a cheap phone, or using a screen reader, checked in
 * a real browser (Debian's Chromium) over every page template in every language: no accessibility
 * violation (axe, WCAG 2.2 AA), no console error or CSP violation, no request to another site, no
 * cookie or storage, a quick exit that works by click and by keyboard, pages that work without
 * JavaScript, nothing scrolling sideways at 360 px, and text enlarged to 200% still usable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOCALES } from '../src/i18n/locales.ts';
import { site } from '../src/site.ts';
import { launchBrowser } from './helpers/browser.ts';
import { serveSite } from './helpers/server.ts';
import { assertBuilt } from './helpers/site.ts';

/** One page of every template: entries of each kind, a confidential place, a right, prose pages. */
const TEMPLATES = [
  '',
  'register/',
  'providers/astra/',
  'providers/centre-shelter/',
  'services/astra-sos-line/',
  'services/especially-vulnerable-witness/',
  'categories/',
  'categories/legal-help/',
  'rights/',
  'about/',
  'safety/',
  'search/',
  'brochure/',
  'brochure/safe-place/',
  'brochure/rights/',
  'downloads/',
  'translation-status/',
];
/** A missing address: the host answers with the 404 page. */
const MISSING = '/no-such-page/';
const PAGES = ['/', MISSING, ...LOCALES.flatMap((l) => TEMPLATES.map((t) => `/${l.path}/${t}`))];
const EXIT = new URL(site.quickExitUrl);

let browser: Browser;
let origin: string;
let closeServer: () => Promise<void>;

beforeAll(async () => {
  assertBuilt();
  ({ origin, close: closeServer } = await serveSite());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
});

interface Visit {
  page: Page;
  context: BrowserContext;
  problems: string[];
  foreignRequests: string[];
}

/** Open a page at phone width, recording console errors, CSP violations and other-origin requests. */
async function visit(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 360, height: 740 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    // The missing page itself is answered with 404, as it should be; Chromium logs that.
    if (path === MISSING && m.location().url === origin + path) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreignRequests.push(r.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(path === MISSING ? 404 : 200);
  return { page, context, problems, foreignRequests };
}

describe.concurrent.each(PAGES)('the page %s', (path) => {
  it('has no accessibility violation, console error, CSP violation, foreign request, cookie or storage', async () => {
    const { page, context, problems, foreignRequests } = await visit(path);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      workers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
    }));
    expect(storage).toEqual({ local: 0, session: 0, databases: 0, workers: 0 });
    await context.close();
  });

  it('fits a 360 px screen, also with text enlarged to 200%', async () => {
    const { page, context } = await visit(path);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The quick exit stays on screen at the top, however far one scrolls.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const exit = await page.locator('.quick-exit__button').boundingBox();
    expect(exit && exit.y >= 0 && exit.y < 100).toBe(true);
    await context.close();
  });

  it('can be read and left without JavaScript', async () => {
    const { page, context } = await visit(path, { javaScriptEnabled: false });
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(100);
    const exit = page.locator('.quick-exit__button');
    expect(await exit.getAttribute('href')).toBe(site.quickExitUrl);
    expect(await exit.getAttribute('rel')).toContain('noreferrer');
    await context.close();
  });
});

describe('the quick exit', () => {
  /** A tab that went from the home page to a service page, with the neutral site answered locally. */
  async function tabOnServicePage() {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.route(`${EXIT.origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' }));
    const page = await context.newPage();
    await page.goto(`${origin}/en/`);
    await page.goto(`${origin}/en/services/astra-sos-line/`);
    return { page, context };
  }

  it('blanks the page at once when clicked, then opens a neutral site in place of this page in the tab\'s history', async () => {
    const { page, context } = await tabOnServicePage();
    // Read the page in the same turn as the click: before the browser has even started to leave.
    const visibilityRightAfterClick = await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-quick-exit]')!.click();
      return getComputedStyle(document.body).visibility;
    });
    expect(visibilityRightAfterClick).toBe('hidden');
    await page.waitForURL(`${EXIT.origin}/**`);
    expect(page.url()).toBe(site.quickExitUrl);
    await page.goBack();
    expect(page.url()).toBe(`${origin}/en/`);
    await context.close();
  });

  it('leaves when Shift is pressed three times', async () => {
    const { page, context } = await tabOnServicePage();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(`${EXIT.origin}/**`);
    expect(page.url()).toBe(site.quickExitUrl);
    await context.close();
  });

  it('does not leave when Shift is only used to type capitals', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/en/`);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${origin}/en/`);
    await context.close();
  });

  it('sends no referrer to the site it opens', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let referer: string | undefined = 'not requested';
    await context.route(`${EXIT.origin}/**`, async (route) => {
      referer = route.request().headers()['referer'];
      await route.fulfill({ status: 200, contentType: 'text/html', body: 'neutral' });
    });
    await page.goto(`${origin}/sq/`);
    await page.locator('.quick-exit__button').click();
    await page.waitForURL(`${EXIT.origin}/**`);
    expect(referer).toBeUndefined();
    await context.close();
  });
});

describe('printing any page', () => {
  it('prints the content only: no quick exit, header, search box or footer, and links to other sites with their address', async () => {
    const { page, context } = await visit('/en/services/astra-sos-line/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.quick-exit', '.site-header', '.site-search', '.site-footer', '.corrections']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    const after = await page.locator('main a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).not.toBe('none');
    expect(after).toContain('(');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('a person can go from the front door to a service and its number by links alone', async () => {
    const { page, context } = await visit('/', { javaScriptEnabled: false });
    await page.locator('.language-picker a[hreflang="rom"]').click();
    await page.locator('.tiles a[href="/rom/categories/accommodation/"]').click();
    await page.locator('.card__title a').first().click();
    expect(page.url()).toMatch(/\/rom\/services\//);
    expect(await page.locator('h1').count()).toBe(1);
    await context.close();
  });
});
