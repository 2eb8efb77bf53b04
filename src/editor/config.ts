/**
 * The web editor's configuration (Sveltia CMS, docs/editor.md), made from the register's schemas
 * and language profiles at every build: a new field of a schema, or a new language profile, is in
 * the form without a second edit. What the form can say, it says with the checker's own words:
 * a field's pattern carries the schema's message; required fields, lists of allowed values and
 * number ranges come from the schema too. What only the checker can judge (a number's place in the
 * numbering plan, rules that span files) the checks on the pull request still judge.
 */
import type { z } from 'astro/zod';
import { CLAIMS } from '../schemas/claims.ts';
import { isoDate } from '../schemas/common.ts';
import { areaSchema, emergencyNumberSchema, providerSchema, registerSettingsSchema, serviceSchema, sourceSchema } from '../schemas/facts.ts';
import { textSchema } from '../schemas/text.ts';
import { FACT_FILES, TEXT_KINDS } from '../content/layout.ts';
import { env } from '../config/env.ts';
import { site } from '../config/site.ts';
import { localeConfig, SOURCE_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import { FORMATS, LIST_KEY } from './formats.ts';
import { hintFor, labelFor } from './labels.ts';

/** A field of the form, as Sveltia CMS (and Decap CMS) configure it. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean | string[];
  i18n?: boolean;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  maxlength?: number;
  value_type?: 'int' | 'float';
  fields?: EditorField[];
  field?: EditorField;
  collapsed?: boolean;
  summary?: string;
  format?: string;
  time_format?: boolean;
  collection?: string;
  file?: string;
  value_field?: string;
  display_fields?: string[];
  search_fields?: string[];
  dropdown_threshold?: number;
  default?: unknown;
}

// Zod's definitions, read as data: the public classes say what a schema is, `_zod.def` what it holds.
interface Def {
  type: string;
  error?: (issue?: unknown) => unknown;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  format?: string;
  pattern?: RegExp;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  error?: (issue?: unknown) => unknown;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((c) => c._zod.def);
const messageOf = (error: Def['error']) => {
  const message = error?.({});
  return typeof message === 'string' ? message : undefined;
};

/** The schema inside optional, default, nullable and preprocess wrappers, each wrapper seen on the way. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; seen: z.ZodType[] } {
  let node = schema;
  let optional = false;
  const seen: z.ZodType[] = [node];
  for (;;) {
    const def = defOf(node);
    if (['optional', 'default', 'prefault', 'nullable'].includes(def.type) && def.innerType) {
      optional = true;
      node = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) node = defOf(def.in).type === 'transform' ? def.out : def.in;
    else break;
    seen.push(node);
  }
  return { inner: node, optional, seen };
}

/** Which list a field names an entry of, by its name: the form then offers that list's entries. */
type Reference = { collection: string; file?: string; value: string; display: string[] };
const REFERENCE: Record<string, Reference> = {
  sources: { collection: 'lists', file: 'sources', value: `${LIST_KEY}.*.id`, display: [`${LIST_KEY}.*.id`, `${LIST_KEY}.*.title`] },
  providers: { collection: 'providers', value: '{{slug}}', display: ['{{slug}}'] },
  services: { collection: 'services', value: '{{slug}}', display: ['{{slug}}'] },
  areas: { collection: 'lists', file: 'areas', value: `${LIST_KEY}.*.id`, display: [`${LIST_KEY}.*.id`, `${LIST_KEY}.*.name`] },
};
const REFERENCES_BY_NAME: Record<string, keyof typeof REFERENCE> = {
  source: 'sources',
  sources: 'sources',
  parent: 'providers',
  provider: 'providers',
  publishedBy: 'providers',
  alsoAt: 'providers',
  areas: 'areas',
  hotline: 'services',
  firstContacts: 'services',
};
/** A claim's sources (`statedIn.cost: brochure-2021`) name sources too. */
const referenceOf = (path: readonly string[]) =>
  REFERENCES_BY_NAME[path.at(-1)!] ?? (path.at(-2) === 'statedIn' && (CLAIMS as readonly string[]).includes(path.at(-1)!) ? 'sources' : undefined);

const relation = (ref: Reference, multiple: boolean): Partial<EditorField> => ({
  widget: 'relation',
  collection: ref.collection,
  ...(ref.file ? { file: ref.file } : {}),
  value_field: ref.value,
  display_fields: ref.display,
  search_fields: ref.display,
  ...(multiple ? { multiple: true } : {}),
  dropdown_threshold: 0,
});

/** Texts longer than this get a text area rather than a line. */
const LONG_TEXT = 200;

interface Options {
  /** Translatable fields of a text (each language its own value). */
  i18n?: boolean;
}

/** The form's field for one schema field; `path` is its place in the file, without list positions. */
function fieldFor(path: readonly string[], schema: z.ZodType, options: Options = {}): EditorField {
  const name = path.at(-1)!;
  const { inner, optional, seen } = unwrap(schema);
  const def = defOf(inner);
  // The schema's advice for a wrong value doubles as the field's hint: "expected a phone number…".
  const advice = messageOf(defOf(schema).error) ?? messageOf(def.error);
  // Only advice with an example says more than the field's label.
  const example = advice && / such as /.test(advice) ? advice.replace(/^expected /, '').replace(/^./, (c) => c.toUpperCase()) : undefined;
  const hint = hintFor(path) ?? example;
  const field: EditorField = {
    name,
    label: labelFor(path),
    widget: 'string',
    ...(hint ? { hint } : {}),
    ...(optional ? { required: false } : {}),
    ...(options.i18n ? { i18n: true } : {}),
  };
  const ref = referenceOf(path);

  if (def.type === 'string') {
    if (seen.includes(isoDate)) return { ...field, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
    if (ref) return { ...field, ...relation(REFERENCE[ref]!, false) };
    const checks = checksOf(inner);
    // The pattern the schema checks (its own format, as for an e-mail, or a regex), with its message.
    const regex = def.pattern ? { pattern: def.pattern, error: def.error } : checks.find((c) => c.check === 'string_format' && c.pattern);
    if (regex?.pattern) {
      // An empty optional field is no value at all: the form must not hold it to the pattern.
      const source = optional ? `^$|${regex.pattern.source}` : regex.pattern.source;
      field.pattern = [source, messageOf(regex.error) ?? `expected text of the form ${regex.pattern.source}`];
    }
    const max = checks.find((c) => c.check === 'max_length')?.maximum;
    if (max !== undefined) field.maxlength = max;
    if (max !== undefined && max > LONG_TEXT) field.widget = 'text';
    return field;
  }
  if (def.type === 'enum' && def.entries) return { ...field, widget: 'select', options: Object.values(def.entries) };
  if (def.type === 'boolean') return { ...field, widget: 'boolean', required: false };
  if (def.type === 'number') {
    const checks = checksOf(inner);
    const int = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
    // A whole number above 0 (`positive()`) starts at 1.
    const bound = (check: string) => {
      const found = checks.find((c) => c.check === check) as (CheckDef & { inclusive?: boolean }) | undefined;
      if (found?.value === undefined) return undefined;
      return found.inclusive || !int ? found.value : found.value + (check === 'greater_than' ? 1 : -1);
    };
    const min = bound('greater_than');
    const max = bound('less_than');
    return { ...field, widget: 'number', value_type: int ? 'int' : 'float', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  if (def.type === 'object' && def.shape) {
    return { ...field, widget: 'object', collapsed: optional, fields: fieldsOf(inner, path, options) };
  }
  if (def.type === 'array' && def.element) {
    const min = checksOf(inner).find((c) => c.check === 'min_length')?.minimum;
    const max = checksOf(inner).find((c) => c.check === 'max_length')?.maximum;
    const range = { ...(min ? { min } : {}), ...(max ? { max } : {}) };
    const element = unwrap(def.element);
    const elementDef = defOf(element.inner);
    if (elementDef.type === 'enum' && elementDef.entries)
      return { ...field, widget: 'select', multiple: true, options: Object.values(elementDef.entries), ...range };
    if (ref) return { ...field, ...relation(REFERENCE[ref]!, true), ...range };
    if (elementDef.type === 'object') {
      const fields = fieldsOf(element.inner, path, options);
      return { ...field, widget: 'list', collapsed: false, summary: `{{fields.${fields[0]!.name}}}`, fields, ...range };
    }
    // An empty item is left out when the file is written (src/editor/formats.ts), so the form need not insist.
    return { ...field, widget: 'list', field: { ...fieldFor([...path, 'item'], def.element, options), label: field.label, required: false }, ...range };
  }
  // One source, or a list of them (a claim's sources): the form offers a list.
  if (def.type === 'union' && ref) return { ...field, ...relation(REFERENCE[ref]!, true) };
  // A text in other languages, by language tag (a source's titleIn, an area's labelIn): one line per written language.
  if (def.type === 'record') {
    const fields = WRITTEN_LOCALES.map(
      (tag): EditorField => ({ name: tag, label: `${localeConfig(tag).endonym} (${tag})`, widget: 'string', required: false }),
    );
    return { ...field, widget: 'object', collapsed: true, required: false, fields };
  }
  return field;
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodType, path: readonly string[] = [], options: Options = {}): EditorField[] {
  const shape = defOf(unwrap(schema).inner).shape ?? {};
  return Object.entries(shape).map(([name, child]) => fieldFor([...path, name], child, options));
}

const ALL_SCHEMAS = [providerSchema, serviceSchema, sourceSchema, areaSchema, emergencyNumberSchema, registerSettingsSchema, textSchema];

/**
 * The yes/no fields a file may leave out, by name, for the file formats (src/editor/formats.ts):
 * a form saves an untouched yes/no as `false`, which is not written where the file had nothing.
 */
export function optionalFlags(): string[] {
  const optional = new Set<string>();
  const required = new Set<string>();
  const visit = (schema: z.ZodType) => {
    for (const [name, child] of Object.entries(defOf(unwrap(schema).inner).shape ?? {})) {
      const { inner, optional: isOptional } = unwrap(child);
      const def = defOf(inner);
      if (def.type === 'boolean') (isOptional ? optional : required).add(name);
      if (def.type === 'object') visit(inner);
      if (def.type === 'array' && def.element) visit(def.element);
    }
  };
  for (const schema of ALL_SCHEMAS) visit(schema);
  const both = [...optional].filter((name) => required.has(name));
  if (both.length > 0)
    throw new Error(
      `A yes/no field is required in one schema and optional in another: ${both.join(', ')}. Rename one (src/editor/formats.ts tells them apart by name).`,
    );
  return [...optional].sort();
}

/** The facts of an entry: `lastVerified` first, as confirming an entry is the most common correction. */
function factFields(schema: z.ZodType): EditorField[] {
  const fields = fieldsOf(schema);
  const verified = fields.filter((f) => f.name === 'lastVerified').map((f) => ({ ...f, collapsed: false }));
  return [...verified, ...fields.filter((f) => f.name !== 'lastVerified')];
}

export interface EditorConfigOptions {
  /** "owner/name" of the GitHub repository pull requests go to. */
  repo: string;
  branch: string;
  /** The OAuth handler for "Sign in with GitHub" (sveltia-cms-auth or similar), when there is one. */
  authUrl?: string;
}

/**
 * The repository and branch of the site's configuration (src/config/site.ts: REGISTER_REPOSITORY or
 * GitHub Actions' own, so that a fork's editor proposes to the fork), and the OAuth handler that
 * "Sign in with GitHub" uses, from REGISTER_EDITOR_AUTH_URL (docs/editor.md).
 */
export function editorOptions(): EditorConfigOptions | undefined {
  if (!site.repository) return undefined;
  const repo = new URL(site.repository.url).pathname.replace(/^\/|\.git$|\/$/g, '');
  const authUrl = env.REGISTER_EDITOR_AUTH_URL;
  return { repo, branch: site.repository.branch, ...(authUrl ? { authUrl } : {}) };
}

const TEXT_KIND_LABELS = {
  providers: ['Пружаоци', 'Providers'],
  services: ['Услуге и права', 'Services and rights'],
  pages: ['Странице', 'Pages'],
  steps: ['Корак по корак', 'Step by step'],
} as const;

/** The whole configuration, as config.yml holds it. */
export function editorConfig({ repo, branch, authUrl }: EditorConfigOptions) {
  // Every language but the source names the version of the source it was translated from; the
  // editor fills it in for a new translation (src/editor/browser.ts), so the form does not ask.
  const textFields = fieldsOf(textSchema, [], { i18n: true });
  const facts = (name: 'providers' | 'services', schema: z.ZodType, label: string) => ({
    name,
    label,
    folder: FACT_FILES[name]('x').replace(/\/x\.yaml$/, ''),
    extension: 'yaml',
    format: FORMATS.facts,
    create: true,
    delete: false,
    // The file name is the entry's id, typed by the person who adds an entry.
    slug: { editable: true },
    summary: '{{slug}}',
    editor: { preview: false },
    fields: factFields(schema),
  });
  const list = (name: string, file: string, label: string, schema: z.ZodType) => ({
    name,
    label,
    file,
    format: FORMATS.facts,
    fields: [{ name: LIST_KEY, label, widget: 'list', collapsed: true, summary: '{{fields.id}}', fields: fieldsOf(schema) }],
  });
  return {
    backend: {
      name: 'github',
      repo,
      branch,
      // Outsiders propose through their own fork; maintainers merge (docs/editor.md).
      open_authoring: true,
      auth_scope: 'public_repo',
      ...(authUrl ? { base_url: authUrl } : {}),
      commit_messages: {
        create: 'Add {{collection}} {{slug}} (web editor)',
        update: 'Correct {{collection}} {{slug}} (web editor)',
        delete: 'Remove {{collection}} {{slug}} (web editor)',
      },
    },
    // Every change is a pull request that the checks run on and a maintainer merges.
    publish_mode: 'editorial_workflow',
    // Required by Sveltia CMS; no field of the register takes a file, and anything uploaded is in the pull request for review.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    i18n: { structure: 'multiple_folders', locales: [...WRITTEN_LOCALES], default_locale: SOURCE_LOCALE },
    collections: [
      facts('providers', providerSchema, 'Пружаоци — подаци · Providers — facts'),
      facts('services', serviceSchema, 'Услуге и права — подаци · Services and rights — facts'),
      ...TEXT_KINDS.map((kind) => ({
        name: `${kind}-texts`,
        label: `${TEXT_KIND_LABELS[kind][0]} — текстови · ${TEXT_KIND_LABELS[kind][1]} — texts`,
        folder: 'content/text',
        path: `${kind}/{{slug}}`,
        extension: 'mdx',
        format: FORMATS.text,
        i18n: true,
        create: kind !== 'pages',
        delete: false,
        slug: { editable: true },
        identifier_field: 'name',
        editor: { preview: false },
        summary: '{{name}}',
        fields: [...textFields, { name: 'body', label: labelFor(['body']), widget: 'text', required: false, i18n: true }],
      })),
      {
        name: 'lists',
        label: 'Спискови целог регистра · Lists of the whole register',
        editor: { preview: false },
        files: [
          list('sources', FACT_FILES.sources, 'Извори · Sources', sourceSchema),
          list('emergency-numbers', FACT_FILES.emergencyNumbers, 'Бројеви за хитне случајеве · Emergency numbers', emergencyNumberSchema),
          list('areas', FACT_FILES.areas, 'Подручја · Areas', areaSchema),
          {
            name: 'settings',
            label: 'Избори регистра · Choices of the register',
            file: FACT_FILES.settings,
            format: FORMATS.facts,
            fields: fieldsOf(registerSettingsSchema),
          },
        ],
      },
    ],
  };
}
