/**
 * How lists are grouped and filtered, as a reader meets them: all of Serbia first, then the entries
 * whose area no source gives (never "everywhere" by default), then each area by its name; the
 * search's filters labelled in the page's language; the QR code on a sheet named for screen readers.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { qrSvg } from '../../src/print/qr.ts';
import { filterGroups } from '../../src/search/filters.ts';
import { areaLabel, byArea, showsAreas } from '../../src/view/areas.ts';
import { fixtureContext } from '../helpers/fixtures.ts';

describe('entries grouped by where they serve', () => {
  it('puts all of Serbia first, then the unstated, then areas by name, each entry once', async () => {
    const ctx = await fixtureContext('en');
    const groups = byArea(ctx.register.providers, ctx);
    const labels = groups.map((g) => g.label);
    expect(labels[0]).toBe(ctx.t('coverage.national'));
    expect(labels).toContain(ctx.t('coverage.unstated'));
    const local = groups.filter((g) => g.areas.length > 0);
    expect(labels.slice(-local.length)).toEqual(local.map((g) => g.label).sort((a, b) => a.localeCompare(b, 'en')));
    expect(local.map((g) => g.areas)).toContainEqual(['juznobacki']);
    expect(groups.flatMap((g) => g.entries).length).toBe(ctx.register.providers.length);
    expect(showsAreas(groups)).toBe(true);
  });

  it("names an area in the page's script, and a list of national entries only says no area", async () => {
    const cyrillic = await fixtureContext('sr-Cyrl');
    const latin = await fixtureContext('sr-Latn');
    expect(areaLabel('nisavski', cyrillic)).toContain('Нишавски');
    expect(areaLabel('nisavski', latin)).toContain('Nišavski');
    const national = byArea(
      cyrillic.register.providers.filter((p) => p.id === 'example-org'),
      cyrillic,
    );
    expect(showsAreas(national)).toBe(false);
  });
});

describe.each(LOCALES.map((l) => l.tag))('the search filters in %s', (locale) => {
  it('are all labelled in the language, none left as a key, features matching all', async () => {
    const groups = filterGroups(await fixtureContext(locale));
    for (const { values } of groups)
      for (const { value, label } of values) expect(label, `${locale}: ${value}`).not.toMatch(/^[a-z]+(\.[\w-]+)+$/);
    expect(groups.find((g) => g.group === 'features')!.match).toBe('all');
    expect(groups.find((g) => g.group === 'category')!.match).toBe('any');
  });
});

describe('a QR code', () => {
  it('is a square drawing named for screen readers, its label escaped', () => {
    const svg = qrSvg('https://example.org/sr/services/astra-sos-line/', 'SOS "line" <ASTRA>');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('role="img" aria-label="SOS &quot;line&quot; &lt;ASTRA>"');
    expect(svg).toMatch(/<path d="M\d/);
  });
});
