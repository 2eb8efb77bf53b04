/**
 * What happens when a person asks for help, step by step, in every edition of the fixture site:
 * every step open in the page itself, each point with the sources that state it, who acts at it
 * and the rights a person has there linked to their entries, and each entry that acts at a step
 * showing its place.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { builtSite } from '../helpers/site.ts';

const site = builtSite(FIXTURE_SITE);

describe.each(LOCALES.map((l) => [l.path, l.tag] as const))('/%s/steps/', (path, tag) => {
  const t = translator(tag);
  const page = () => site.page(`${path}/steps/`);

  it('holds every step, numbered, open, each point with its sources linked to the list', () => {
    const steps = page().querySelectorAll('[data-step]');
    expect(steps.map((s) => s.getAttribute('data-step'))).toEqual(['first-call', 'safe-place']);
    expect(steps[0]!.querySelector('.step__number')!.textContent).toBe(t('steps.step', { number: 1 }));
    for (const point of page().querySelectorAll('[data-point]')) {
      const marks = point.querySelectorAll('.fact__source');
      expect(marks.length, point.textContent).toBeGreaterThan(0);
      for (const mark of marks)
        expect(page().querySelector(mark.getAttribute('href')!), mark.getAttribute('href')!).not.toBeNull();
    }
    // Without JavaScript nothing is hidden.
    expect(page().querySelectorAll('[data-step-body][hidden]')).toEqual([]);
  });

  it('links who acts at each step and the rights a person has there to their pages', () => {
    const first = page().querySelector('[data-step="first-call"]')!;
    const links = first.querySelectorAll('.step__links a').map((a) => a.getAttribute('href'));
    expect(links).toContain(site.href(`${path}/providers/example-org/`));
    expect(links).toContain(site.href(`${path}/services/example-service/`));
    expect(links).toContain(site.href(`${path}/services/example-right/`));
  });

  it('marks a step not yet translated with the language it is shown in', () => {
    const second = page().querySelector('[data-step="safe-place"] .step__name')!;
    if (tag === 'sr-Cyrl' || tag === 'sr-Latn') expect(second.getAttribute('lang')).toBeUndefined();
    else expect(second.getAttribute('lang')).toBe('sr-Latn');
  });

  it('shows on the page of an entry that acts at a step its place, linked to the step', () => {
    const part = site.page(`${path}/services/example-service/`).querySelector('.part-of')!;
    expect(part.textContent).toContain(t('steps.stepOf', { number: 1, count: 2 }));
    expect(part.querySelector('.part-of__steps a')!.getAttribute('href')).toBe(
      `${site.href(`${path}/steps/`)}#step-first-call`,
    );
    expect(site.page(`${path}/providers/quiet-office/`).querySelector('.part-of')).toBeNull();
  });

  it('is in the short guide too: each step by its name and summary, linked to its whole text', () => {
    const brochure = site.page(`${path}/brochure/`);
    const names = brochure.querySelectorAll('[data-step] a.step__name');
    expect(names.map((a) => a.getAttribute('href'))).toEqual(
      ['first-call', 'safe-place'].map((id) => `${site.href(`${path}/steps/`)}#step-${id}`),
    );
    expect(brochure.querySelectorAll('[data-step] .step__summary')).toHaveLength(2);
    // The short guide leaves out the points and their sources: the link leads to them.
    expect(brochure.querySelectorAll('[data-step] [data-point], [data-step-by-step]')).toEqual([]);
  });
});
