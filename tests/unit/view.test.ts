/**
 * The one view of an entry: every state a reader can meet, as the web page, the PDF and the search
 * record all draw it (the site and browser tiers check that each of them shows it).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { LOCALES } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { indexDocument } from '../../src/search/document.ts';
import { searchRecords } from '../../src/search/records.ts';
import { fixtureContext } from '../helpers/fixtures.ts';

const view = async (locale: string, kind: 'provider' | 'service', id: string) => {
  const ctx = await fixtureContext(locale);
  return ctx.view(kind === 'provider' ? ctx.register.provider(id) : ctx.register.service(id));
};
const keys = (notices: { key: string }[]) => notices.map((n) => n.key);

describe.each(LOCALES.map((l) => l.tag))('the view of an entry in %s', (locale) => {
  const t = translator(locale);

  it('warns that an unconfirmed service may have stopped, before anything else', async () => {
    const v = await view(locale, 'service', 'missing-children-line');
    expect(v.notices[0]).toMatchObject({
      key: 'unconfirmed',
      tone: 'warning',
      scope: 'everywhere',
      text: t('status.unconfirmed'),
    });
  });

  it("warns that a stale entry's facts are old", async () => {
    expect((await view(locale, 'provider', 'quiet-office')).notices.find((n) => n.key === 'stale')).toMatchObject({
      tone: 'warning',
      text: t('verified.stale'),
    });
    expect(keys((await view(locale, 'provider', 'example-org')).notices)).not.toContain('stale');
  });

  it('gives a provider with no published contact the first places to turn to', async () => {
    const { contacts } = await view(locale, 'provider', 'quiet-office');
    expect(contacts.empty).toBe(true);
    expect(contacts.firstContacts.map((l) => l.href)).toEqual([
      `/${LOCALES.find((l) => l.tag === locale)!.path}/services/example-service/`,
    ]);
  });

  it("never gives a confidential place an address, and shows its organisation's number, named", async () => {
    const v = await view(locale, 'provider', 'example-shelter');
    expect(v.confidential).toBe(true);
    expect(v.contacts.address).toBeUndefined();
    expect(v.contacts.phones.map((p) => p.number)).toEqual(['+381117850000']);
    expect(v.contacts.phones[0]!.owner?.href).toMatch(/\/providers\/example-org\/$/);
    expect(JSON.stringify(await view(locale, 'service', 'example-shelter-stay'))).not.toMatch(/Савска|Savska/);
  });

  it('shows the badges a person scans for, the specialised one included', async () => {
    expect((await view(locale, 'service', 'example-service')).badges.map((b) => b.key)).toEqual([
      'free',
      '24-7',
      'specialised',
    ]);
    expect((await view(locale, 'service', 'example-right')).badges.map((b) => b.key)).toEqual(['right']);
  });

  it("names, for each fact, the sources that state it, by their number in the entry's list", async () => {
    const v = await view(locale, 'service', 'missing-children-line');
    const cost = v.facts.find((f) => f.key === 'cost')!;
    expect(cost.value).toBe(t('cost.free'));
    expect(cost.sources).toEqual([{ id: 'contact-page', n: 2 }]);
    expect(v.sources[1]!.id).toBe('contact-page');
  });

  it('says who can get a service, with the age as its source words it and the gender its facts hold', async () => {
    const v = await view(locale, 'service', 'example-shelter-stay');
    const texts = [t('eligibility.ageOver', { min: 16 }), t('eligibility.gender.women'), t('eligibility.withChildren')];
    expect(v.eligibility.map((item) => item.text)).toEqual(texts);
    expect(v.eligibility.every((item) => item.sources.length > 0)).toBe(true);
  });
});

describe("the language of an entry's text", () => {
  it("is marked where a page shows a text in another language, with a notice in the page's language", async () => {
    const v = await view('en', 'provider', 'quiet-office');
    expect(v.lang).toBe('sr-Latn');
    expect(v.notices.find((n) => n.key === 'fallback')?.text).toBe(
      translator('en')('translation.fallback', { language: 'Srpski (latinica)' }),
    );
    expect((await view('en', 'provider', 'example-org')).lang).toBeUndefined();
  });

  it('says when a translation was made from an older source text', async () => {
    expect(keys((await view('en', 'service', 'example-service')).notices)).toContain('outdated');
    expect(keys((await view('en', 'service', 'example-shelter-stay')).notices)).not.toContain('outdated');
  });

  it('is never marked in the source language or its derived script', async () => {
    for (const locale of ['sr-Cyrl', 'sr-Latn']) {
      const v = await view(locale, 'service', 'example-service');
      expect(v.lang, locale).toBeUndefined();
      expect(
        keys(v.notices).filter((k) => ['fallback', 'outdated', 'unreviewed'].includes(k)),
        locale,
      ).toEqual([]);
    }
  });

  it("shows Serbian publications, areas and addresses in the page's script", async () => {
    const latin = await view('sr-Latn', 'provider', 'quiet-office');
    expect(latin.sources[0]!.title).toBe('Stranica službe');
    expect(latin.facts.find((f) => f.key === 'coverage')!.value).toContain('Nišavski');
    expect((await view('en', 'provider', 'example-org')).contacts.address!.text).toBe('Savska 1, Beograd');
    expect((await view('sr-Cyrl', 'provider', 'example-org')).contacts.address!.text).toBe('Савска 1, Београд');
  });
});

describe('the title of a source described in other languages', () => {
  it("is shown in the page's language, Serbian in the page's script, or as written with its language", async () => {
    const title = async (locale: string) => {
      const { title, lang } = (await view(locale, 'service', 'example-service')).sources.find(
        (s) => s.id === 'brochure',
      )!;
      return { title, lang };
    };
    expect(await title('sr-Cyrl')).toEqual({ title: 'Услуге за жртве трговине људима', lang: 'sr-Cyrl' });
    expect(await title('sr-Latn')).toEqual({ title: 'Usluge za žrtve trgovine ljudima', lang: 'sr-Latn' });
    expect(await title('sq')).toEqual({ title: 'Shërbime për viktimat e trafikimit', lang: 'sq' });
    expect(await title('rom')).toEqual({ title: 'Services for victims of trafficking', lang: 'en' });
  });

  it('names a publisher that is a provider of the register as its entry does, linked to its page', async () => {
    for (const locale of LOCALES.map((l) => l.tag)) {
      const v = await view(locale, 'service', 'example-service');
      const org = await view(locale, 'provider', 'example-org');
      const source = v.sources.find((s) => s.id === 'brochure')!;
      expect(source, locale).toMatchObject({
        publisher: org.name,
        publisherHref: org.href,
        publisherLang: org.lang ?? locale,
      });
    }
  });
});

describe('a search record', () => {
  it("carries the entry's card as lists draw it: name, summary, every badge, the notices shown everywhere, the number", async () => {
    const ctx = await fixtureContext('en');
    const records = searchRecords(ctx);
    const line = records.find((r) => r.url.endsWith('/services/missing-children-line/'))!;
    const lineView = ctx.view(ctx.register.service('missing-children-line'));
    const card = parse(line.meta.card);
    expect(line.meta.title).toBe(lineView.name);
    expect(card.querySelector('.card__title a')!.text).toBe(lineView.name);
    expect(card.querySelector('.card__summary')!.text).toBe(lineView.summary);
    expect(card.querySelector('.card__call a')).toMatchObject({ text: '116 000', attributes: { href: 'tel:116000' } });
    expect(card.querySelectorAll('[data-notice]').map((n) => n.getAttribute('data-notice'))).toEqual([
      'unconfirmed',
      'fallback',
    ]);
    expect(card.querySelector('[data-notice="unconfirmed"]')!.text).toBe(lineView.notices[0]!.text);
    expect(card.querySelector('.card')!.getAttribute('data-entry-key')).toBe('service-missing-children-line');
    const service = parse(records.find((r) => r.url.endsWith('/services/example-service/'))!.meta.card);
    expect(service.querySelectorAll('[data-badge]').map((b) => b.getAttribute('data-badge'))).toEqual([
      'free',
      '24-7',
      'specialised',
    ]);
  });

  it('holds no address of any kind', async () => {
    for (const locale of ['sr-Cyrl', 'en']) {
      expect(JSON.stringify(searchRecords(await fixtureContext(locale)))).not.toMatch(/Savska|Савска/i);
    }
  });

  it('is indexed with names above the words people type, its markup escaped and no address', async () => {
    const records = searchRecords(await fixtureContext('sr-Cyrl'));
    const stay = records.find((r) => r.url.endsWith('/services/example-shelter-stay/'))!;
    const html = parse(indexDocument({ ...stay, words: { ...stay.words, name: '<script>alert(1)</script>' } }));
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(stay.lang);
    expect(html.querySelector('script')).toBeNull();
    expect(html.querySelector('h1')!.text).toBe('<script>alert(1)</script>');
    const weight = (selector: string) => Number(html.querySelector(selector)!.getAttribute('data-pagefind-weight'));
    expect(weight('h1')).toBeGreaterThan(weight('p[data-pagefind-weight]'));
    const filters = html.querySelectorAll('[data-pagefind-filter]').map((f) => f.getAttribute('data-pagefind-filter'));
    expect(filters.length).toBeGreaterThan(0);
    expect(html.toString()).not.toMatch(/Savska|Савска/i);
  });

  it('is found by the words people type, ranked below names', async () => {
    const records = searchRecords(await fixtureContext('en'));
    const stay = records.find((r) => r.url.endsWith('/services/example-shelter-stay/'))!;
    expect(stay.words.terms).toContain('somewhere to sleep');
    expect(stay.filters.audience).toEqual(['women', 'children']);
  });
});
