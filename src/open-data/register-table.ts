/**
 * The register as one table, one row an entry (provider, unit, service or right), for people who
 * want a spreadsheet: `register.csv` and the same rows as `register.json`. Every value is what the
 * entry's page shows in that language, drawn from its one view (src/view/entry.ts); the keys are the
 * columns, documented in docs/open-data.md. In the CSV, a list is joined with "|".
 */
import { isStale } from '../model/freshness.ts';
import { sectorOf } from '../model/queries.ts';
import { contactsOf, type Entry } from '../model/register.ts';
import type { PageContext } from '../view/context.ts';
import type { DataFile } from './api.ts';
import { toCsv, type Cell } from './csv.ts';
import { entryUuid } from './hsds.ts';
import { DATASET_FILES } from './layout.ts';
import { publishedFacts } from '../view/published.ts';

/** What an entry is and where it belongs: the row's first columns. */
function entryColumns(entry: Entry, ctx: PageContext) {
  const view = ctx.view(entry);
  const shown = view.notices.filter((n) => n.scope === 'everywhere');
  return {
    id: entry.id,
    uuid: entryUuid(entry),
    kind: view.kind,
    kind_label: view.kindLabel,
    name: view.name,
    short_name: view.shortName,
    summary: view.summary,
    who_can_get: view.whoCanGet,
    how_to_get: view.howToGet,
    text_language: view.textLang,
    provider_id: (entry.kind === 'service' ? entry.provider : entry.parent)?.id,
    provider: view.provider?.label,
    also_at: entry.kind === 'service' ? entry.alsoAt.map((p) => p.id) : [],
    also_at_names: view.alsoAt.map((l) => l.label),
    sector: sectorOf(entry),
    sector_label: ctx.t(`sector.${sectorOf(entry)}`),
    categories: view.categories.map((c) => c.id),
    category_labels: view.categories.map((c) => c.label),
    badges: view.badges.map((b) => b.key),
    badge_labels: view.badges.map((b) => b.label),
    warnings: shown.filter((n) => n.tone === 'warning').map((n) => n.text),
    notices: shown.filter((n) => n.tone === 'info').map((n) => n.text),
  };
}

/** The facts, as the page says them, and who can get the help. */
function factColumns(entry: Entry, ctx: PageContext) {
  const view = ctx.view(entry);
  const fact = (key: string) => view.facts.find((f) => f.key === key)?.value;
  const e = entry.kind === 'service' ? publishedFacts(entry).eligibility : undefined;
  return {
    status: entry.kind === 'service' ? publishedFacts(entry).status : undefined,
    cost: fact('cost'),
    availability: fact('availability'),
    hours: fact('hours'),
    coverage: fact('coverage'),
    coverage_level: entry.coverage?.level,
    areas: entry.coverage?.areas ?? [],
    interpretation: fact('interpretation'),
    type: fact('type'),
    network: fact('network'),
    licence: fact('licence'),
    since: fact('since'),
    legal_basis: view.facts.filter((f) => f.key.startsWith('legal-basis-')).map((f) => f.value),
    eligibility: view.eligibility.map((item) => item.text),
    min_age: e?.minAge,
    older_than: e?.olderThan,
    max_age: e?.maxAge,
    genders: e?.genders ?? [],
    victim_status: e?.victimStatus ?? [],
    referral: e && e.referral !== 'unknown' ? e.referral : undefined,
    nationality: e?.nationality,
    with_children: e?.withChildren,
    anonymous: e?.anonymous,
  };
}

/** How to reach it, with the source of each contact, and how sure the register is of it. */
function contactColumns(entry: Entry, ctx: PageContext) {
  const view = ctx.view(entry);
  const own = contactsOf(entry);
  const owner = (id: string) => (id === entry.id ? undefined : id);
  type Sourced = { source: string; confirmed?: string };
  const provenance = ({ source, confirmed }: Sourced) => ({ source, confirmed });
  const contact = (value: string, by: string, fact: Sourced) => ({ value, owner_id: owner(by), ...provenance(fact) });
  return {
    phones: view.contacts.phones.map(({ number, display, international, kind, owner: shownOwner }, i) => {
      const { value, ownerId } = own.phones[i]!;
      return {
        ...{ number, display, international, kind, call_cost: value.callCost?.cost },
        ...{ owner_id: owner(ownerId), owner: shownOwner?.label, ...provenance(value) },
      };
    }),
    emails: own.emails.map(({ value, ownerId }) => contact(value.address, ownerId, value)),
    websites: own.websites.map(({ value, ownerId }) => contact(value.url, ownerId, value)),
    // The view never gives a confidential place an address.
    address: view.contacts.address && own.address && { text: view.contacts.address.text, ...provenance(own.address) },
    confidential: view.confidential,
    sources: view.sources.map((s) => s.id),
    last_verified: publishedFacts(entry).lastVerified.date,
    verified: view.verified,
    stale: isStale(entry, ctx.today),
    page: ctx.absolute(view.href),
    report: view.corrections.issue ?? view.corrections.email,
  };
}

/** An entry's row: its keys are the table's columns, in their order. */
const registerRow = (entry: Entry, ctx: PageContext) => ({
  ...entryColumns(entry, ctx),
  ...factColumns(entry, ctx),
  ...contactColumns(entry, ctx),
});

type Row = ReturnType<typeof registerRow>;

/** One spreadsheet cell: lists joined with "|", a phone with its kind (and whose it is). */
function cell(value: Row[keyof Row]): Cell {
  if (!Array.isArray(value)) return typeof value === 'object' && value !== null ? value.text : value;
  return value
    .map((item) => {
      if (typeof item === 'string') return item;
      if (!('display' in item)) return item.value;
      return `${item.international ?? item.display} (${[item.kind, item.owner].filter(Boolean).join(', ')})`;
    })
    .join('|');
}

export function registerTableFiles(ctx: PageContext): DataFile[] {
  const rows = [...ctx.register.providers, ...ctx.register.services].map((entry) => registerRow(entry, ctx));
  const columns = Object.keys(rows[0] ?? {}) as (keyof Row)[];
  const cells = rows.map((row) => columns.map((c) => cell(row[c])));
  return [
    // A byte order mark, so that spreadsheet programs read the file as UTF-8 (Cyrillic, č, ë).
    { path: DATASET_FILES.tableCsv, content: toCsv(columns, cells, { bom: true }) },
    // Every key in every row: a value the register does not hold is null.
    { path: DATASET_FILES.tableJson, content: `${JSON.stringify(rows, (_key, value) => value ?? null, 2)}\n` },
  ];
}
