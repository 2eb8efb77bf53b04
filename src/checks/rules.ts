/**
 * Rules that span files, each with a name: every reference resolves, every source is listed, every
 * claim a person relies on names its source, every entry has its source-language text, translations
 * say what they were made from, a fact is written in one place. Pure: given the input the checker
 * read, each rule returns its problems.
 */
import { today } from '../config/today.ts';
import { LOCALES, SOURCE_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import { CLAIMS, claimsOf, sourcesOfClaim } from '../schemas/claims.ts';
import type { ProviderFacts, ServiceFacts } from '../schemas/facts.ts';
import type { Located, RegisterInput } from '../content/input.ts';
import { FACT_FILES, PROSE_PAGES, textFile, type TextKind } from '../content/layout.ts';
import { formatField, type Problem } from './problem.ts';
import { didYouMeanSuffix } from './suggest.ts';

/** Files that exist, whether or not they passed their schema: references to them are not dangling. */
export interface PresentFiles {
  providers: Set<string>;
  services: Set<string>;
  /** "<locale>/<kind>/<id>" */
  texts: Set<string>;
}

interface Context {
  input: RegisterInput;
  now: string;
  providerIds: Set<string>;
  serviceIds: Set<string>;
  sourceIds: Set<string>;
  texts: Set<string>;
}

type Entry = Located<ProviderFacts | ServiceFacts>;
const entries = (input: RegisterInput): Entry[] => [...input.providers, ...input.services];

/** A source id missing from the list of sources, with what to do and the nearest id that is there. */
const unknownSource = (id: string, sourceIds: Set<string>, advice = '') =>
  `there is no source with this id in ${FACT_FILES.sources}${advice}${didYouMeanSuffix(id, sourceIds)}`;

/** A provider id with no file: what to do, and the nearest id that has one. */
const unknownProvider = (id: string, providerIds: Set<string>, advice: string) =>
  `there is no ${FACT_FILES.providers(id)}: ${advice}${didYouMeanSuffix(id, providerIds)}`;
const NAME_A_PROVIDER = 'name an existing provider (its file name without .yaml)';

/**
 * Every place an entry's facts name a source, found by walking the facts: any `source:` field,
 * `sources:` and `statedIn:`. A new sourced fact needs no change here.
 */
function sourceRefs(facts: ProviderFacts | ServiceFacts): { field: string; id: string }[] {
  const refs: { field: string; id: string }[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i]);
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'source' && typeof v === 'string') refs.push({ field: formatField([...path, key]), id: v });
        else if (path.length === 0 && (key === 'sources' || key === 'statedIn')) continue;
        else walk(v, [...path, key]);
      }
    }
  };
  walk(facts, []);
  refs.push(...facts.sources.map((id, i) => ({ field: `sources[${i}]`, id })));
  for (const claim of CLAIMS) {
    const many = Array.isArray(facts.statedIn?.[claim]);
    refs.push(
      ...sourcesOfClaim(facts.statedIn, claim).map((id, i) => ({
        field: many ? `statedIn.${claim}[${i}]` : `statedIn.${claim}`,
        id,
      })),
    );
  }
  return refs;
}

