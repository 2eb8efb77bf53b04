/**
 * The promises to people who may be watched, on a cheap phone, or using a screen reader, checked in
 * Chromium on every page template of the fixture site in every language, served with the headers
 * a host sends: no accessibility violation (axe, WCAG 2.2 AA), no console error or CSP violation, no
 * request to another site, no cookie or storage; nothing scrolls sideways at 360 px, also with text
 * at 200%; the quick exit stays in view; and every page can be read without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { visit } from '../helpers/browser.ts';
import { FIXTURE_LANGUAGE } from '../../scripts/sites.ts';

const TEMPLATES = [
  '',
  'register/',
  'providers/example-org/',
  'providers/example-shelter/',
  'providers/quiet-office/',
  'services/example-service/',
  'services/missing-children-line/',
  'services/example-right/',
  'categories/',
  'categories/urgent-help/',
  'rights/',
  'steps/',
  'about/',
  'safety/',
  'accessibility/',
  'search/',
  'brochure/',
  'brochure/safe-place/',
  'brochure/rights/',
  'downloads/',
  'translation-status/',
];
/** A missing address under a language: the host answers with that language's 404 page. */
const MISSING = 'no-such-page/';
/**
 * Every template in every written language; a language made from another (Serbian Latin) and the
 * fixture language share their templates with it, and are checked on a few pages that show them.
 */
const SAMPLE = ['', 'services/example-service/', 'providers/example-shelter/', 'search/', MISSING];
const sampled = (l: (typeof LOCALES)[number]) => Boolean(l.derive) || l.tag === FIXTURE_LANGUAGE;
const PAGES = [
  '',
  MISSING,
  ...LOCALES.flatMap((l) => (sampled(l) ? SAMPLE : [...TEMPLATES, MISSING]).map((t) => `${l.path}/${t}`)),
];
const status = (path: string) => (path.endsWith(MISSING) ? 404 : 200);

describe.concurrent.each(PAGES)('the page /%s', (path) => {
  it('has no accessibility violation, console error, CSP violation, foreign request, cookie or storage, fits a phone, and can be read without JavaScript', async () => {
    await visit(
      path,
      async ({ page, context, problems, foreignRequests }) => {
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          axe.violations.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')})`,
          ),
        ).toEqual([]);
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
      },
      { status: status(path) },
    );
    // The same page with JavaScript off can be read and left.
    await visit(
      path,
      async ({ page }) => {
        expect(await page.locator('h1').count()).toBe(1);
        expect((await page.locator('main').innerText()).length).toBeGreaterThan(40);
        const exit = page.locator('.quick-exit__button');
        expect(await exit.getAttribute('href')).toMatch(/^https:\/\//);
        expect(await exit.getAttribute('rel')).toContain('noreferrer');
      },
      { status: status(path), javaScriptEnabled: false },
    );
  });
});
