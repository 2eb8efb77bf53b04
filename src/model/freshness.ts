/**
 * How fresh an entry's facts are. An entry not verified for longer than the site's staleness window
 * (src/config/site.ts) is marked on its page and listed by `npm run report:stale`; contact facts
 * await confirmation until a maintainer records the date they confirmed them with the provider.
 */
import { site } from '../config/site.ts';
import { today } from '../config/today.ts';
import { contactsOf, type Entry } from './register.ts';

/** The day `months` months before `day` (both YYYY-MM-DD). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
}

export function isStale(entry: Entry, on: string = today(), months = site.staleAfterMonths): boolean {
  return entry.facts.lastVerified.date < monthsBefore(on, months);
}

/** The entry's own contact facts that no maintainer has confirmed with the provider yet. */
export function unconfirmedContacts(entry: Entry): number {
  const { phones, emails, websites, address } = contactsOf(entry);
  const unconfirmed = [...phones, ...emails, ...websites].filter((c) => c.ownerId === entry.id && !c.value.confirmed);
  return unconfirmed.length + (address && !address.confirmed ? 1 : 0);
}
