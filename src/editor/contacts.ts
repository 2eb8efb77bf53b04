/**
 * What a pull request does to the ways a person reaches help (`npm run report:contacts`): every contact
 * it adds, removes or changes, before and after, with entry and source, marked loud where it reaches
 * every home page (emergency numbers, the hotline) or the brochure's "help now". A changed contact
 * must name where the new one was published: one that keeps the old source is refused, with what to add.
 */
import { NEEDS } from '../config/editions.ts';
import type { RegisterInput } from '../content/input.ts';
import { FACT_FILES } from '../content/layout.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { formatNational } from '../i18n/phone.ts';
import { servicesFor } from '../model/queries.ts';
import { ownersOf, type Register } from '../model/register.ts';
import { formatProblem, type Problem } from '../checks/problem.ts';
import type { ProviderFacts, ServiceFacts } from '../schemas/facts.ts';

type Loud = 'home page' | 'help now';

/**
 * A contact added, removed or changed in the facts file ("content/providers/astra.yaml") of an entry (or emergency
 * service), at its place after the change (before it, for a removal: "phones[0]"); `loud`: why it matters most,
 * where every reader, or a person in danger, meets it.
 */
export type ContactChange = ReturnType<typeof diffContacts>[number] & { loud: Loud[] };

const WHAT = {
  phone: 'phone number',
  email: 'e-mail address',
  website: 'web address',
  address: 'street address',
  hours: 'opening hours',
  'emergency-number': 'emergency number',
  hotline: 'hotline of the home page',
};
type ContactKind = keyof typeof WHAT;

type Contact = { kind: ContactKind; field: string; value: string; source?: string };

const DAYS: Record<string, string> = { mo: 'Mon', tu: 'Tue', we: 'Wed', th: 'Thu', fr: 'Fri', sa: 'Sat', su: 'Sun' };

/** An entry's contacts of one kind, from the list `key` of its facts. */
function listed<T extends { source?: string }>(kind: ContactKind, key: string, items: T[], value: (item: T) => string) {
  return items.map((item, i): Contact => ({ kind, field: `${key}[${i}]`, value: value(item), source: item.source }));
}

/** The contacts of an entry's facts, each as its value in words. */
function contactsOf(facts: ProviderFacts | ServiceFacts): Contact[] {
  const a = 'address' in facts ? facts.address : undefined;
  const days = (d?: string[]) => (d ? d.map((day) => DAYS[day] ?? day).join(' ') : 'every day');
  return [
    ...listed('phone', 'phones', facts.phones, (p) => p.number),
    ...listed('email', 'emails', facts.emails, (e) => e.address),
    ...listed('website', 'websites', facts.websites, (w) => w.url),
    ...(a
      ? [{ kind: 'address', field: 'address', value: `${a.street}, ${a.locality}`, source: a.source } as const]
      : []),
    ...listed('hours', 'hours', facts.hours ?? [], (h) => `${days(h.days)} ${h.opens}–${h.closes}`),
  ];
}

/**
 * Before and after of one list of contacts: values in both are unchanged; of the rest, the first
 * before and the first after are a change, and so on; what is left over is added or removed.
 */
