/**
 * `npm run report:stale [-- --months 6] [--today 2027-12-01] [--root <dir>]`, from the project root: the
 * entries not verified for more than 12 months, oldest first, with their contacts awaiting confirmation.
 */
import { contentRoot } from '../src/content/layout.ts';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { today } from '../src/config/today.ts';
import { loadRegister } from '../src/model/load.ts';
import { isStale, monthsBefore, unconfirmedContacts } from '../src/model/freshness.ts';
import { SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { shownText } from '../src/model/texts.ts';

const { values } = parseArgs({
  options: { months: { type: 'string' }, today: { type: 'string' }, root: { type: 'string' } },
});
const months = values.months ? Number(values.months) : site.staleAfterMonths;
const on = values.today ?? today();
if (!Number.isInteger(months) || months < 1)
  throw new Error(`--months must be a whole number of months, such as 12; found "${values.months}"`);

const register = await loadRegister({ content: values.root ?? contentRoot(), project: process.cwd() });
const entries = [...register.providers, ...register.services];
const stale = entries
  .filter((e) => isStale(e, on, months))
  .sort((a, b) => a.facts.lastVerified.date.localeCompare(b.facts.lastVerified.date));
const awaiting = entries.reduce((n, e) => n + unconfirmedContacts(e), 0);

const since = `${monthsBefore(on, months)} (${months} months before ${on})`;
console.log(`Entries not verified since ${since}: ${stale.length} of ${entries.length}`);
for (const entry of stale) {
  const { date, how, by } = entry.facts.lastVerified;
  const name = shownText(entry.texts, SOURCE_LOCALE).data.name;
  const unconfirmed = unconfirmedContacts(entry);
  const pending = unconfirmed ? `; ${unconfirmed} contact fact(s) await confirmation` : '';
  console.log(`- ${entry.file}: last verified ${date} (${how}${by ? `, by ${by}` : ''}); ${name}${pending}`);
}
console.log(`Contact facts awaiting confirmation with their provider, in all entries: ${awaiting}`);
