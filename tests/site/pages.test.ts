/**
 * The built fixture site (tests/.site/, under the base path /trafficking-register/): every page in
 * every language, each state a reader can meet shown on the web page, addresses that honour the
 * base path, and the links a maintainer and a translator follow.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { LOCALES, localeByPath } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { CATEGORIES } from '../../src/schemas/taxonomy.ts';
import { NEEDS } from '../../src/config/editions.ts';
import { RIGHTS_SECTORS } from '../../src/config/editions.ts';
import { localAreas, rightsBySector, servicesFor } from '../../src/model/queries.ts';
import { pageContext } from '../../src/view/context.ts';
import { registerOf } from '../helpers/fixtures.ts';
import { builtSite } from '../helpers/site.ts';

const site = builtSite(FIXTURE_SITE);
const pages = await site.pages();
const ENTRIES = [
  'providers/example-org/',
  'providers/example-shelter/',
  'providers/quiet-office/',
  'services/example-service/',
  'services/example-shelter-stay/',
  'services/missing-children-line/',
  'services/example-right/',
];
const ROUTES = [
  '',
  'register/',
  'categories/',
  'rights/',
  'about/',
  'safety/',
  'accessibility/',
  'search/',
  'brochure/',
  'brochure/rights/',
  'downloads/',
  'open-data/',
  'translation-status/',
  ...CATEGORIES.map((c) => `categories/${c}/`),
  ...NEEDS.map((n) => `brochure/${n.key}/`),
  ...ENTRIES,
];
const localePages = pages.filter((p) => localeByPath(p.split('/')[0]!) && !p.includes('/404'));
const localeOf = (path: string) => localeByPath(path.split('/')[0]!)!;

describe('the built fixture site', () => {
  it('has every page in every language, the fixture language included', () => {
    const missing = LOCALES.flatMap((l) => ROUTES.map((r) => `${l.path}/${r}`)).filter((p) => !site.exists(p));
    expect(missing).toEqual([]);
    expect(LOCALES.map((l) => l.tag)).toContain('hr');
  });

  it('says on every page which language it is in, and its direction', () => {
    const wrong = localePages.filter(
      (p) =>
        site.page(p).querySelector('html')!.getAttribute('lang') !== localeOf(p).tag ||
        site.page(p).querySelector('html')!.getAttribute('dir') !== 'ltr',
    );
    expect(wrong).toEqual([]);
  });

  it('points every page at itself in every language, with absolute hreflang alternates under the base path', () => {
    for (const p of localePages) {
      const route = p.split('/').slice(1).join('/');
      const alternates = site
        .page(p)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      const absolute = (path: string) => `${FIXTURE_SITE.site}${site.href(path)}`;
      expect(alternates, p).toEqual([
        ...LOCALES.map((l) => [l.tag, absolute(`${l.path}/${route}`)]),
        ['x-default', absolute(route === '' ? '' : `${LOCALES[0]!.path}/${route}`)],
      ]);
      const switcher = site
        .page(p)
        .querySelectorAll('.language-switcher a')
        .map((a) => a.getAttribute('href'));
      expect(switcher, p).toEqual(LOCALES.map((l) => site.href(`${l.path}/${route}`)));
    }
  });

  it('links within the site only under its base path, and a page only into its own language outside the switcher', () => {
    const crossing: string[] = [];
    for (const p of pages) {
      const own = site.href(`${p.split('/')[0]}/`);
      for (const a of site.page(p).querySelectorAll('a[href^="/"], link[href^="/"], script[src^="/"]')) {
        const href = a.getAttribute('href') ?? a.getAttribute('src')!;
        if (!href.startsWith(FIXTURE_SITE.base)) crossing.push(`${p} → ${href} (outside the base path)`);
        else if (
          localeByPath(p.split('/')[0]!) &&
          a.tagName === 'A' &&
          !a.closest('.language-switcher') &&
          !href.startsWith(own) &&
          !/\.[a-z0-9]+$/.test(href) &&
          !p.includes('/404')
        )
          crossing.push(`${p} → ${href}`);
      }
    }
    expect(crossing).toEqual([]);
  });
});

describe('every state a reader can meet, on the web page', () => {
  const notice = (path: string, key: string) =>
    site.page(path).querySelector(`main [data-notice="${key}"]`)?.textContent.trim();

  it.each(LOCALES.map((l) => l.path))('%s: an unconfirmed service warns first that it may have stopped', (path) => {
    const t = translator(localeByPath(path)!.tag);
    expect(notice(`${path}/services/missing-children-line/`, 'unconfirmed')).toBe(t('status.unconfirmed'));
    const first = site.page(`${path}/services/missing-children-line/`).querySelector('main [data-notice]')!;
    expect(first.getAttribute('data-notice')).toBe('unconfirmed');
    // In a list, the warning goes with the card.
    expect(
      site
        .page(`${path}/categories/family/`)
        .querySelector('[data-entry="missing-children-line"] [data-notice="unconfirmed"]'),
    ).not.toBeNull();
  });

  it.each(LOCALES.map((l) => l.path))('%s: a stale entry says its facts are old', (path) => {
    const t = translator(localeByPath(path)!.tag);
    expect(notice(`${path}/providers/quiet-office/`, 'stale')).toBe(t('verified.stale'));
    expect(notice(`${path}/providers/example-org/`, 'stale')).toBeUndefined();
  });

  it("a missing translation is shown in Serbian Latin, marked with its language and a notice in the reader's", () => {
    const page = site.page('en/providers/quiet-office/');
    expect(page.querySelector('h1')!.getAttribute('lang')).toBe('sr-Latn');
    expect(page.querySelector('.lead')!.getAttribute('lang')).toBe('sr-Latn');
    expect(page.querySelector('.prose')!.getAttribute('lang')).toBe('sr-Latn');
    expect(notice('en/providers/quiet-office/', 'fallback')).toContain('Srpski (latinica)');
    expect(site.page('en/providers/example-org/').querySelector('h1')!.getAttribute('lang')).toBeUndefined();
  });

  it('a translation made from an older source says so, with a way to help', () => {
    expect(notice('en/services/example-service/', 'outdated')).toContain(translator('en')('translation.outdated'));
    expect(
      site.page('en/services/example-service/').querySelector('[data-notice="outdated"] a')!.getAttribute('href'),
    ).toBe(site.href('en/translation-status/'));
  });

  it.each(LOCALES.map((l) => l.path))(
    "%s: a confidential place has no address, says why, and shows its organisation's number",
    (path) => {
      for (const p of ['providers/example-shelter/', 'services/example-shelter-stay/']) {
        const html = site.html(`${path}/${p}`);
        expect(html).not.toMatch(/Савска|Savska/);
        expect(html).toContain('tel:+381117850000');
      }
      expect(site.page(`${path}/providers/example-shelter/`).querySelector('.contacts .notice')!.textContent).toBe(
        translator(localeByPath(path)!.tag)('entry.confidential'),
      );
      // The organisation itself publishes its address.
      expect(site.html(`${path}/providers/example-org/`)).toMatch(/Савска 1|Savska 1/);
    },
  );

  it.each(LOCALES.map((l) => l.path))(
    '%s: a provider with no contact sends the reader to the first places to turn to',
    (path) => {
      const contacts = site.page(`${path}/providers/quiet-office/`).querySelector('.contacts')!;
      expect(contacts.textContent).toContain(translator(localeByPath(path)!.tag)('contact.none'));
      expect(contacts.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
        site.href(`${path}/services/example-service/`),
      ]);
    },
  );

  it("shows every fact with the sources that state it, linked to the entry's list of sources", () => {
    const page = site.page('en/services/example-shelter-stay/');
    // No source gives its cost or where it works: the page says neither.
    expect(page.querySelector('[data-fact="cost"]')).toBeNull();
    expect(page.querySelector('[data-fact="coverage"]')).toBeNull();
    const who = page.querySelector('main')!.textContent;
    expect(who).toContain(translator('en')('eligibility.ageOver', { min: 16 }));
    const line = site.page('en/services/missing-children-line/');
    const mark = line.querySelector('[data-fact="cost"] .fact__source')!;
    expect(line.querySelector(mark.getAttribute('href')!)).not.toBeNull();
  });

  it('offers a text message of neutral words and the number only, and none for an entry with no number to call', () => {
    const t = translator('en');
    const page = site.page('en/services/example-service/');
    const sms = page.querySelector('a[href^="sms:"]')!;
    expect(sms.textContent).toBe(t('share.sms'));
    const body = decodeURIComponent(sms.getAttribute('href')!.split('body=')[1]!);
    expect(body).toBe(`${t('share.smsIntro')}\n+381 11 785 0000`);
    expect(site.page('en/providers/quiet-office/').querySelector('a[href^="sms:"]')).toBeNull();
    // A short number is sent as it is dialled: abroad, 116 000 reaches that country's own line.
    const line = site.page('en/services/missing-children-line/').querySelector('a[href^="sms:"]')!;
    expect(decodeURIComponent(line.getAttribute('href')!.split('body=')[1]!)).toBe(`${t('share.smsIntro')}\n116 000`);
  });

  it.each(LOCALES.map((l) => l.path))(
    '%s: gives a form to dial from abroad only to a number that has one, and says what a call costs where a source does',
    (path) => {
      const t = translator(localeByPath(path)!.tag);
      const phone = (page: string) => site.page(`${path}/${page}`).querySelector('.contact--phone')!;
      const landline = phone('providers/example-org/');
      expect(landline.querySelector('.contact__international')!.textContent).toContain('+381 11 785 0000');
      expect(landline.querySelector('[data-call-cost]')!.textContent).toContain(t('callCost.ordinary'));
      for (const page of ['providers/novi-sad-office/', 'services/missing-children-line/']) {
        expect(phone(page).querySelector('.contact__international'), page).toBeNull();
        expect(phone(page).querySelector('[data-call-cost]')!.textContent).toContain(t('callCost.free'));
      }
      // Where no source says what the call costs, nothing is said.
      const mobile = site.page(`${path}/providers/novi-sad-office/`).querySelectorAll('.contact--phone')[1]!;
      expect(mobile.querySelector('.contact__international')!.textContent).toContain('+381 64 123 4567');
      expect(mobile.querySelector('[data-call-cost]')).toBeNull();
    },
  );

  it.each(LOCALES.map((l) => l.path))(
    "%s: a sheet's page advises leaving out the browser's header and footer, which would print its address",
    (path) => {
      const t = translator(localeByPath(path)!.tag);
      expect(
        site.page(`${path}/handout/service-example-service/`).querySelector('.handout-tools')!.textContent,
      ).toContain(t('handout.printHint'));
    },
  );

  it('shows the number to call of an entry near its name, before the facts', () => {
    const main = site.html('en/services/example-service/');
    expect(main.indexOf('tel:+381117850000')).toBeLessThan(main.indexOf('data-fact="cost"'));
  });
});

const register = await registerOf();

describe('the short guide on the web', () => {
  /** The entries a page links to, by their addresses. */
  const linked = (page: string) =>
    new Set(
      site
        .page(page)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    );

  it.each(LOCALES.map((l) => l.path))(
    '%s: every need shows its services for all of Serbia in full, then every local one by area, none lost',
    (path) => {
      const locale = localeByPath(path)!.tag;
      const ctx = pageContext({ locale, register, base: FIXTURE_SITE.base });
      let locals = 0;
      for (const need of NEEDS) {
        const page = `${path}/brochure/${need.key}/`;
        const links = linked(page);
        for (const service of servicesFor(register, need, locale))
          expect(links, `${page}: ${service.id}`).toContain(ctx.view(service).href);
        const local = servicesFor(register, need, locale).filter((s) => localAreas(s).length > 0);
        locals += local.length;
        const listed = site
          .page(page)
          .querySelectorAll('.local-services li a')
          .map((a) => a.getAttribute('href'));
        expect(listed.sort()).toEqual(local.map((s) => ctx.view(s).href).sort());
        // Each can be added to a sheet for a client ("Add to sheet" finds it by its key).
        expect(site.page(page).querySelectorAll('.local-services li:not([data-entry-key])')).toEqual([]);
      }
      expect(locals, 'the fixture register has local services in the guide').toBeGreaterThan(0);
    },
  );

  it.each(LOCALES.map((l) => l.path))(
    '%s: the rights page shows every right the police, prosecutors and courts must honour',
    (path) => {
      const locale = localeByPath(path)!.tag;
      const ctx = pageContext({ locale, register, base: FIXTURE_SITE.base });
      const links = linked(`${path}/brochure/rights/`);
      for (const { rights } of rightsBySector(register, locale, RIGHTS_SECTORS))
        for (const right of rights) expect(links).toContain(ctx.view(right).href);
    },
  );
});

