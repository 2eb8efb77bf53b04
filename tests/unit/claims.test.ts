/**
 * The claims ledger on the fixture register: every fact, badge and eligibility item a page, a PDF,
 * a search result, a sheet or the open data shows names a source that states it (they all draw the
 * view). And the ledger can fail: a claim shown without its source is named, with its entry.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { buildRegister } from '../../src/model/register.ts';
import { pageContext } from '../../src/view/context.ts';
import { unsourcedClaims } from '../../src/view/facts.ts';
import { fixtureContext, fixtureInput } from '../helpers/fixtures.ts';

describe.each(LOCALES.map((l) => l.tag))('the claims ledger in %s', (locale) => {
  it('finds a source for everything every entry shows', async () => {
    const ctx = await fixtureContext(locale);
    const unsourced = [...ctx.register.providers, ...ctx.register.services].flatMap((entry) =>
      unsourcedClaims(ctx.view(entry)).map((field) => `${entry.file}: ${field}`),
    );
    expect(unsourced).toEqual([]);
  });
});

describe('the claims ledger', () => {
  it('names the entry and the field of a claim shown without its source', async () => {
    const input = await fixtureInput();
    const service = input.services.find((s) => s.id === 'example-service')!;
    service.data = { ...service.data, statedIn: { ...service.data.statedIn, cost: undefined, anonymous: undefined } };
    const ctx = pageContext({ locale: 'en', register: buildRegister(input) });
    expect(unsourcedClaims(ctx.view(ctx.register.service('example-service')))).toEqual([
      'fact:cost',
      'badge:free',
      'eligibility:anonymous',
    ]);
  });
});
