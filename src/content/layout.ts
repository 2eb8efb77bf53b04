/**
 * Where the register's content lives. The content root is the folder that holds `content/`: the
 * project itself, or, for the tests' small fixture register, the folder REGISTER_ROOT names.
 */
import { resolve } from 'node:path';
import { readEnv } from '../config/env.ts';

export const TEXT_KINDS = ['providers', 'services', 'pages', 'steps'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** Pages of prose that are not entries; each must exist in the source language. */
export const PROSE_PAGES = ['about', 'safety', 'accessibility'] as const;
export type ProsePage = (typeof PROSE_PAGES)[number];

export const FACT_FILES = {
  providers: (id: string) => `content/providers/${id}.yaml`,
  services: (id: string) => `content/services/${id}.yaml`,
  sources: 'content/sources.yaml',
  areas: 'content/areas.yaml',
  emergencyNumbers: 'content/emergency-numbers.yaml',
  settings: 'content/register.yaml',
  steps: 'content/steps.yaml',
} as const;

export const textFile = (locale: string, kind: TextKind, id: string) => `content/text/${locale}/${kind}/${id}.mdx`;

export const glossaryFile = (locale: string) => `content/glossary/${locale}.yaml`;

/** The folder holding `content/`: REGISTER_ROOT, else the project (the directory npm runs in). */
export function contentRoot(): string {
  return resolve(readEnv().REGISTER_ROOT ?? process.cwd());
}
