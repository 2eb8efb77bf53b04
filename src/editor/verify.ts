/**
 * `npm run verify`: `lastVerified` gets the day, how and who checked; when the provider itself confirmed,
 * each contact fact gets `confirmed:` that day. Nothing else of the file changes (src/editor/formats.ts).
 */
import { parse } from 'yaml';
import { patchYaml } from './formats.ts';
import { VERIFICATION_METHODS } from '../schemas/taxonomy.ts';

type Method = (typeof VERIFICATION_METHODS)[number];

/** What `--how` accepts: the schema's words, and the short ones people say. */
export const HOW: Record<string, Method> = {
  ...Object.fromEntries(VERIFICATION_METHODS.map((m) => [m, m])),
  phone: 'phone-call',
  call: 'phone-call',
  sources: 'published-sources',
};

/** The ways of checking in which the provider itself confirmed its contacts. */
const CONFIRMS_CONTACTS: readonly Method[] = ['phone-call', 'provider'];

/** The contact facts of an entry that carry `confirmed:`. */
const CONTACT_LISTS = ['phones', 'emails', 'websites'] as const;

/** The facts file `text` with the verification written in; the number of contact facts confirmed. */
export function verifyFacts(text: string, { date, how, by }: { date: string; how: Method; by: string }) {
  const facts = parse(text) as Record<string, unknown>;
  facts.lastVerified = { ...(facts.lastVerified as object | undefined), date, how, by };
  const lists = CONTACT_LISTS.flatMap((list) => (Array.isArray(facts[list]) ? (facts[list] as unknown[]) : []));
  const contacts = CONFIRMS_CONTACTS.includes(how) ? [...lists, facts.address] : [];
  const confirmed = contacts.filter((c): c is Record<string, unknown> => Boolean(c) && typeof c === 'object');
  for (const contact of confirmed) contact.confirmed = date;
  return { text: patchYaml(text, facts), confirmed: confirmed.length };
}
