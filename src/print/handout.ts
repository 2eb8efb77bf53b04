/**
 * A handout: the few entries that fit a client, on one sheet, in the client's language beside a
 * second one (Serbian, by default), so that the client and an official read the same paper. Each
 * entry is drawn from its one view: its name, what it gives, who can get it, cost and hours, the
 * number to call, and a QR code of its page in the client's language.
 */
import { isLatin, SOURCE_LOCALE, type LocaleTag } from '../i18n/locales.ts';
import { routes } from '../i18n/routes.ts';
import type { Entry } from '../model/register.ts';
import type { PageContext } from '../view/context.ts';

/** How an entry is named in a handout's address: "service-astra-sos-line". */
export const handoutKey = (entry: Entry) => `${entry.kind}-${entry.id}`;

/** The second language of a client's handout: Serbian, or English for a client who reads Serbian. */
export function defaultSecond(client: LocaleTag): LocaleTag {
  return client === SOURCE_LOCALE || (client.startsWith('sr') && isLatin(client)) ? 'en' : SOURCE_LOCALE;
}

export interface HandoutBlock {
  key: string;
  lang: LocaleTag;
  /** The language the entry's text is in, where it is not the block's. */
  textLang?: string;
  name: string;
  gives: string;
  who: string;
  terms: { label: string; value: string }[];
  call?: { display: string; href: string; kind: string; callCost?: string };
  /** The entry's page in this language, absolute when the site's address is known. */
  address: string;
  qr: string;
}

export function handoutBlock(entry: Entry, ctx: PageContext): HandoutBlock {
  const view = ctx.view(entry);
  const who = view.whoCanGet ?? view.eligibility.map((item) => item.text).join('; ');
  const terms = view.facts
    .filter((f) => ['cost', 'availability', 'hours'].includes(f.key))
    .map((f) => ({ label: f.label, value: f.value }));
  return {
    key: handoutKey(entry),
    lang: ctx.locale,
    textLang: view.lang,
    name: view.name,
    gives: view.summary,
    who,
    terms,
    call: view.call,
    address: ctx.absolute(view.href),
    qr: ctx.href(routes.handoutQr(handoutKey(entry))),
  };
}
