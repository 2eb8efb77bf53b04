/**
 * Rules that span files: every reference resolves, every entry has its source-language text,
 * translations say what they were made from, a fact is written in one place. Pure: the content
 * checker runs it on files read from disk and the register model runs it on Astro's collections.
 */
import { LOCALES, SOURCE_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import { FACT_FILES, PROSE_PAGES, textFile, type Located, type RegisterInput } from '../model/input.ts';
import type { ProviderFacts, ServiceFacts } from '../schemas/facts.ts';
import { CLAIMS, claimsOf, sourcesOfClaim } from '../schemas/claims.ts';
import type { Problem } from './problem.ts';
import { didYouMeanSuffix } from './suggest.ts';

interface SourceRef {
  field: string;
  id: string;
}

/** Every place a fact names a source. */
function sourceRefs(facts: ProviderFacts | ServiceFacts): SourceRef[] {
  const refs: SourceRef[] = facts.sources.map((id, i) => ({ field: `sources[${i}]`, id }));
  facts.phones.forEach((p, i) => refs.push({ field: `phones[${i}].source`, id: p.source }));
  facts.emails.forEach((e, i) => refs.push({ field: `emails[${i}].source`, id: e.source }));
  facts.websites.forEach((w, i) => refs.push({ field: `websites[${i}].source`, id: w.source }));
  if (facts.since) refs.push({ field: 'since.source', id: facts.since.source });
  if ('address' in facts && facts.address) refs.push({ field: 'address.source', id: facts.address.source });
  if ('licence' in facts && facts.licence) refs.push({ field: 'licence.source', id: facts.licence.source });
  if ('network' in facts && facts.network) refs.push({ field: 'network.source', id: facts.network.source });
  if ('legalBasis' in facts) facts.legalBasis.forEach((l, i) => refs.push({ field: `legalBasis[${i}].source`, id: l.source }));
  if (facts.hours) facts.hours.forEach((h, i) => refs.push({ field: `hours[${i}].source`, id: h.source }));
  for (const claim of CLAIMS) {
    const ids = sourcesOfClaim(facts.statedIn, claim);
    const many = Array.isArray(facts.statedIn?.[claim]);
    ids.forEach((id, i) => refs.push({ field: many ? `statedIn.${claim}[${i}]` : `statedIn.${claim}`, id }));
  }
  return refs;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Files that exist but failed their schema: they are reported on their own, and references to
 * them are not reported again as dangling.
 */
export interface PresentFiles {
  providers: Set<string>;
  services: Set<string>;
  /** "<locale>/<kind>/<id>" */
  texts: Set<string>;
}

export function findIntegrityProblems(input: RegisterInput, now: string = today(), present?: PresentFiles): Problem[] {
  const problems: Problem[] = [];
  const providerIds = new Set([...input.providers.map((p) => p.id), ...(present?.providers ?? [])]);
  const serviceIds = new Set([...input.services.map((s) => s.id), ...(present?.services ?? [])]);
  const sourceIds = new Set(input.sources.map((s) => s.id));
  const areas = new Map(input.areas.map((a) => [a.id, a.data]));

  const checkSources = (entry: Located<ProviderFacts | ServiceFacts>) => {
    const listed = new Set(entry.data.sources);
    for (const ref of sourceRefs(entry.data)) {
      if (!sourceIds.has(ref.id)) {
        problems.push({
          file: entry.file,
          field: ref.field,
          found: ref.id,
          message: `there is no source with this id in ${FACT_FILES.sources}: use one of its ids, or add the publication there first${didYouMeanSuffix(ref.id, sourceIds)}`,
        });
      } else if (!listed.has(ref.id)) {
        // The page lists an entry's sources: a fact's source that is not among them would be hidden.
        problems.push({ file: entry.file, field: ref.field, found: ref.id, message: `this source is not in the entry's "sources" list: add it there, so that the page names it` });
      }
    }
    // Every claim a person relies on names the source that states it.
    const made = claimsOf(entry.data);
    for (const { claim, field } of made) {
      if (sourcesOfClaim(entry.data.statedIn, claim).length === 0) {
        problems.push({
          file: entry.file,
          field,
          message: `a person relies on this claim, and it names no source: add "${claim}: <source id>" under "statedIn" with the source that states it, or remove the claim if no source states it`,
        });
      }
    }
    for (const claim of CLAIMS) {
      if (entry.data.statedIn?.[claim] !== undefined && !made.some((m) => m.claim === claim)) {
        problems.push({ file: entry.file, field: `statedIn.${claim}`, message: `the entry makes no "${claim}" claim for this source to back: remove this line` });
      }
    }
  };

  const checkCoverage = (entry: Located<ProviderFacts | ServiceFacts>) => {
    const coverage = entry.data.coverage;
    if (!coverage) return;
    coverage.areas.forEach((id, i) => {
      const area = areas.get(id);
      if (!area) {
        problems.push({ file: entry.file, field: `coverage.areas[${i}]`, found: id, message: `there is no area with this id in ${FACT_FILES.areas}: use an id from that file${didYouMeanSuffix(id, areas.keys())}` });
      } else if ((coverage.level === 'district' || coverage.level === 'city') && area.kind !== coverage.level) {
        problems.push({ file: entry.file, field: `coverage.areas[${i}]`, found: id, message: `this area is a ${area.kind}, but coverage.level is "${coverage.level}": make them agree` });
      }
    });
    if (coverage.level === 'city' && coverage.areas.length === 0) {
      problems.push({ file: entry.file, field: 'coverage.areas', message: 'coverage.level is "city": name the city in "areas", such as [belgrade]' });
    }
  };

  const checkDates = (entry: Located<ProviderFacts | ServiceFacts>) => {
    if (entry.data.lastVerified.date > now) {
      problems.push({ file: entry.file, field: 'lastVerified.date', found: entry.data.lastVerified.date, message: `the date is in the future: write the day the facts were checked, today at the latest (${now})` });
    }
    for (const list of ['phones', 'emails', 'websites'] as const) {
      entry.data[list].forEach((c, i) => {
        if (c.confirmed && c.confirmed > now) {
          problems.push({ file: entry.file, field: `${list}[${i}].confirmed`, found: c.confirmed, message: `the date is in the future: write the day the provider confirmed it` });
        }
      });
    }
  };

  for (const provider of input.providers) {
    checkSources(provider);
    checkCoverage(provider);
    checkDates(provider);
    const parent = provider.data.parent;
    if (parent !== undefined) {
      if (parent === provider.id) {
        problems.push({ file: provider.file, field: 'parent', found: parent, message: 'a provider cannot be its own parent: name the organisation this unit belongs to, or remove "parent"' });
      } else if (!providerIds.has(parent)) {
        problems.push({ file: provider.file, field: 'parent', found: parent, message: `there is no ${FACT_FILES.providers(parent)}: name an existing provider (its file name without .yaml)${didYouMeanSuffix(parent, providerIds)}` });
      }
    }
  }

  // A chain of parents must end: a cycle would make every page of the chain loop.
  const parentOf = new Map(input.providers.map((p) => [p.id, p.data.parent]));
  for (const provider of input.providers) {
    const seen = new Set([provider.id]);
    let next = parentOf.get(provider.id);
    while (next !== undefined && providerIds.has(next)) {
      if (seen.has(next)) {
        problems.push({ file: provider.file, field: 'parent', found: provider.data.parent, message: `the parents form a loop (${[...seen, next].join(' → ')}): one of them must be the top organisation, without "parent"` });
        break;
      }
      seen.add(next);
      next = parentOf.get(next);
    }
  }

  for (const service of input.services) {
    checkSources(service);
    checkCoverage(service);
    checkDates(service);
    if (!providerIds.has(service.data.provider)) {
      problems.push({ file: service.file, field: 'provider', found: service.data.provider, message: `there is no ${FACT_FILES.providers(service.data.provider)}: name an existing provider (its file name without .yaml)${didYouMeanSuffix(service.data.provider, providerIds)}` });
    }
    service.data.alsoAt.forEach((id, i) => {
      if (!providerIds.has(id)) {
        problems.push({ file: service.file, field: `alsoAt[${i}]`, found: id, message: `there is no ${FACT_FILES.providers(id)}: name an existing provider, or remove it from "alsoAt"${didYouMeanSuffix(id, providerIds)}` });
      } else if (id === service.data.provider) {
        problems.push({ file: service.file, field: `alsoAt[${i}]`, found: id, message: 'this is already the service\'s provider: remove it from "alsoAt"' });
      } else if (service.data.alsoAt.indexOf(id) !== i) {
        problems.push({ file: service.file, field: `alsoAt[${i}]`, found: id, message: 'this provider is listed twice: remove one' });
      }
    });
  }

  for (const area of input.areas) {
    if (!sourceIds.has(area.data.source)) {
      problems.push({ file: area.file, field: `${area.id}.source`, found: area.data.source, message: `there is no source with this id in ${FACT_FILES.sources}` });
    }
  }
  for (const number of input.emergencyNumbers) {
    if (!sourceIds.has(number.data.source)) {
      problems.push({ file: number.file, field: `${number.id}.source`, found: number.data.source, message: `there is no source with this id in ${FACT_FILES.sources}` });
    }
  }

  // A phone number, e-mail or web address is written once: services and units show their
  // provider's contacts, so a correction is one line in one file.
  const contactOwner = new Map<string, string>();
  for (const entry of [...input.providers, ...input.services]) {
    const values = [
      ...entry.data.phones.map((p, i) => [`phones[${i}].number`, p.number] as const),
      ...entry.data.emails.map((e, i) => [`emails[${i}].address`, e.address.toLowerCase()] as const),
      ...entry.data.websites.map((w, i) => [`websites[${i}].url`, w.url.toLowerCase()] as const),
    ];
    for (const [field, value] of values) {
      const owner = contactOwner.get(value);
      if (owner && owner !== entry.file) {
        problems.push({ file: entry.file, field, found: value, message: `this is already written in ${owner}: keep it in one file (services and units show their provider's contacts)` });
      } else {
        contactOwner.set(value, entry.file);
      }
    }
  }

  // Texts: every entry has its source-language text; every text belongs to an entry; a
  // translation says which version of the source it was made from.
  const written = new Set<string>(WRITTEN_LOCALES);
  const derived = LOCALES.filter((l) => !written.has(l.tag)).map((l) => l.tag as string);
  const known = { providers: providerIds, services: serviceIds, pages: new Set<string>(PROSE_PAGES) };
  const texts = new Set([...input.texts.map((t) => `${t.locale}/${t.kind}/${t.entryId}`), ...(present?.texts ?? [])]);
  for (const text of input.texts) {
    if (!written.has(text.locale)) {
      const why = derived.includes(text.locale)
        ? `"${text.locale}" is generated from ${SOURCE_LOCALE} at build time and has no files of its own: edit content/text/${SOURCE_LOCALE}/ instead`
        : `"${text.locale}" is not a language of the register (${WRITTEN_LOCALES.join(', ')}): add it to src/i18n/locales.ts first, or move the file`;
      problems.push({ file: text.file, message: why });
      continue;
    }
    if (!known[text.kind].has(text.entryId)) {
      const what = text.kind === 'pages' ? `a page (${PROSE_PAGES.join(', ')})` : `an entry: there is no ${text.kind === 'providers' ? FACT_FILES.providers(text.entryId) : FACT_FILES.services(text.entryId)}`;
      const ids = known[text.kind] as Set<string>;
      problems.push({ file: text.file, message: `this text does not belong to ${what}. Rename it after its entry, or add the entry's facts first${didYouMeanSuffix(text.entryId, ids)}` });
    }
    if (text.locale === SOURCE_LOCALE && text.data.translation) {
      problems.push({ file: text.file, field: 'translation', message: `the source language (${SOURCE_LOCALE}) is not a translation: remove "translation"` });
    }
    if (text.locale !== SOURCE_LOCALE && !text.data.translation) {
      problems.push({
        file: text.file,
        field: 'translation',
        message: `a translation names the source text it was made from: add "translation: { from: <fingerprint>, reviewed: false }" (npm run i18n:status prints the fingerprint)`,
      });
    }
    if (text.locale !== SOURCE_LOCALE && !texts.has(`${SOURCE_LOCALE}/${text.kind}/${text.entryId}`) && known[text.kind].has(text.entryId)) {
      problems.push({ file: text.file, message: `there is no source text ${textFile(SOURCE_LOCALE, text.kind, text.entryId)} to translate from: write the source first` });
    }
  }
  const required: [keyof typeof known, string, string][] = [
    ...input.providers.map((p) => ['providers', p.id, p.file] as [keyof typeof known, string, string]),
    ...input.services.map((s) => ['services', s.id, s.file] as [keyof typeof known, string, string]),
    ...PROSE_PAGES.map((id) => ['pages', id, textFile(SOURCE_LOCALE, 'pages', id)] as [keyof typeof known, string, string]),
  ];
  for (const [kind, id, file] of required) {
    if (!texts.has(`${SOURCE_LOCALE}/${kind}/${id}`)) {
      problems.push({ file, message: `there is no text for it in the source language: add ${textFile(SOURCE_LOCALE, kind, id)} with its name and summary` });
    }
  }
  return problems;
}
