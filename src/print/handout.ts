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

/** An entry's block on a sheet, in the language of `ctx`. */
export function handoutBlock(entry: Entry, ctx: PageContext) {
  const view = ctx.view(entry);
  const terms = view.facts.filter((f) => ['cost', 'availability', 'hours'].includes(f.key));
  return {
    key: handoutKey(entry),
    lang: ctx.locale,
    /** The language the entry's text is in, where it is not the block's. */
    textLang: view.lang,
    name: view.name,
    gives: view.summary,
    who: view.whoCanGet ?? view.eligibility.map((item) => item.text).join('; '),
    terms: terms.map((f) => ({ label: f.label, value: f.value })),
    call: view.call,
    /** The entry's page in this language, absolute when the site's address is known. */
    address: ctx.absolute(view.href),
    qr: ctx.href(routes.handoutQr(handoutKey(entry))),
  };
}