const RULES: Record<string, (ctx: Context) => Problem[]> = {
  /** A source named anywhere exists, and is among the entry's `sources`, so the page names it. */
  'known-sources': ({ input, sourceIds }) =>
    entries(input).flatMap((entry) => {
      const listed = new Set(entry.data.sources);
      return sourceRefs(entry.data).flatMap(({ field, id }): Problem[] => {
        if (!sourceIds.has(id)) {
          return [
            {
              file: entry.file,
              field,
              found: id,
              message: unknownSource(id, sourceIds, ': use one of its ids, or add the publication there first'),
            },
          ];
        }
        if (!listed.has(id))
          return [
            {
              file: entry.file,
              field,
              found: id,
              message: 'this source is not in the entry\'s "sources" list: add it there, so that the page names it',
            },
          ];
        return [];
      });
    }),

  /** Every claim a person relies on names the source that states it, and only those. */
  'sourced-claims': ({ input }) =>
    entries(input).flatMap((entry) => {
      const made = claimsOf(entry.data);
      const unsourced = made
        .filter(({ claim }) => sourcesOfClaim(entry.data.statedIn, claim).length === 0)
        .map(({ claim, field }) => ({
          file: entry.file,
          field,
          message:
            `a person relies on this claim, and it names no source: add "${claim}: <source id>" under "statedIn" ` +
            'with the source that states it, or remove the claim if no source states it',
        }));
      const unused = CLAIMS.filter(
        (claim) => entry.data.statedIn?.[claim] !== undefined && !made.some((m) => m.claim === claim),
      ).map((claim) => ({
        file: entry.file,
        field: `statedIn.${claim}`,
        message: `the entry makes no "${claim}" claim for this source to back: remove this line`,
      }));
      return [...unsourced, ...unused];
    }),

  'known-areas': ({ input }) => {
    const areas = new Map(input.areas.map((a) => [a.id, a.data]));
    return entries(input).flatMap((entry) => {
      const coverage = entry.data.coverage;
      if (!coverage) return [];
      const problems: Problem[] = coverage.areas.flatMap((id, i): Problem[] => {
        const area = areas.get(id);
        if (!area)
          return [
            {
              file: entry.file,
              field: `coverage.areas[${i}]`,
              found: id,
              message:
                `there is no area with this id in ${FACT_FILES.areas}: use an id from that file` +
                didYouMeanSuffix(id, areas.keys()),
            },
          ];
        if ((coverage.level === 'district' || coverage.level === 'city') && area.kind !== coverage.level) {
          return [
            {
              file: entry.file,
              field: `coverage.areas[${i}]`,
              found: id,
              message: `this area is a ${area.kind}, but coverage.level is "${coverage.level}": make them agree`,
            },
          ];
        }
        return [];
      });
      if (coverage.level === 'city' && coverage.areas.length === 0)
        problems.push({
          file: entry.file,
          field: 'coverage.areas',
          message: 'coverage.level is "city": name the city in "areas", such as [belgrade]',
        });
      return problems;
    });
  },

  'no-future-dates': ({ input, now }) =>
    entries(input).flatMap((entry) => {
      const problems: Problem[] = [];
      if (entry.data.lastVerified.date > now) {
        problems.push({
          file: entry.file,
          field: 'lastVerified.date',
          found: entry.data.lastVerified.date,
          message: `the date is in the future: write the day the facts were checked, today at the latest (${now})`,
        });
      }
      for (const list of ['phones', 'emails', 'websites'] as const) {
        entry.data[list].forEach((c, i) => {
          if (c.confirmed && c.confirmed > now)
            problems.push({
              file: entry.file,
              field: `${list}[${i}].confirmed`,
              found: c.confirmed,
              message: 'the date is in the future: write the day the provider confirmed it',
            });
        });
      }
      return problems;
    }),

  'known-parents': ({ input, providerIds }) => {
    const problems: Problem[] = [];
    for (const provider of input.providers) {
      const parent = provider.data.parent;
      if (parent === undefined) continue;
      if (parent === provider.id)
        problems.push({
          file: provider.file,
          field: 'parent',
          found: parent,
          message:
            'a provider cannot be its own parent: name the organisation this unit belongs to, or remove "parent"',
        });
      else if (!providerIds.has(parent))
        problems.push({
          file: provider.file,
          field: 'parent',
          found: parent,
          message: unknownProvider(parent, providerIds, NAME_A_PROVIDER),
        });
    }
    // A chain of parents must end: a cycle would make every page of the chain loop.
    const parentOf = new Map(input.providers.map((p) => [p.id, p.data.parent]));
    for (const provider of input.providers) {
      const seen = new Set([provider.id]);
      let next = parentOf.get(provider.id);
      while (next !== undefined && providerIds.has(next) && next !== provider.id) {
        if (seen.has(next)) {
          const loop = [...seen, next].join(' → ');
          problems.push({
            file: provider.file,
            field: 'parent',
            found: provider.data.parent,
            message: `the parents form a loop (${loop}): one of them must be the top organisation, without "parent"`,
          });
          break;
        }
        seen.add(next);
        next = parentOf.get(next);
      }
    }
    return problems;
  },

  'known-providers': ({ input, providerIds }) => [
    // A source names its publisher once: a provider of the register (named in every language by its
    // entry), or a name.
    ...input.sources.flatMap((source, i): Problem[] => {
      const { publishedBy: by, publisher, publisherIn } = source.data;
      const at = (field: string) => ({ file: source.file, field: `[${i}].${field}` });
      if (by === undefined && publisher === undefined)
        return [
          {
            ...at('publisher'),
            message:
              'name who published it: "publishedBy" with the id of a provider of the register, ' +
              'or else "publisher" with their name',
          },
        ];
      if (by !== undefined && publisher !== undefined)
        return [
          {
            ...at('publisher'),
            message: `"publishedBy" already names the publisher (${by}), in every language: remove "publisher"`,
          },
        ];
      if (by !== undefined && publisherIn !== undefined)
        return [
          {
            ...at('publisherIn'),
            message: `"publishedBy" already names the publisher (${by}), in every language: remove "publisherIn"`,
          },
        ];
      if (by !== undefined && !providerIds.has(by))
        return [
          {
            ...at('publishedBy'),
            found: by,
            message: unknownProvider(by, providerIds, `${NAME_A_PROVIDER}, or write its name in "publisher"`),
          },
        ];
      return [];
    }),
    ...input.services.flatMap((service) => {
      const problems: Problem[] = [];
      if (!providerIds.has(service.data.provider)) {
        problems.push({
          file: service.file,
          field: 'provider',
          found: service.data.provider,
          message: unknownProvider(service.data.provider, providerIds, NAME_A_PROVIDER),
        });
      }
      service.data.alsoAt.forEach((id, i) => {
        if (!providerIds.has(id))
          problems.push({
            file: service.file,
            field: `alsoAt[${i}]`,
            found: id,
            message: unknownProvider(id, providerIds, 'name an existing provider, or remove it from "alsoAt"'),
          });
        else if (id === service.data.provider)
          problems.push({
            file: service.file,
            field: `alsoAt[${i}]`,
            found: id,
            message: 'this is already the service\'s provider: remove it from "alsoAt"',
          });
        else if (service.data.alsoAt.indexOf(id) !== i)
          problems.push({
            file: service.file,
            field: `alsoAt[${i}]`,
            found: id,
            message: 'this provider is listed twice: remove one',
          });
      });
      return problems;
    }),
  ],

  'listed-sources': ({ input, sourceIds }) =>
    [...input.areas, ...input.emergencyNumbers]
      .filter((item) => !sourceIds.has(item.data.source))
      .map((item) => ({
        file: item.file,
        field: `${item.id}.source`,
        found: item.data.source,
        message: unknownSource(item.data.source, sourceIds),
      })),

  /**
   * A text given in other languages (a source's title or publisher, an area's name) names written
   * languages of the register.
   */
  'written-languages': ({ input }) => {
    const written = new Set<string>(WRITTEN_LOCALES);
    type Given = { file: string; at: string; texts: Record<string, string> | undefined };
    // By place in the list file, so that the message names the line.
    const given: Given[] = [
      ...input.sources.flatMap((s, i): Given[] => [
        { file: s.file, at: `[${i}].titleIn`, texts: s.data.titleIn },
        { file: s.file, at: `[${i}].publisherIn`, texts: s.data.publisherIn },
      ]),
      ...input.areas.map((a, i): Given => ({ file: a.file, at: `[${i}].labelIn`, texts: a.data.labelIn })),
    ];
    const madeFrom = (tag: string) =>
      LOCALES.some((l) => l.tag === tag) ? ` (${tag} is made from ${SOURCE_LOCALE})` : '';
    return given.flatMap(({ file, at, texts }) =>
      Object.keys(texts ?? {})
        .filter((tag) => !written.has(tag))
        .map((tag) => ({
          file,
          field: `${at}.${tag}`,
          message:
            `"${tag}" is not a written language of the register (${WRITTEN_LOCALES.join(', ')}): ` +
            `use one of these tags${madeFrom(tag)}`,
        })),
    );
  },

  /**
   * A phone number, e-mail or web address is written once: services and units show their
   * provider's contacts, so a correction is one line in one file.
   */
  'contact-once': ({ input }) => {
    const problems: Problem[] = [];
    const owner = new Map<string, string>();
    for (const entry of entries(input)) {
      const values = [
        ...entry.data.phones.map((p, i) => [`phones[${i}].number`, p.number] as const),
        ...entry.data.emails.map((e, i) => [`emails[${i}].address`, e.address.toLowerCase()] as const),
        ...entry.data.websites.map((w, i) => [`websites[${i}].url`, w.url.toLowerCase()] as const),
      ];
      for (const [field, value] of values) {
        const first = owner.get(value);
        if (first && first !== entry.file)
          problems.push({
            file: entry.file,
            field,
            found: value,
            message:
              `this is already written in ${first}: ` +
              "keep it in one file (services and units show their provider's contacts)",
          });
        else owner.set(value, entry.file);
      }
    }
    return problems;
  },

  /** Every text belongs to an entry in a written language and says what it was translated from. */
  'texts-belong': ({ input, providerIds, serviceIds, texts }) => {
    const problems: Problem[] = [];
    const written = new Set<string>(WRITTEN_LOCALES);
    const derived = LOCALES.filter((l) => l.derive).map((l) => l.tag as string);
    const steps = new Set(input.steps.map((step) => step.id));
    const known: Record<TextKind, Set<string>> = {
      providers: providerIds,
      services: serviceIds,
      pages: new Set(PROSE_PAGES),
      steps,
    };
    for (const text of input.texts) {
      if (!written.has(text.locale)) {
        problems.push({ file: text.file, message: unwrittenLocale(text.locale, derived.includes(text.locale)) });
        continue;
      }
      if (!known[text.kind].has(text.entryId)) {
        const what =
          text.kind === 'pages'
            ? `a page (${PROSE_PAGES.join(', ')})`
            : text.kind === 'steps'
              ? `a step of ${FACT_FILES.steps}`
              : `an entry: there is no ${FACT_FILES[text.kind](text.entryId)}`;
        problems.push({
          file: text.file,
          message:
            `this text does not belong to ${what}. Rename it after its entry, or add the entry's facts first` +
            didYouMeanSuffix(text.entryId, known[text.kind]),
        });
      }
      if (text.locale === SOURCE_LOCALE && text.data.translation)
        problems.push({
          file: text.file,
          field: 'translation',
          message: `the source language (${SOURCE_LOCALE}) is not a translation: remove "translation"`,
        });
      if (text.locale !== SOURCE_LOCALE && !text.data.translation) {
        problems.push({
          file: text.file,
          field: 'translation',
          message:
            'a translation names the source text it was made from: ' +
            'add "translation: { from: <fingerprint>, reviewed: false }" (npm run i18n:status prints the fingerprint)',
        });
      }
      if (
        text.locale !== SOURCE_LOCALE &&
        !texts.has(`${SOURCE_LOCALE}/${text.kind}/${text.entryId}`) &&
        known[text.kind].has(text.entryId)
      ) {
        problems.push({
          file: text.file,
          message:
            `there is no source text ${textFile(SOURCE_LOCALE, text.kind, text.entryId)} to translate from: ` +
            'write the source first',
        });
      }
    }
    return problems;
  },

  'source-texts': ({ input, texts }) => {
    const required: [TextKind, string, string][] = [
      ...input.providers.map((p): [TextKind, string, string] => ['providers', p.id, p.file]),
      ...input.services.map((s): [TextKind, string, string] => ['services', s.id, s.file]),
      ...PROSE_PAGES.map((id): [TextKind, string, string] => ['pages', id, textFile(SOURCE_LOCALE, 'pages', id)]),
      ...input.steps.map((s): [TextKind, string, string] => ['steps', s.id, s.file]),
    ];
    return required
      .filter(([kind, id]) => !texts.has(`${SOURCE_LOCALE}/${kind}/${id}`))
      .map(([kind, id, file]) => ({
        file,
        message:
          'there is no text for it in the source language: ' +
          `add ${textFile(SOURCE_LOCALE, kind, id)} with its name and summary`,
      }));
  },

  /**
   * A step names providers and services that exist, and its points' sources; each text of a step
   * gives every point its words, and no point the step does not have (its source is in the step).
   */
  steps: ({ input, providerIds, serviceIds, sourceIds }) => [
    ...input.steps.flatMap((step, i) => stepReferences(step, i, providerIds, serviceIds, sourceIds)),
    ...input.texts.flatMap((text) => stepTextPoints(text, input)),
  ],

  /** The services the register's settings name exist. */
  'known-settings': ({ input, serviceIds }) => {
    const { hotline, firstContacts } = input.settings.data;
    if (!hotline) return [];
    return [['hotline', hotline] as const, ...firstContacts.map((id, i) => [`firstContacts[${i}]`, id] as const)]
      .filter(([, id]) => !serviceIds.has(id))
      .map(([field, id]) => ({
        file: input.settings.file,
        field,
        found: id,
        message: `there is no ${FACT_FILES.services(id)}: name an existing service${didYouMeanSuffix(id, serviceIds)}`,
      }));
  },
};

