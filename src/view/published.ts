/**
 * An entry's facts as the exports may publish them: the one door through which machine-readable
 * outputs (the open data) read structured facts, as pages read the view. A confidential place's
 * address is never among them, whatever an export asks for.
 */
import type { Entry, Provider, Service } from '../model/register.ts';
import type { ProviderFacts, ServiceFacts } from '../schemas/facts.ts';

export function publishedFacts(entry: Provider): ProviderFacts;
export function publishedFacts(entry: Service): ServiceFacts;
export function publishedFacts(entry: Entry): ProviderFacts | ServiceFacts;
export function publishedFacts(entry: Entry): ProviderFacts | ServiceFacts {
  if (entry.kind === 'service' || !entry.confidential) return entry.facts;
  const { address: _confidential, ...facts } = entry.facts;
  return facts;
}