describe('pages for the people who keep the register', () => {
  it('link every row of the translation status to the page that shows its text', () => {
    const rows = site
      .page('en/translation-status/')
      .querySelectorAll('tbody th a')
      .map((a) => a.getAttribute('href')!);
    for (const page of ['about', 'safety', 'accessibility']) expect(rows).toContain(site.href(`en/${page}/`));
    expect(rows.filter((href) => !site.exists(href.slice(FIXTURE_SITE.base.length)))).toEqual([]);
  });

  it("offer a report by e-mail, a prefilled issue, and the files that hold an entry's facts and text", () => {
    const repo = FIXTURE_SITE.env.REGISTER_REPOSITORY;
    const page = `${FIXTURE_SITE.site}${FIXTURE_SITE.base}en/services/example-service/`;
    const links = site
      .page('en/services/example-service/')
      .querySelectorAll('.corrections a')
      .map((a) => a.getAttribute('href')!);
    // Without an account: an e-mail naming the entry and its page; the site itself sends nothing.
    const email = new URL(links[0]!);
    expect(email.protocol + email.pathname).toBe(`mailto:${FIXTURE_SITE.env.REGISTER_REPORT_EMAIL}`);
    expect(decodeURIComponent(links[0]!)).toContain(page);
    expect(new URL(links[1]!).searchParams.get('body')).toContain(page);
    expect(links[2]).toBe(`${repo}/edit/main/content/services/example-service.yaml`);
    expect(links[3]).toBe(`${repo}/edit/main/content/text/en/services/example-service.mdx`);
    // A page shown in its fallback offers to start the translation in the reader's language.
    expect(site.page('sq/services/example-right/').querySelectorAll('.corrections a')[3]!.getAttribute('href')).toBe(
      `${repo}/new/main/content/text/sq/services?filename=example-right.mdx`,
    );
  });

  it("answer a missing address under a language with that language's page", () => {
    for (const l of LOCALES) {
      const page = site.page(`${l.path}/404.html`);
      expect(page.querySelector('html')!.getAttribute('lang')).toBe(l.tag);
      expect(page.querySelector('h1')!.textContent).toBe(translator(l.tag)('notFound.title'));
    }
  });
});
