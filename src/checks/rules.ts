/**
 * Rules that span files, each with a name: every reference resolves, every source is listed, every
 * claim a person relies on names its source, every entry has its source-language text, translations
 * say what they were made from, a fact is written in one place. Pure: each returns its problems.
 */
import { today } from '../config/today.ts';
import { LOCALES, SOURCE_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import { CLAIMS, claimsOf, sourcesOfClaim } from '../schemas/claims.ts';
import type { ProviderFacts, ServiceFacts } from '../schemas/facts.ts';
import type { Located, RegisterInput, TextFile } from '../content/input.ts';
import { FACT_FILES, PROSE_PAGES, textFile, type TextKind } from '../content/layout.ts';
import { formatField, type Problem } from './problem.ts';
import { didYouMeanSuffix } from './suggest.ts';

/** Files that exist, passed their schema or not: references to them resolve. Texts by "<locale>/<kind>/<id>". */
export type PresentFiles = Record<'providers' | 'services' | 'texts', Set<string>>;

type Rule = (ctx: Context) => Iterable<Problem>;
type Entry = Located<ProviderFacts | ServiceFacts>;
const entries = (input: RegisterInput): Entry[] => [...input.providers, ...input.services];
const WRITTEN = new Set<string>(WRITTEN_LOCALES);
const isDerived = (tag: string) => LOCALES.some((l) => l.tag === tag && l.derive);

/** Problems at fields of `file` (after `prefix`); `found`, when given, is what the file holds there. */
const problemAt =
  (file: string, prefix = '') =>
  (field: string, message: string, found?: unknown): Problem =>
    found === undefined ? { file, field: prefix + field, message } : { file, field: prefix + field, found, message };

/** A rule checked entry by entry, each problem in the entry's file. */
const eachEntry = (
  check: (entry: Entry, problem: ReturnType<typeof problemAt>, ctx: Context) => Iterable<Problem>,
): Rule =>
  function* (ctx) {
    for (const entry of entries(ctx.input)) yield* check(entry, problemAt(entry.file), ctx);
  };

/** A source id missing from the list of sources, with what to do and the nearest id that is there. */
const unknownSource = (id: string, sourceIds: Set<string>, advice = '') =>
  `there is no source with this id in ${FACT_FILES.sources}${advice}${didYouMeanSuffix(id, sourceIds)}`;

/** A provider id with no file: what to do, and the nearest id that has one. */
const unknownProvider = (id: string, providerIds: Set<string>, advice: string) =>
  `there is no ${FACT_FILES.providers(id)}: ${advice}${didYouMeanSuffix(id, providerIds)}`;
const NAME_A_PROVIDER = 'name an existing provider (its file name without .yaml)';

/** What to do, for the problems whose message names nothing of what was found. */
const ADVICE = {
  addSource: ': use one of its ids, or add the publication there first',
  unlisted: 'this source is not in the entry\'s "sources" list: add it there, so that the page names it',
  confirmedLater: 'the date is in the future: write the day the provider confirmed it',
  ownParent: 'a provider cannot be its own parent: name the organisation this unit belongs to, or remove "parent"',
  noPublisher:
    'name who published it: "publishedBy" with the id of a provider of the register, ' +
    'or else "publisher" with their name',
  alsoAt: 'name an existing provider, or remove it from "alsoAt"',
  notTranslated: `the source language (${SOURCE_LOCALE}) is not a translation: remove "translation"`,
  untranslated:
    'a translation names the source text it was made from: ' +
    'add "translation: { from: <fingerprint>, reviewed: false }" (npm run i18n:status prints the fingerprint)',
};

/**
 * Every place an entry's facts name a source, found by walking the facts: any `source:` field, and
 * each id under `sources:` and `statedIn:`. A new sourced fact needs no change here.
 */
function sourceRefs(facts: ProviderFacts | ServiceFacts): { field: string; id: string }[] {
  const refs: { field: string; id: string }[] = [];
  const walk = (value: unknown, path: PropertyKey[], names: boolean) => {
    if (typeof value === 'string' && names) refs.push({ field: formatField(path), id: value });
    else if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, [...path, i], names);
    else if (value && typeof value === 'object')
      // A fact's own `source`, and the entry's lists of sources and of where a claim is stated.
      for (const [key, v] of Object.entries(value))
        walk(v, [...path, key], names || key === 'source' || (path.length === 0 && /^(sources|statedIn)$/.test(key)));
  };
  walk(facts, [], false);
  return refs;
}

