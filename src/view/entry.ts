/**
 * The one view of an entry: all a reader is shown of a provider, a service or a right in one language, drawn
 * from the model once. The web and print pages, search record, handout and open data all read it, so they
 * cannot drift apart: a new fact is one schema line, one label and one row in src/view/facts.ts.
 */
import { localeConfig, SOURCE_LOCALE } from '../i18n/locales.ts';
import { formatInternational, formatNational, telHref } from '../i18n/phone.ts';
import { routes } from '../i18n/routes.ts';
import { textFile } from '../content/layout.ts';
import { audiencesOf } from '../model/audience.ts';
import { isStale } from '../model/freshness.ts';
import { sectorOf } from '../model/queries.ts';
import { contactsOf, type Entry } from '../model/register.ts';
import { shownText, type ShownText } from '../model/texts.ts';
import type { SourceFacts } from '../schemas/facts.ts';
import type { CALL_COSTS } from '../schemas/taxonomy.ts';
import type { PageContext } from './context.ts';
import { editHref, newFileHref, reportLinks } from './reports.ts';
import { badgesOf, eligibilityOf, factRows, listedSources } from './facts.ts';

export interface Link {
  href: string;
  label: string;
  /** Set when the label is in another language than the page. */
  lang?: string;
}

type NoticeKey = 'unconfirmed' | 'stale' | 'fallback' | 'outdated' | 'unreviewed';
export type Notice = ReturnType<typeof notice>;

export type Provenance = ReturnType<typeof provenance>;
export type SourceView = ReturnType<typeof sourceView>;

/** The one view of an entry in one language: `ctx.view(entry)` (src/view/context.ts). */
export type EntryView = ReturnType<typeof entryView>;

/** The `lang` of a text where it is not the page's (a fallback); undefined otherwise. */
export const otherLang = (text: ShownText, ctx: PageContext) => (text.lang !== ctx.locale ? text.lang : undefined);

const entryHref = (entry: Entry, ctx: PageContext) =>
  ctx.href(entry.kind === 'provider' ? routes.provider(entry.id) : routes.service(entry.id));

/** A link to an entry's page, with its name in the page's language (or its fallback's, marked). */
export function entryLink(entry: Entry, ctx: PageContext): Link {
  const text = shownText(entry.texts, ctx.locale);
  return { href: entryHref(entry, ctx), label: text.data.name, lang: otherLang(text, ctx) };
}

/**
 * A source's text in the page's language where the file gives it (`titleIn`, `publisherIn`), or as
 * written, in the source's language; Serbian in the page's script (a Latin page carries no Cyrillic).
 */
function inPageLanguage(source: SourceFacts, field: 'title' | 'publisher', ctx: PageContext) {
  const own = ctx.profile.derive?.from ?? ctx.locale;
  const given = (field === 'title' ? source.titleIn : source.publisherIn)?.[own];
  const [text, lang] = given !== undefined ? [given, own] : [source[field] ?? '', source.language];
  if (!lang.startsWith('sr')) return { text, lang };
  return { text: ctx.inScript(text), lang: ctx.profile.script === 'Latn' ? 'sr-Latn' : lang };
}

function sourceView(id: string, ctx: PageContext) {
  const source = ctx.register.sources.get(id)!;
  const title = inPageLanguage(source, 'title', ctx);
  // A provider of the register is named as its entry names it, in the reader's language.
  const by = source.publishedBy ? entryLink(ctx.register.provider(source.publishedBy), ctx) : undefined;
  const publisher = by ? { text: by.label, lang: by.lang ?? ctx.locale } : inPageLanguage(source, 'publisher', ctx);
  return {
    id,
    title: title.text,
    lang: title.lang,
    publisher: publisher.text,
    publisherLang: publisher.lang,
    /** The publisher's page, where it is a provider of the register. */
    publisherHref: by?.href,
    where: source.where,
    date: source.published ? ctx.date(source.published) : ctx.t('source.undated'),
    secondary: source.secondary,
    file: source.file,
  };
}

export const sourcesView = (ids: readonly string[], ctx: PageContext) => ids.map((id) => sourceView(id, ctx));

