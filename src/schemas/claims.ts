/**
 * Claims a person relies on: that a service is free, open day and night, for their age or gender,
 * for their victim status, where it works, that it specialises in trafficking. Each names, in
 * `statedIn`, the source that states it, so that a reader (and a reviewer) can check it and a claim
 * no source states cannot slip in; the checker reports one without a source at its own line.
 */
import type { ProviderFacts, ServiceFacts } from './facts.ts';

/** The keys of `statedIn`, each standing for one claim. */
export const CLAIMS = [
  'cost',
  'availability',
  'ages',
  'genders',
  'victimStatus',
  'nationality',
  'referral',
  'withChildren',
  'anonymous',
  'coverage',
  'interpretation',
  'specialised',
] as const;
export type Claim = (typeof CLAIMS)[number];

/** The claims the facts make, each with its field ("eligibility.minAge"); unknown or absent values claim nothing. */
export function claimsOf(facts: ProviderFacts | ServiceFacts) {
  const made: { claim: Claim; field: string }[] = [];
  const add = (claim: Claim, field: string) => made.push({ claim, field });
  if (facts.specialisesInTrafficking) add('specialised', 'specialisesInTrafficking');
  if (facts.coverage) add('coverage', 'coverage');
  if (!('kind' in facts)) return made;
  const e = facts.eligibility;
  if (facts.cost !== 'unknown') add('cost', 'cost');
  // Hours name their own source, line by line; "24/7" is a claim of its own.
  if (facts.availability === '24/7') add('availability', 'availability');
  const age = (['minAge', 'olderThan', 'maxAge'] as const).find((field) => e[field] !== undefined);
  if (age) add('ages', `eligibility.${age}`);
  // Each of these claims is made by the eligibility field of its own name, when stated (and known).
  for (const claim of ['genders', 'victimStatus', 'nationality', 'referral', 'withChildren', 'anonymous'] as const)
    if (e[claim] !== undefined && e[claim] !== 'unknown') add(claim, `eligibility.${claim}`);
  if (facts.languages?.interpretation) add('interpretation', 'languages.interpretation');
  return made;
}

/** The sources `statedIn` names for a claim, as a list. */
export function sourcesOfClaim(statedIn: ProviderFacts['statedIn'], claim: Claim): string[] {
  const value = statedIn?.[claim];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