const RULES: Record<string, Rule> = {
  /** A source named anywhere exists, and is among the entry's `sources`, so the page names it. */
  'known-sources': eachEntry(function* ({ data }, problem, { sourceIds }) {
    for (const { field, id } of sourceRefs(data)) {
      if (!sourceIds.has(id)) yield problem(field, unknownSource(id, sourceIds, ADVICE.addSource), id);
      else if (!data.sources.includes(id)) yield problem(field, ADVICE.unlisted, id);
    }
  }),

  /** Every claim a person relies on names the source that states it, and only those. */
  'sourced-claims': eachEntry(function* ({ data }, problem) {
    const made = claimsOf(data);
    for (const { claim, field } of made)
      if (sourcesOfClaim(data.statedIn, claim).length === 0)
        yield problem(
          field,
          `a person relies on this claim, and it names no source: add "${claim}: <source id>" under "statedIn" ` +
            'with the source that states it, or remove the claim if no source states it',
        );
    for (const claim of CLAIMS)
      if (data.statedIn?.[claim] !== undefined && !made.some((m) => m.claim === claim))
        yield problem(
          `statedIn.${claim}`,
          `the entry makes no "${claim}" claim for this source to back: remove this line`,
        );
  }),

  'known-areas': eachEntry(function* ({ data: { coverage } }, problem, { input }) {
    if (!coverage) return;
    for (const [i, id] of coverage.areas.entries()) {
      const area = input.areas.findLast((a) => a.id === id)?.data;
      if (!area) {
        const ids = input.areas.map((a) => a.id);
        const message = `there is no area with this id in ${FACT_FILES.areas}: use an id from that file`;
        yield problem(`coverage.areas[${i}]`, message + didYouMeanSuffix(id, ids), id);
      } else if ((coverage.level === 'district' || coverage.level === 'city') && area.kind !== coverage.level) {
        const message = `this area is a ${area.kind}, but coverage.level is "${coverage.level}": make them agree`;
        yield problem(`coverage.areas[${i}]`, message, id);
      }
    }
    if (coverage.level === 'city' && coverage.areas.length === 0)
      yield problem('coverage.areas', 'coverage.level is "city": name the city in "areas", such as [belgrade]');
  }),

  'no-future-dates': eachEntry(function* ({ data }, problem, { now }) {
    const { date } = data.lastVerified;
    const message = `the date is in the future: write the day the facts were checked, today at the latest (${now})`;
    if (date > now) yield problem('lastVerified.date', message, date);
    for (const list of ['phones', 'emails', 'websites'] as const)
      for (const [i, { confirmed }] of data[list].entries())
        if (confirmed && confirmed > now) yield problem(`${list}[${i}].confirmed`, ADVICE.confirmedLater, confirmed);
  }),

  'known-parents': function* ({ input, providerIds }) {
    for (const { id, file, data } of input.providers) {
      const { parent } = data;
      const problem = problemAt(file);
      if (parent === id) yield problem('parent', ADVICE.ownParent, parent);
      else if (parent !== undefined && !providerIds.has(parent))
        yield problem('parent', unknownProvider(parent, providerIds, NAME_A_PROVIDER), parent);
    }
    // A chain of parents must end: a cycle would make every page of the chain loop.
    const parentOf = new Map(input.providers.map((p) => [p.id, p.data.parent]));
    for (const provider of input.providers) {
      const seen = new Set([provider.id]);
      let next = parentOf.get(provider.id);
      while (next !== undefined && providerIds.has(next) && next !== provider.id) {
        if (seen.has(next)) {
          const loop = `the parents form a loop (${[...seen, next].join(' → ')})`;
          const message = `${loop}: one of them must be the top organisation, without "parent"`;
          yield problemAt(provider.file)('parent', message, provider.data.parent);
          break;
        }
        seen.add(next);
        next = parentOf.get(next);
      }
    }
  },

  'known-providers': function* ({ input, providerIds }) {
    // A source names its publisher once: a provider of the register (named in every language by its
    // entry), or a name.
    for (const [i, { file, data }] of input.sources.entries()) {
      const { publishedBy: by, publisher, publisherIn } = data;
      const problem = problemAt(file, `[${i}].`);
      const already = (field: string) =>
        problem(field, `"publishedBy" already names the publisher (${by}), in every language: remove "${field}"`);
      if (by === undefined && publisher === undefined) yield problem('publisher', ADVICE.noPublisher);
      else if (by !== undefined && publisher !== undefined) yield already('publisher');
      else if (by !== undefined && publisherIn !== undefined) yield already('publisherIn');
      else if (by !== undefined && !providerIds.has(by)) {
        const advice = `${NAME_A_PROVIDER}, or write its name in "publisher"`;
        yield problem('publishedBy', unknownProvider(by, providerIds, advice), by);
      }
    }
    for (const { file, data } of input.services) {
      const problem = problemAt(file);
      if (!providerIds.has(data.provider))
        yield problem('provider', unknownProvider(data.provider, providerIds, NAME_A_PROVIDER), data.provider);
      for (const [i, id] of data.alsoAt.entries()) {
        const field = `alsoAt[${i}]`;
        if (!providerIds.has(id)) yield problem(field, unknownProvider(id, providerIds, ADVICE.alsoAt), id);
        else if (id === data.provider)
          yield problem(field, 'this is already the service\'s provider: remove it from "alsoAt"', id);
        else if (data.alsoAt.indexOf(id) !== i) yield problem(field, 'this provider is listed twice: remove one', id);
      }
    }
  },

  'listed-sources': function* ({ input, sourceIds }) {
    for (const { id, file, data } of [...input.areas, ...input.emergencyNumbers])
      if (!sourceIds.has(data.source))
        yield problemAt(file)(`${id}.source`, unknownSource(data.source, sourceIds), data.source);
  },

  /** A text given in other languages (a source's title or publisher, an area's name) names written languages. */
  'written-languages': function* ({ input }) {
    // By place in the list file, so that the message names the line.
    const given = [
      ...input.sources.flatMap(({ file, data }, i) => [
        { file, at: `[${i}].titleIn.`, texts: data.titleIn },
        { file, at: `[${i}].publisherIn.`, texts: data.publisherIn },
      ]),
      ...input.areas.map(({ file, data }, i) => ({ file, at: `[${i}].labelIn.`, texts: data.labelIn })),
    ];
    for (const { file, at, texts } of given)
      for (const tag of Object.keys(texts ?? {}).filter((t) => !WRITTEN.has(t)))
        yield problemAt(file, at)(
          tag,
          `"${tag}" is not a written language of the register (${WRITTEN_LOCALES.join(', ')}): ` +
            `use one of these tags${isDerived(tag) ? ` (${tag} is made from ${SOURCE_LOCALE})` : ''}`,
        );
  },

  /** A contact is written once: services and units show their provider's, so a correction is one line. */
  'contact-once': function* ({ input }) {
    const keepInOne = "keep it in one file (services and units show their provider's contacts)";
    const owner = new Map<string, string>();
    for (const { file, data } of entries(input)) {
      const values = [
        ...data.phones.map((p, i) => [`phones[${i}].number`, p.number] as const),
        ...data.emails.map((e, i) => [`emails[${i}].address`, e.address.toLowerCase()] as const),
        ...data.websites.map((w, i) => [`websites[${i}].url`, w.url.toLowerCase()] as const),
      ];
      for (const [field, value] of values) {
        const first = owner.get(value);
        if (first && first !== file)
          yield problemAt(file)(field, `this is already written in ${first}: ${keepInOne}`, value);
        else owner.set(value, file);
      }
    }
  },

  /** Every text belongs to an entry in a written language and says what it was translated from. */
  'texts-belong': function* ({ input, providerIds, serviceIds, texts }) {
    const steps = new Set(input.steps.map((step) => step.id));
    const known = { providers: providerIds, services: serviceIds, pages: new Set<string>(PROSE_PAGES), steps };
    for (const { file, locale, kind, entryId, data } of input.texts) {
      if (!WRITTEN.has(locale)) {
        yield { file, message: unwrittenLocale(locale) };
        continue;
      }
      const belongs = known[kind].has(entryId);
      if (!belongs) {
        const nearest = didYouMeanSuffix(entryId, known[kind]);
        const fix = `Rename it after its entry, or add the entry's facts first${nearest}`;
        yield { file, message: `this text does not belong to ${owner(kind, entryId)}. ${fix}` };
      }
      const isSource = locale === SOURCE_LOCALE;
      if (isSource === Boolean(data.translation))
        yield problemAt(file)('translation', isSource ? ADVICE.notTranslated : ADVICE.untranslated);
      const source = textFile(SOURCE_LOCALE, kind, entryId);
      if (!isSource && belongs && !texts.has(`${SOURCE_LOCALE}/${kind}/${entryId}`))
        yield { file, message: `there is no source text ${source} to translate from: write the source first` };
    }
  },

  'source-texts': function* ({ input, texts }) {
    const required = [
      ...input.providers.map((p) => ['providers', p.id, p.file] as const),
      ...input.services.map((s) => ['services', s.id, s.file] as const),
      ...PROSE_PAGES.map((id) => ['pages', id, textFile(SOURCE_LOCALE, 'pages', id)] as const),
      ...input.steps.map((s) => ['steps', s.id, s.file] as const),
    ];
    for (const [kind, id, file] of required)
      if (!texts.has(`${SOURCE_LOCALE}/${kind}/${id}`)) {
        const add = `add ${textFile(SOURCE_LOCALE, kind, id)} with its name and summary`;
        yield { file, message: `there is no text for it in the source language: ${add}` };
      }
  },

  /**
   * A step names providers and services that exist, and its points' sources; each text of a step
   * gives every point its words, and no point the step does not have (its source is in the step).
   */
  steps: function* (ctx) {
    for (const [i, step] of ctx.input.steps.entries()) yield* stepReferences(step, i, ctx);
    for (const text of ctx.input.texts) yield* stepTextPoints(text, ctx.input.steps);
  },

  /** The services the register's settings name exist. */
  'known-settings': function* ({ input: { settings }, serviceIds }) {
    const { hotline, firstContacts } = settings.data;
    if (!hotline) return;
    const named = [
      ['hotline', hotline] as const,
      ...firstContacts.map((id, i) => [`firstContacts[${i}]`, id] as const),
    ];
    for (const [field, id] of named.filter(([, id]) => !serviceIds.has(id))) {
      const message = `there is no ${FACT_FILES.services(id)}: name an existing service`;
      yield problemAt(settings.file)(field, message + didYouMeanSuffix(id, serviceIds), id);
    }
  },
};

