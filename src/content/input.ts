/**
 * The register's input: every file of `content/` after it has passed its schema, with where it
 * came from. The checker makes it (src/checks/); the model is built from it (src/model/). Pure types.
 */
import type {
  AreaFacts,
  EmergencyNumber,
  ProviderFacts,
  RegisterSettings,
  ServiceFacts,
  SourceFacts,
} from '../schemas/facts.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { StepFacts } from '../schemas/steps.ts';
import type { TextFields } from '../schemas/text.ts';
import type { TextKind } from './layout.ts';

export interface Located<T> {
  id: string;
  /** Path from the content root, for messages: "content/providers/astra.yaml". */
  file: string;
  data: T;
}

export interface TextFile extends Located<TextFields> {
  locale: string;
  kind: TextKind;
  /** The entry (or prose page) this text belongs to. */
  entryId: string;
  /** The MDX body, below the front matter. */
  body: string;
}

export interface RegisterInput {
  providers: Located<ProviderFacts>[];
  services: Located<ServiceFacts>[];
  texts: TextFile[];
  sources: Located<SourceFacts>[];
  areas: Located<AreaFacts>[];
  emergencyNumbers: Located<EmergencyNumber>[];
  settings: Located<RegisterSettings>;
  /** The way through help, step by step, in order. */
  steps: Located<StepFacts>[];
  /** Per written language: the approved words and the words to avoid. */
  glossaries: Record<string, GlossaryTerm[]>;
}
