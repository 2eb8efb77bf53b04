/** The register itself, built: every internal link and fragment resolves, and the HTML is valid. */
import { describe, expect, it } from 'vitest';
import { REAL_SITE } from '../../scripts/sites.ts';
import { brokenLinks, htmlErrors } from '../helpers/checks.ts';

describe('the built register', () => {
  it('has no broken internal link or fragment', async () => {
    expect(await brokenLinks(REAL_SITE)).toEqual([]);
  });

  it('is valid HTML by the Nu Html Checker', () => {
    expect(htmlErrors(REAL_SITE.dist)).toEqual([]);
  });
});
