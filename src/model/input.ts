/**
 * The register's input, after each file has passed its schema: what both the content checker
 * (reading files from disk) and the register model (reading Astro's collections) hold. Pure types.
 */
import type { AreaFacts, EmergencyNumber, ProviderFacts, ServiceFacts, SourceFacts } from '../schemas/facts.ts';
import type { EntryText } from '../schemas/text.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';

export const TEXT_KINDS = ['providers', 'services', 'pages'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** Pages of prose that are not entries; each must exist in the source language. */
export const PROSE_PAGES = ['about', 'safety'] as const;

export interface Located<T> {
  id: string;
  /** Path from the project root, for messages: "content/providers/astra.yaml". */
  file: string;
  data: T;
}

export interface TextInput extends Located<EntryText> {
  locale: string;
  kind: TextKind;
  /** The entry (or prose page) this text belongs to. */
  entryId: string;
  body: string;
}

export interface RegisterInput {
  providers: Located<ProviderFacts>[];
  services: Located<ServiceFacts>[];
  texts: TextInput[];
  sources: Located<SourceFacts>[];
  areas: Located<AreaFacts>[];
  emergencyNumbers: Located<EmergencyNumber>[];
  /** Per written language: the approved words and the words to avoid. */
  glossaries: Record<string, GlossaryTerm[]>;
}

export const FACT_FILES = {
  providers: (id: string) => `content/providers/${id}.yaml`,
  services: (id: string) => `content/services/${id}.yaml`,
  sources: 'content/sources.yaml',
  areas: 'content/areas.yaml',
  emergencyNumbers: 'content/emergency-numbers.yaml',
} as const;

export const textFile = (locale: string, kind: TextKind, id: string) => `content/text/${locale}/${kind}/${id}.mdx`;
