/**
 * The one drawing of an entry in a list: its name, its provider, warnings, badges, the summary and
 * the number to call. Lists draw it on the page (EntryCard.astro) and the search index carries it
 * with each result (src/search/records.ts), so a result looks exactly like the entry in a list.
 * hastscript builds it and escapes every text; the browser only inserts what the build drew.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { EntryView } from './entry.ts';
import type { Badge } from './facts.ts';

const badgeItem = (b: Badge) => h('li', { className: ['badge', `badge--${b.key}`], dataBadge: b.key }, b.label);
const badgesTree = (badges: readonly Badge[]) =>
  badges.length > 0 ? h('ul.badges', badges.map(badgeItem)) : undefined;

export const badgesHtml = (badges: readonly Badge[]) => toHtml(badgesTree(badges) ?? []);

export interface CardOptions {
  headingLevel?: 2 | 3 | 4;
  /** A service's provider, under its name. */
  showProvider?: boolean;
  /** The brochure says who can get a service, in the entry's plain words, after this label. */
  whoLabel?: string;
  /** The entry's key on a sheet for a client (src/print/handout.ts). */
  entryKey?: string;
  /**
   * Which notices: a list shows the warnings about the facts; a search result, where the entry's
   * language may differ from its neighbours', also the notices about its text's language.
   */
  notices?: 'warnings' | 'everywhere';
}

function callLine(call: NonNullable<EntryView['call']>) {
  return h('p.card__call', [
    h('a', { href: call.href, translate: 'no' }, call.display),
    call.callCost ? h('span.card__cost', { dataCallCost: '' }, ` · ${call.callCost}`) : undefined,
  ]);
}

/** The card of an entry, as HTML. */
export function cardHtml(view: EntryView, options: CardOptions = {}): string {
  const { headingLevel = 3, showProvider = true, whoLabel, entryKey, notices = 'warnings' } = options;
  const provider = view.kind !== 'provider' && showProvider ? view.provider : undefined;
  const who = whoLabel && view.whoCanGet;
  const card = h('article.card', { dataEntry: view.id, dataEntryKey: entryKey }, [
    h(`h${headingLevel}.card__title`, { lang: view.lang }, h('a', { href: view.href, translate: 'no' }, view.name)),
    provider ? h('p.card__provider', { lang: provider.lang, translate: 'no' }, provider.label) : undefined,
    ...view.notices
      .filter((n) => (notices === 'warnings' ? n.tone === 'warning' : n.scope === 'everywhere'))
      .map((n) => h('p.card__warning', { dataNotice: n.key }, n.text)),
    badgesTree(view.badges),
    h('p.card__summary', { lang: view.lang }, view.summary),
    who ? h('p.card__who', [h('strong', whoLabel), ' ', h('span', { lang: view.lang }, who)]) : undefined,
    view.call ? callLine(view.call) : undefined,
  ]);
  return toHtml(card);
}

/** A page's card in the search results (the steps): its name and what it is about. */
export function pageCardHtml(page: { href: string; name: string; summary: string }): string {
  return toHtml(
    h('article.card', [
      h('h2.card__title', h('a', { href: page.href }, page.name)),
      h('p.card__summary', page.summary),
    ]),
  );
}
