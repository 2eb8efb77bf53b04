/**
 * The web editor's config.yml (Sveltia CMS, docs/editor.md), made at every build: where changes go (pull
 * requests to the site's repository), which files it edits, and each one's form (src/editor/form.ts).
 */
import type { z } from 'astro/zod';
import * as facts from '../schemas/facts.ts';
import { textSchema } from '../schemas/text.ts';
import { FACT_FILES, TEXT_KINDS, type TextKind } from '../content/layout.ts';
import { env } from '../config/env.ts';
import { site } from '../config/site.ts';
import { SOURCE_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import { type EditorField, fieldsOf } from './form.ts';
import { FORMATS, LIST_KEY } from './formats.ts';
import { labelFor } from './labels.ts';

export interface EditorConfigOptions {
  /** "owner/name" of the GitHub repository pull requests go to. */
  repo: string;
  branch: string;
  /** The OAuth handler for "Sign in with GitHub" (sveltia-cms-auth or similar), when there is one. */
  authUrl?: string;
}

/** The site's repository and branch (a fork's editor proposes to the fork), and the OAuth handler (docs/editor.md). */
export function editorOptions(): EditorConfigOptions | undefined {
  if (!site.repository) return undefined;
  const repo = new URL(site.repository.url).pathname.replace(/^\/|\.git$|\/$/g, '');
  const authUrl = env.REGISTER_EDITOR_AUTH_URL;
  return { repo, branch: site.repository.branch, ...(authUrl ? { authUrl } : {}) };
}

const backendFor = ({ repo, branch, authUrl }: EditorConfigOptions) => ({
  name: 'github',
  repo,
  branch,
  // Outsiders propose through their own fork; maintainers merge (docs/editor.md).
  open_authoring: true,
  // Enough to propose a change to a public repository, and no more (docs/editor.md, "Signing in").
  auth_scope: 'public_repo',
  ...(authUrl ? { base_url: authUrl } : {}),
  commit_messages: {
    create: 'Add {{collection}} {{slug}} (web editor)',
    update: 'Correct {{collection}} {{slug}} (web editor)',
    delete: 'Remove {{collection}} {{slug}} (web editor)',
  },
});

/** One file per entry, named by its id as typed; `lastVerified` first, as the most common correction. */
function factsCollection(name: 'providers' | 'services', schema: z.ZodType, label: string) {
  const fields = fieldsOf(schema);
  const verified = fields.filter((f) => f.name === 'lastVerified').map((f) => ({ ...f, collapsed: false }));
  const folder = FACT_FILES[name]('x').replace(/\/x\.yaml$/, '');
  const files = { folder, extension: 'yaml', format: FORMATS.facts, create: true, delete: false };
  const others = fields.filter((f) => f.name !== 'lastVerified');
  const form = { editor: { preview: false }, fields: [...verified, ...others] };
  return { name, label, ...files, slug: { editable: true }, summary: '{{slug}}', ...form };
}

const TEXT_KIND_LABELS = {
  providers: ['Пружаоци', 'Providers'],
  services: ['Услуге и права', 'Services and rights'],
  pages: ['Странице', 'Pages'],
  steps: ['Корак по корак', 'Step by step'],
} as const;

/** Texts of one kind: every written language in one entry, the source beside each translation. */
function textCollection(kind: TextKind, fields: EditorField[]) {
  const [sr, en] = TEXT_KIND_LABELS[kind];
  const label = `${sr} — текстови · ${en} — texts`;
  const files = { folder: 'content/text', path: `${kind}/{{slug}}`, extension: 'mdx', format: FORMATS.text };
  const entries = { create: kind !== 'pages', delete: false, slug: { editable: true }, identifier_field: 'name' };
  const form = { editor: { preview: false }, summary: '{{name}}', fields };
  return { name: `${kind}-texts`, label, ...files, i18n: true, ...entries, ...form };
}

/** A file that holds a list (content/sources.yaml, …), shown as one field of its entries. */
function listFile(name: string, file: string, label: string, schema: z.ZodType) {
  const entries = { name: LIST_KEY, label, widget: 'list', collapsed: true, summary: '{{fields.id}}' };
  return { name, label, file, format: FORMATS.facts, fields: [{ ...entries, fields: fieldsOf(schema) }] };
}

export function editorConfig(options: EditorConfigOptions) {
  // Every language but the source names the version of the source it was translated from; the
  // editor fills it in for a new translation (src/editor/browser.ts), so the form does not ask.
  const body = { name: 'body', label: labelFor(['body']), widget: 'text', required: false, i18n: true };
  const textFields = [...fieldsOf(textSchema, { i18n: true }), body];
  const settings = { name: 'settings', label: 'Избори регистра · Choices of the register', file: FACT_FILES.settings };
  const emergency = 'Бројеви за хитне случајеве · Emergency numbers';
  return {
    backend: backendFor(options),
    // Every change is a pull request that the checks run on and a maintainer merges.
    publish_mode: 'editorial_workflow',
    // Required by Sveltia CMS; no field takes a file, and anything uploaded is in the pull request for review.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    i18n: { structure: 'multiple_folders', locales: [...WRITTEN_LOCALES], default_locale: SOURCE_LOCALE },
    collections: [
      factsCollection('providers', facts.providerSchema, 'Пружаоци — подаци · Providers — facts'),
      factsCollection('services', facts.serviceSchema, 'Услуге и права — подаци · Services and rights — facts'),
      ...TEXT_KINDS.map((kind) => textCollection(kind, textFields)),
      {
        name: 'lists',
        label: 'Спискови целог регистра · Lists of the whole register',
        editor: { preview: false },
        files: [
          listFile('sources', FACT_FILES.sources, 'Извори · Sources', facts.sourceSchema),
          listFile('emergency-numbers', FACT_FILES.emergencyNumbers, emergency, facts.emergencyNumberSchema),
          listFile('areas', FACT_FILES.areas, 'Подручја · Areas', facts.areaSchema),
          { ...settings, format: FORMATS.facts, fields: fieldsOf(facts.registerSettingsSchema) },
        ],
      },
    ],
  };
}