/** A text in a folder that is no written language: a derived language is generated, any other is unknown. */
const unwrittenLocale = (locale: string) =>
  isDerived(locale)
    ? `"${locale}" is generated from ${SOURCE_LOCALE} at build time and has no files of its own: ` +
      `edit content/text/${SOURCE_LOCALE}/ instead`
    : `"${locale}" is not a language of the register (${WRITTEN_LOCALES.join(', ')}): ` +
      'add its profile to src/i18n/languages.yaml first, or move the file';

/** What a text of this kind would belong to, for a text that belongs to nothing. */
const owner = (kind: TextKind, id: string) =>
  kind === 'pages'
    ? `a page (${PROSE_PAGES.join(', ')})`
    : kind === 'steps'
      ? `a step of ${FACT_FILES.steps}`
      : `an entry: there is no ${FACT_FILES[kind](id)}`;

function* stepReferences({ file, data }: RegisterInput['steps'][number], i: number, ctx: Context) {
  const problem = problemAt(file, `[${i}].`);
  const refs = [
    ...data.providers.map((id, k) => [`providers[${k}]`, id, ctx.providerIds, 'content/providers'] as const),
    ...data.services.map((id, k) => [`services[${k}]`, id, ctx.serviceIds, 'content/services'] as const),
  ];
  for (const [field, id, known, what] of refs)
    if (!known.has(id))
      yield problem(field, `there is no ${id}.yaml in ${what}: name an existing one${didYouMeanSuffix(id, known)}`, id);
  for (const [k, point] of data.points.entries())
    for (const id of [point.source].flat())
      if (!ctx.sourceIds.has(id)) yield problem(`points[${k}].source`, unknownSource(id, ctx.sourceIds), id);
  for (const [k, point] of data.points.entries())
    if (data.points.findIndex((p) => p.id === point.id) !== k)
      yield problem('points', 'two points of the step have this id: give each its own', point.id);
}