/** A text in a folder that is no written language: a derived language is generated, any other is unknown. */
const unwrittenLocale = (locale: string, derived: boolean) =>
  derived
    ? `"${locale}" is generated from ${SOURCE_LOCALE} at build time and has no files of its own: ` +
      `edit content/text/${SOURCE_LOCALE}/ instead`
    : `"${locale}" is not a language of the register (${WRITTEN_LOCALES.join(', ')}): ` +
      'add its profile to src/i18n/languages.yaml first, or move the file';

function stepReferences(
  step: RegisterInput['steps'][number],
  i: number,
  providerIds: Set<string>,
  serviceIds: Set<string>,
  sourceIds: Set<string>,
): Problem[] {
  const at = (field: string, found: string, message: string): Problem => ({
    file: step.file,
    field: `[${i}].${field}`,
    found,
    message,
  });
  const refs = [
    ...step.data.providers.map((id, k) => ({
      field: `providers[${k}]`,
      id,
      known: providerIds,
      what: 'content/providers',
    })),
    ...step.data.services.map((id, k) => ({
      field: `services[${k}]`,
      id,
      known: serviceIds,
      what: 'content/services',
    })),
  ];
  const points = step.data.points.flatMap((point, k) =>
    (Array.isArray(point.source) ? point.source : [point.source]).map((id) => ({ field: `points[${k}].source`, id })),
  );
  return [
    ...refs
      .filter(({ id, known }) => !known.has(id))
      .map(({ field, id, known, what }) =>
        at(field, id, `there is no ${id}.yaml in ${what}: name an existing one${didYouMeanSuffix(id, known)}`),
      ),
    ...points
      .filter(({ id }) => !sourceIds.has(id))
      .map(({ field, id }) => at(field, id, unknownSource(id, sourceIds))),
    ...step.data.points
      .filter((point, k) => step.data.points.findIndex((p) => p.id === point.id) !== k)
      .map((point) => at('points', point.id, 'two points of the step have this id: give each its own')),
  ];
}

