/** The fixture site under its base path: every internal link and fragment resolves, and the HTML is valid. */
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { brokenLinks, htmlErrors } from '../helpers/checks.ts';

describe('the fixture site, under the base path /trafficking-register/', () => {
  it('has no broken internal link or fragment: pages, PDFs, the search, the language switcher, hreflang', async () => {
    expect(await brokenLinks(FIXTURE_SITE)).toEqual([]);
  }, 180_000);

  it('is valid HTML by the Nu Html Checker', () => {
    expect(htmlErrors(FIXTURE_SITE.dist)).toEqual([]);
  }, 180_000);
});
