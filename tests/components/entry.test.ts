/**
 * The components that draw an entry, each rendered alone on a view of the fixture register: what a
 * reader sees of its number, its cost, its contacts, its notices and its place in the steps, and
 * nothing a source does not state.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import AreaRuns from '../../src/components/AreaRuns.astro';
import ContactList from '../../src/components/ContactList.astro';
import Corrections from '../../src/components/Corrections.astro';
import EntryHeader from '../../src/components/EntryHeader.astro';
import FactList from '../../src/components/FactList.astro';
import Notices from '../../src/components/Notices.astro';
import PartOf from '../../src/components/PartOf.astro';
import type { LocaleTag } from '../../src/i18n/locales.ts';
import type { Entry } from '../../src/model/register.ts';
import { byArea } from '../../src/view/areas.ts';
import type { PageContext } from '../../src/view/context.ts';
import { fixtureContext } from '../helpers/fixtures.ts';

const container = await AstroContainer.create();
const contexts = new Map<LocaleTag, PageContext>();
async function contextOf(locale: LocaleTag): Promise<PageContext> {
  if (!contexts.has(locale)) contexts.set(locale, await fixtureContext(locale));
  return contexts.get(locale)!;
}

/** The component rendered on a page of `locale`, parsed. */
async function render(
  component: AstroComponentFactory,
  props: (ctx: PageContext) => Record<string, unknown>,
  locale: LocaleTag = 'en',
) {
  const route = await contextOf(locale);
  return parse(await container.renderToString(component, { props: props(route), locals: { route } }));
}

const entries = async (): Promise<Entry[]> => {
  const { register } = await contextOf('en');
  return [...register.providers, ...register.services];
};

describe('the number to call', () => {
  it('shows what a call costs exactly where a source says it, and nothing where none does', async () => {
    for (const entry of await entries()) {
      const html = await render(EntryHeader, () => ({ entry }));
      const call = (await contextOf('en')).view(entry).call;
      expect(html.querySelector('a[href^="tel:"]')?.getAttribute('href'), entry.id).toBe(call?.href);
      expect(html.querySelector('[data-call-cost]')?.text.trim(), entry.id).toBe(call?.callCost);
    }
  });

  it('puts the name first and the number right under it, at the top of the page', async () => {
    const html = await render(EntryHeader, (ctx) => ({ entry: ctx.register.service('example-service') }));
    const order = html.querySelectorAll('h1, .call-now__number').map((e) => e.tagName.toLowerCase());
    expect(order).toEqual(['h1', 'span']);
    expect(html.querySelector('.call-now__number')!.text).toBe('011 785 0000');
  });
});

describe('the contacts', () => {
  it('never show the address of a confidential place, and say why', async () => {
    const html = await render(ContactList, (ctx) => ({ view: ctx.view(ctx.register.provider('example-shelter')) }));
    expect(html.text).not.toMatch(/Savska/);
    expect(html.querySelector('.notice')!.text).toContain('not published');
  });

  it('offer the form to dial from abroad only for a number that has one', async () => {
    const line = await render(ContactList, (ctx) => ({
      view: ctx.view(ctx.register.service('missing-children-line')),
    }));
    const short = line
      .querySelectorAll('.contact--phone')
      .find((li) => li.querySelector('.contact__number')!.text === '116 000')!;
    expect(short.querySelector('.contact__international') === null).toBe(true);
    const office = await render(ContactList, (ctx) => ({ view: ctx.view(ctx.register.provider('example-org')) }));
    expect(office.querySelector('.contact__international')!.text).toContain('+381');
  });

  it('say where a person can turn first when no contact was published', async () => {
    const html = await render(ContactList, (ctx) => ({ view: ctx.view(ctx.register.provider('quiet-office')) }));
    expect(html.querySelectorAll('a[href*="/services/"]').map((a) => a.getAttribute('href'))).toEqual([
      '/en/services/example-service/',
    ]);
    expect(html.querySelector('a[href^="tel:"]')).toBeNull();
  });
});

describe('the facts', () => {
  it('cite each fact with the number of its source in the entry’s list', async () => {
    const ctx = await contextOf('en');
    const view = ctx.view(ctx.register.service('novi-sad-advice'));
    const html = await render(FactList, () => ({ view }));
    for (const row of view.facts) {
      const cited = html.querySelectorAll(`[data-fact="${row.key}"] .fact__source`).map((a) => a.text);
      expect(cited, row.key).toEqual(row.sources.map((s) => `[${s.n}]`));
    }
  });
});

describe('the notices', () => {
  it('put warnings about the facts before notices about the language', async () => {
    const ctx = await contextOf('en');
    const html = await render(Notices, () => ({
      notices: ctx.view(ctx.register.service('missing-children-line')).notices,
    }));
    expect(html.querySelectorAll('[data-notice]').map((n) => n.getAttribute('data-notice'))).toEqual([
      'unconfirmed',
      'fallback',
    ]);
  });
});

describe('the way to report a mistake', () => {
  it('offers an e-mail with the entry and its page filled in, beside the repository', async () => {
    const html = await render(Corrections, (ctx) => ({ view: ctx.view(ctx.register.provider('example-org')) }));
    const email = new URL(html.querySelector('[data-report="email"]')!.getAttribute('href')!);
    expect(email.protocol).toBe('mailto:');
    expect(email.pathname).toBe('register@example.org');
    expect(email.searchParams.get('subject')).toContain('Example association');
    expect(email.searchParams.get('body')).toContain('/en/providers/example-org/');
    expect(html.querySelector('[data-report="issue"]')!.getAttribute('href')).toMatch(
      /^https:\/\/github\.com\/example\//,
    );
  });
});

describe('the place in the steps', () => {
  it('names the step and its number, linked, for an entry that acts in one', async () => {
    const html = await render(PartOf, (ctx) => ({ entry: ctx.register.provider('example-shelter') }));
    const step = html.querySelector('.part-of__steps li')!;
    expect(step.text).toMatch(/^Step 2 of 2/);
    expect(step.querySelector('a')!.getAttribute('href')).toBe('/en/steps/#step-safe-place');
  });

  it('draws nothing for an entry in no step', async () => {
    const html = await render(PartOf, (ctx) => ({ entry: ctx.register.provider('quiet-office') }));
    expect(html.text.trim()).toBe('');
  });
});

describe('a list by area', () => {
  const listOf = (services: Entry[], ctx: PageContext) => {
    const groups = byArea(services, ctx);
    return { groups, items: groups.flatMap((group) => group.entries.map((entry) => ({ group, entry }))) };
  };

  it('puts each area under its own heading when the list names more than one', async () => {
    const html = await render(AreaRuns, (ctx) => listOf(ctx.register.services, ctx));
    const headings = html.querySelectorAll('section.area-group > h3').map((h) => h.text.trim());
    expect(headings.length).toBeGreaterThan(1);
    expect(new Set(headings).size).toBe(headings.length);
    expect(html.querySelectorAll('section.area-group h4').length).toBe(html.querySelectorAll('h4').length);
  });

  it('draws the entries one after another, without area headings, when all serve all of Serbia', async () => {
    const html = await render(AreaRuns, (ctx) => {
      const national = byArea(ctx.register.services, ctx).find((group) => group.areas.length === 0)!;
      return listOf(national.entries, ctx);
    });
    expect(html.querySelectorAll('.area-group, h4')).toHaveLength(0);
    expect(html.querySelectorAll('h3').length).toBeGreaterThan(0);
  });
});