/** A step's text gives words to exactly the step's points; other texts have no points. */
function* stepTextPoints({ file, kind, entryId, data }: TextFile, steps: RegisterInput['steps']) {
  const given = Object.keys(data.points ?? {});
  const problem = problemAt(file);
  if (kind !== 'steps') {
    if (given.length > 0) yield problem('points', 'only a step\'s text has points: remove "points"');
    return;
  }
  const step = steps.find((s) => s.id === entryId);
  if (!step) return;
  const ids = step.data.points.map((p) => p.id);
  for (const id of ids.filter((id) => !given.includes(id)))
    yield problem(`points.${id}`, `the step "${step.id}" says this point (${FACT_FILES.steps}): write its words here`);
  const nothingNames = 'so nothing names its source: add it there with its source, or remove it here';
  for (const id of given.filter((id) => !ids.includes(id)))
    yield problem(`points.${id}`, `the step "${step.id}" has no point "${id}" in ${FACT_FILES.steps}, ${nothingNames}`);
}

/** What every rule sees: the input, today, and the ids that exist (read, whether or not they passed). */
function contextOf(input: RegisterInput, present: PresentFiles) {
  const ids = (read: { id: string }[], more: Iterable<string> = []) => new Set([...read.map((r) => r.id), ...more]);
  return {
    input,
    now: today(),
    providerIds: ids(input.providers, present.providers),
    serviceIds: ids(input.services, present.services),
    sourceIds: ids(input.sources),
    // Every text read is in it: the checker adds each before its front matter is parsed.
    texts: present.texts,
  };
}
type Context = ReturnType<typeof contextOf>;

export function findIntegrityProblems(input: RegisterInput, present: PresentFiles): Problem[] {
  const ctx = contextOf(input, present);
  return Object.values(RULES).flatMap((rule) => [...rule(ctx)]);
}
