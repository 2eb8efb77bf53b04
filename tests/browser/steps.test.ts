/**
 * The step-by-step page in Chromium: without JavaScript every step is open; with it, each step
 * opens and closes by its own button, by keyboard, and one button opens them all; a step named in
 * the address is open.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/dictionaries.ts';
import { visit } from '../helpers/browser.ts';

const t = translator('en');

describe('the step-by-step page', () => {
  it('shows every step without JavaScript', async () => {
    await visit(
      'en/steps/',
      async ({ page }) => {
        expect(
          await page
            .locator('[data-step-body]')
            .evaluateAll((bodies) => bodies.every((b) => !(b as HTMLElement).hidden)),
        ).toBe(true);
        expect(await page.locator('[data-step-toggle]').count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });

  it('opens a step by keyboard, and all of them with one button', async () => {
    await visit('en/steps/', async ({ page, problems }) => {
      const first = page.locator('[data-step="first-call"] [data-step-toggle]');
      await expect.poll(() => first.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('[data-step="first-call"] [data-step-body]').isHidden()).toBe(true);
      await first.focus();
      await page.keyboard.press('Enter');
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('[data-step="first-call"] [data-step-body]').isVisible()).toBe(true);
      await page.getByRole('button', { name: t('steps.showAll') }).click();
      expect(await page.locator('[data-step-toggle][aria-expanded="false"]').count()).toBe(0);
      expect(await page.getByRole('button', { name: t('steps.hideAll') }).count()).toBe(1);
      expect(problems).toEqual([]);
    });
  });

  it('opens the step an entry page links to', async () => {
    await visit('en/steps/#step-safe-place', async ({ page }) => {
      await expect
        .poll(() => page.locator('[data-step="safe-place"] [data-step-toggle]').getAttribute('aria-expanded'))
        .toBe('true');
      expect(await page.locator('[data-step="first-call"] [data-step-toggle]').getAttribute('aria-expanded')).toBe(
        'false',
      );
    });
  });
});