/** Where and when a contact fact was published, and whether the provider confirmed it. */
function provenance({ source, confirmed }: { source: string; confirmed?: string }, ctx: PageContext) {
  const { title, lang, where, date } = sourceView(source, ctx);
  const status = confirmed
    ? ctx.t('contact.confirmed', { date: ctx.date(confirmed) })
    : ctx.t('contact.awaitingConfirmation');
  return { title, titleLang: lang, where, when: date, status };
}

/** What a call costs, where a source says it, and that source's title. */
function callCostView({ cost, source }: { cost: (typeof CALL_COSTS)[number]; source: string }, ctx: PageContext) {
  const { title, lang } = sourceView(source, ctx);
  return { text: ctx.t(`callCost.${cost}`), source: title, sourceLang: lang };
}

function contactsView(entry: Entry, ctx: PageContext) {
  const { t, register } = ctx;
  const contacts = contactsOf(entry);
  const phones = contacts.phones.map(({ value, ownerId }) => {
    const kind = t(`phoneKind.${value.kind}`);
    return {
      number: value.number,
      display: formatNational(value.number),
      /** As dialled from abroad: only a number that can be (not a short or a free number: src/i18n/phone.ts). */
      international: formatInternational(value.number),
      href: telHref(value.number),
      kind: value.purpose ? `${kind}: ${t(`phonePurpose.${value.purpose}`)}` : kind,
      callCost: value.callCost && callCostView(value.callCost, ctx),
      /** The provider the number belongs to, when it is not the entry itself. */
      owner: ownerId === entry.id ? undefined : entryLink(register.provider(ownerId), ctx),
      provenance: provenance(value, ctx),
    };
  });
  const emails = contacts.emails.map(({ value }) => ({
    address: value.address,
    href: `mailto:${value.address}`,
    provenance: provenance(value, ctx),
  }));
  // Published without a scheme: which protocol the site uses is not known, so the link says http.
  const websites = contacts.websites.map(({ value }) => ({
    url: value.url,
    href: `http://${value.url}`,
    provenance: provenance(value, ctx),
  }));
  const { address: at } = contacts;
  const address = at && {
    text: `${ctx.inScript(at.street)}, ${ctx.inScript(at.locality)}`,
    provenance: provenance(at, ctx),
  };
  // No contact was published: where a person can turn first instead.
  const empty = phones.length + emails.length + websites.length === 0 && !address;
  const firstContacts = empty ? register.settings.firstContacts.map((id) => entryLink(register.service(id), ctx)) : [];
  // Some of the contacts are the entry's own, not only those of its provider.
  const own = [...contacts.phones, ...contacts.emails, ...contacts.websites].some((c) => c.ownerId === entry.id);
  return { phones, emails, websites, address, firstContacts, empty, own };
}

/**
 * A warning is about the facts (shown in lists too), info about the text's language. Shown with the entry
 * everywhere (page, PDF, search result) or on its page only: that a translation awaits review is said once per
 * PDF, not on every result. `link`: where to help.
 */
function notice(key: NoticeKey, tone: 'warning' | 'info', scope: 'everywhere' | 'page', text: string, link?: Link) {
  return { key, tone, scope, text, link };
}

/** What a reader is told about a text's language: not translated yet, outdated, not reviewed. */
export function textNotices(text: ShownText, ctx: PageContext): Notice[] {
  const { t } = ctx;
  const language = localeConfig(text.lang).endonym;
  if (text.fallback) return [notice('fallback', 'info', 'everywhere', t('translation.fallback', { language }))];
  const help = { href: ctx.href(routes.translationStatus), label: t('translation.helpReview') };
  const outdated = text.status === 'outdated';
  const unreviewed = notice('unreviewed', 'info', 'page', t('translation.unreviewed'), outdated ? undefined : help);
  return [
    ...(outdated ? [notice('outdated', 'info', 'everywhere', t('translation.outdated'), help)] : []),
    ...(text.reviewed ? [] : [unreviewed]),
  ];
}

function noticesOf(entry: Entry, text: ShownText, ctx: PageContext): Notice[] {
  const unconfirmed = entry.kind === 'service' && entry.facts.status === 'unconfirmed';
  return [
    ...(unconfirmed ? [notice('unconfirmed', 'warning', 'everywhere', ctx.t('status.unconfirmed'))] : []),
    ...(isStale(entry, ctx.today) ? [notice('stale', 'warning', 'everywhere', ctx.t('verified.stale'))] : []),
    ...textNotices(text, ctx),
  ];
}