/** A step's text gives words to exactly the step's points; other texts have no points. */
function stepTextPoints(text: RegisterInput['texts'][number], input: RegisterInput): Problem[] {
  const given = Object.keys(text.data.points ?? {});
  if (text.kind !== 'steps')
    return given.length > 0
      ? [{ file: text.file, field: 'points', message: 'only a step\'s text has points: remove "points"' }]
      : [];
  const step = input.steps.find((s) => s.id === text.entryId);
  if (!step) return [];
  const ids = step.data.points.map((p) => p.id);
  return [
    ...ids
      .filter((id) => !given.includes(id))
      .map((id) => ({
        file: text.file,
        field: `points.${id}`,
        message: `the step "${step.id}" says this point (${FACT_FILES.steps}): write its words here`,
      })),
    ...given
      .filter((id) => !ids.includes(id))
      .map((id) => ({
        file: text.file,
        field: `points.${id}`,
        message:
          `the step "${step.id}" has no point "${id}" in ${FACT_FILES.steps}, so nothing names its source: ` +
          'add it there with its source, or remove it here',
      })),
  ];
}

export function findIntegrityProblems(input: RegisterInput, present?: PresentFiles, now: string = today()): Problem[] {
  const ctx: Context = {
    input,
    now,
    providerIds: new Set([...input.providers.map((p) => p.id), ...(present?.providers ?? [])]),
    serviceIds: new Set([...input.services.map((s) => s.id), ...(present?.services ?? [])]),
    sourceIds: new Set(input.sources.map((s) => s.id)),
    texts: new Set([...input.texts.map((t) => `${t.locale}/${t.kind}/${t.entryId}`), ...(present?.texts ?? [])]),
  };
  return Object.values(RULES).flatMap((rule) => rule(ctx));
}