function pair(before: Contact[], after: Contact[]): { before?: Contact; after?: Contact }[] {
  const left = [...before];
  const right = after.filter((a) => {
    const i = left.findIndex((b) => b.value === a.value);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({ before: left[i], after: right[i] }));
}

function diffContacts(file: string, entry: string, before: Contact[], after: Contact[]) {
  const kinds = [...new Set([...before, ...after].map((c) => c.kind))];
  return kinds.flatMap((kind) => {
    const ofKind = (contacts: Contact[]) => contacts.filter((c) => c.kind === kind);
    return pair(ofKind(before), ofKind(after)).map(({ before: b, after: a }) => {
      const change = b && a ? ('changed' as const) : a ? ('added' as const) : ('removed' as const);
      const was = b && { before: b.value, sourceBefore: b.source };
      const is = a && { after: a.value, sourceAfter: a.source };
      return { file, entry, kind, change, field: (a ?? b)!.field, ...was, ...is };
    });
  });
}

/** The facts files whose contacts a reader meets first, with why. */
function prominentFiles(register: Register | undefined): Map<string, Set<Loud>> {
  const marks = new Map<string, Set<Loud>>();
  if (!register) return marks;
  const mark = (file: string, why: Loud) => marks.set(file, (marks.get(file) ?? new Set()).add(why));
  try {
    for (const owner of ownersOf(register.service(register.settings.hotline))) mark(owner.file, 'home page');
  } catch {
    // no hotline in this state of the content: the checker says so
  }
  for (const service of servicesFor(register, NEEDS[0], SOURCE_LOCALE))
    for (const owner of ownersOf(service)) mark(owner.file, 'help now');
  return marks;
}

/** Every contact the change from `base` to `head` adds, removes or changes. */
export function contactChanges(
  base: { input: RegisterInput; register?: Register },
  head: { input: RegisterInput; register?: Register },
): ContactChange[] {
  const changes: ReturnType<typeof diffContacts> = [];
  const entries = (input: RegisterInput) => new Map([...input.providers, ...input.services].map((e) => [e.file, e]));
  const [before, after] = [entries(base.input), entries(head.input)];
  for (const file of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const [b, a] = [before.get(file), after.get(file)];
    changes.push(...diffContacts(file, (a ?? b)!.id, b ? contactsOf(b.data) : [], a ? contactsOf(a.data) : []));
  }
  for (const id of new Set([...base.input.emergencyNumbers, ...head.input.emergencyNumbers].map((n) => n.id))) {
    const of = ({ emergencyNumbers: all }: RegisterInput) => {
      const numbers = all.map((n) => n.data);
      return listed('emergency-number', '', numbers, (n) => n.number).filter((_, i) => all[i]!.id === id);
    };
    changes.push(...diffContacts(FACT_FILES.emergencyNumbers, id, of(base.input), of(head.input)));
  }
  const [was, is] = [base.input.settings.data.hotline, head.input.settings.data.hotline];
  if (was && is && was !== is) {
    const [file, field] = [FACT_FILES.settings, 'hotline'];
    changes.push({ file, entry: field, kind: 'hotline', change: 'changed', field, before: was, after: is });
  }
  const prominent = [prominentFiles(base.register), prominentFiles(head.register)];
  return changes.map((change) => {
    const loud = new Set<Loud>();
    if (change.kind === 'emergency-number' || change.kind === 'hotline') loud.add('home page');
    for (const marks of prominent) {
      for (const why of marks.get(change.file) ?? []) if (why === 'help now' || change.kind === 'phone') loud.add(why);
    }
    return { ...change, loud: [...loud] };
  });
}

/** A changed contact must name where the new one was published: a new or changed `source` (no line yet). */
export function missingSources(changes: readonly ContactChange[]): Problem[] {
  return changes
    .filter((c) => c.change === 'changed' && c.kind !== 'hotline' && c.sourceAfter === c.sourceBefore)
    .map((c) => ({ file: c.file, field: `${c.field}.source`, found: c.sourceAfter, message: unsourcedChange(c) }));
}

/** What a changed contact needs: the publication of the new one, listed, and named where the contact is. */
function unsourcedChange(c: ContactChange): string {
  const what = WHAT[c.kind];
  const inEntry = c.kind === 'emergency-number' ? '' : ` and in the entry's "sources:" list`;
  return (
    `the ${what} changed (from "${c.before}" to "${c.after}") but its source did not: ` +
    `name the publication where the new ${what} appears. ` +
    `Add it to ${FACT_FILES.sources} if it is not there yet, and write its id in "source:" here${inEntry}`
  );
}

const shown = (kind: ContactKind, value: string | undefined) => {
  if (value === undefined) return '—';
  const code = `\`${value.replace(/`/g, "'")}\``;
  return kind === 'phone' && value.startsWith('+') ? `${code} (${formatNational(value)})` : code;
};

/** The report as Markdown, for a pull request's summary and for a terminal. */
export function formatReport(changes: readonly ContactChange[], problems: readonly Problem[], compared: string) {
  const lines = [`## Contact changes (compared with ${compared})`, ''];
  if (changes.length === 0) {
    lines.push('No phone number, e-mail, web address, street address or opening hours is added, removed or changed.');
    return `${lines.join('\n')}\n`;
  }
  const loud = changes.filter((c) => c.loud.length > 0);
  const one = loud.length === 1;
  const warning =
    loud.length > 0
      ? ` **🚨 ${loud.length} of them reach${one ? 'es' : ''} every home page or the brochure's "help now": ` +
        `check ${one ? 'it' : 'them'} against the source before merging.**`
      : '';
  lines.push(
    `${changes.length} contact fact${changes.length === 1 ? '' : 's'} added, removed or changed.${warning}`,
    '',
    '| | Entry | What | Before | After | Source |',
    '|---|---|---|---|---|---|',
  );
  for (const c of changes) {
    const mark = c.loud.map((why) => `🚨 **${why.toUpperCase()}**`).join(' ');
    const id = (source?: string) => `\`${source ?? '—'}\``;
    const source =
      c.sourceBefore === c.sourceAfter ? id(c.sourceAfter) : `${id(c.sourceBefore)} → ${id(c.sourceAfter)}`;
    const entry = `\`${c.entry}\` (${c.file})`;
    const what = `${c.change} ${WHAT[c.kind]} (${c.field})`;
    const [before, after] = [shown(c.kind, c.before), shown(c.kind, c.after)];
    lines.push(`| ${[mark, entry, what, before, after, c.kind === 'hotline' ? '' : source].join(' | ')} |`);
  }
  if (problems.length > 0) {
    lines.push('', `### ${problems.length} change${problems.length === 1 ? '' : 's'} without a new source`, '', '```');
    for (const p of problems) lines.push(formatProblem(p));
    lines.push('```');
  }
  return `${lines.join('\n')}\n`;
}