function trailOf(entry: Entry, ctx: PageContext): Link[] {
  const sector = sectorOf(entry);
  const chain = entry.kind === 'service' ? [...entry.provider.ancestors, entry.provider] : entry.ancestors;
  return [
    { href: ctx.href(routes.registerSector(sector)), label: ctx.t(`sector.${sector}`) },
    ...chain.map((p) => {
      const link = entryLink(p, ctx);
      return { ...link, label: shownText(p.texts, ctx.locale).data.shortName ?? link.label };
    }),
  ];
}

/**
 * Where to correct the entry's facts and its text, and to report a mistake in it: each only where the
 * build can offer it (it knows the repository, an address for reports).
 */
function correctionsOf(entry: Entry, text: ShownText, href: string, ctx: PageContext) {
  const kind = entry.kind === 'provider' ? 'providers' : 'services';
  // A derived script (Serbian Latin) is corrected in the source text it is made from.
  const textLocale = text.transliterate ? SOURCE_LOCALE : text.lang;
  const textHref = text.fallback
    ? newFileHref(`content/text/${ctx.locale}/${kind}`, `${entry.id}.mdx`)
    : editHref(textFile(textLocale, kind, entry.id));
  const label = ctx.t(text.fallback ? 'corrections.addTranslation' : 'corrections.translate');
  return {
    facts: editHref(entry.file),
    text: textHref ? { href: textHref, label } : undefined,
    ...reportLinks(text.data.name, ctx.absolute(href), ctx),
  };
}

export function entryView(entry: Entry, ctx: PageContext) {
  const { t, locale } = ctx;
  const text = shownText(entry.texts, locale);
  const href = entryHref(entry, ctx);
  const kind = entry.kind === 'provider' ? 'provider' : entry.facts.kind;
  const provider = entry.kind === 'service' ? entry.provider : entry.parent;
  const contacts = contactsView(entry, ctx);
  const { date, how, by } = entry.facts.lastVerified;
  const verified = t(`verified.${how}`, { date: ctx.date(date) });
  const phone = contacts.phones[0];
  return {
    id: entry.id,
    kind,
    /** "Service", "Right", "Provider" in the page's language. */
    kindLabel: kind === 'provider' ? t('search.kind.provider') : t(`kind.${kind}`),
    href,
    name: text.data.name,
    shortName: text.data.shortName,
    summary: text.data.summary,
    whoCanGet: text.data.whoCanGet,
    howToGet: text.data.howToGet,
    /** The words people type for it, in the text's language. */
    searchTerms: text.data.searchTerms ?? [],
    lang: otherLang(text, ctx),
    /** The language the text is really in. */
    textLang: text.lang,
    body: { file: text.file, transliterate: text.transliterate },
    /** The provider of a service, or the organisation of a unit. */
    provider: provider && entryLink(provider, ctx),
    alsoAt: entry.kind === 'service' ? entry.alsoAt.map((p) => entryLink(p, ctx)) : [],
    /** From the register's sector down to the entry's provider, for breadcrumbs. */
    trail: trailOf(entry, ctx),
    badges: badgesOf(entry, ctx),
    notices: noticesOf(entry, text, ctx),
    facts: factRows(entry, ctx),
    eligibility: entry.kind === 'service' ? eligibilityOf(entry, ctx) : [],
    audiences: entry.kind === 'service' ? audiencesOf(entry) : [],
    contacts,
    /** The first number to call, what it is, and what the call costs where a source says it. */
    call: phone && { ...phone, callCost: phone.callCost?.text },
    /** The service's categories, each with its stable key (the search's filters, the open data). */
    categories: (entry.kind === 'service' ? entry.facts.categories : []).map((id) => ({
      id,
      href: ctx.href(routes.category(id)),
      label: t(`category.${id}`),
    })),
    /** The sector and the kind of provider, by their stable keys: a service's are its provider's. */
    sector: sectorOf(entry),
    providerType: (entry.kind === 'service' ? entry.provider : entry).facts.type,
    sources: sourcesView(listedSources(entry), ctx),
    verified: by ? `${verified} ${t('verified.by', { who: by })}` : verified,
    /** When the entry's facts file last changed, from the repository's history; absent without it. */
    changed: entry.changed && t('verified.changed', { date: ctx.date(entry.changed) }),
    confidential: entry.confidential,
    corrections: correctionsOf(entry, text, href, ctx),
  };
}
