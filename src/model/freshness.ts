/**
 * How fresh an entry's facts are. An entry not verified for more than STALE_AFTER_MONTHS is marked
 * on its page and listed by `npm run report:stale`; contact facts from the compilation of published
 * contacts await confirmation until a maintainer records the date they confirmed them.
 */
import { contactsOf, type Entry } from './register.ts';

export const STALE_AFTER_MONTHS = 12;

/** Today as YYYY-MM-DD; REGISTER_TODAY fixes it for reproducible builds and tests. */
export function today(): string {
  return process.env.REGISTER_TODAY ?? new Date().toISOString().slice(0, 10);
}

/** The day `months` months before `day` (both YYYY-MM-DD). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 - months, d));
  return date.toISOString().slice(0, 10);
}

export function isStale(entry: Entry, on: string = today(), months = STALE_AFTER_MONTHS): boolean {
  return entry.facts.lastVerified.date < monthsBefore(on, months);
}

/** The entry's own contact facts that no maintainer has confirmed with the provider yet. */
export function unconfirmedContacts(entry: Entry): number {
  const own = contactsOf(entry);
  return [...own.phones, ...own.emails, ...own.websites].filter((c) => c.ownerId === entry.id && !c.value.confirmed).length + (own.address && !own.address.confirmed ? 1 : 0);
}
