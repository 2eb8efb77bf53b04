/**
 * The view is the only door: every field of the facts schemas is drawn by an entry's view (and so
 * by its page, PDF, search result, sheet and export), or listed in src/view/not-shown.ts with the
 * reason. Each field is changed in turn in the fixture register's input, and the views of every
 * entry are compared: a field whose change changes no view is not shown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { RegisterInput } from '../../src/content/input.ts';
import { buildRegister } from '../../src/model/register.ts';
import { claimsOf } from '../../src/schemas/claims.ts';
import { providerSchema, serviceSchema, type ServiceFacts } from '../../src/schemas/facts.ts';
import { pageContext } from '../../src/view/context.ts';
import { NOT_SHOWN } from '../../src/view/not-shown.ts';
import { publishedFacts } from '../../src/view/published.ts';
import { fixtureInput } from '../helpers/fixtures.ts';

type Json = Record<string, unknown> & { type?: string; enum?: unknown[]; minimum?: number; maximum?: number };
type Kind = 'providers' | 'services';

/** Every leaf of a schema, by its dotted path (list items without a position), with its JSON Schema. */
function leaves(schema: Json, path: string[] = [], found = new Map<string, Json>()): Map<string, Json> {
  const key = path.join('.');
  if (Array.isArray(schema.anyOf)) for (const option of schema.anyOf) leaves(option as Json, path, found);
  else if (schema.type === 'object' && schema.properties) {
    for (const [name, child] of Object.entries(schema.properties)) leaves(child as Json, [...path, name], found);
  } else if (schema.type === 'array' && schema.items) leaves(schema.items as Json, path, found);
  else if (!found.has(key) || schema.enum || schema.type) found.set(key, schema);
  return found;
}

const fieldsOf = (schema: z.ZodType) => leaves(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json);

/** What every entry's view draws, in one language. */
function drawn(input: RegisterInput): string {
  const register = buildRegister(input);
  const ctx = pageContext({ locale: 'en', register, base: '/' });
  return JSON.stringify([...register.providers, ...register.services].map((entry) => ctx.view(entry)));
}

/**
 * Names that refer to another entry, an area or a source: a change points them at another one (a
 * provider without a parent, never the entry itself, so that no unit becomes its own ancestor).
 */
function referenced(key: string, input: RegisterInput, self: string): string[] | undefined {
  if (['parent', 'provider', 'alsoAt'].includes(key))
    return input.providers.filter((p) => !p.data.parent && p.id !== self).map((p) => p.id);
  if (key === 'areas') return input.areas.map((a) => a.id);
  if (['source', 'sources'].includes(key) || key.startsWith('statedIn.')) return input.sources.map((s) => s.id);
  return undefined;
}

/** Another value of the same kind as `value`, for the field described by `schema`. */
function changedValue(value: unknown, schema: Json, ids: string[] | undefined): unknown {
  if (ids) return ids.find((id) => id !== value) ?? value;
  if (schema.enum) return schema.enum.find((v) => v !== value);
  if (typeof value === 'boolean' || schema.type === 'boolean') return !value;
  if (typeof value === 'number' || schema.type === 'integer' || schema.type === 'number') {
    const n = typeof value === 'number' ? value : (schema.minimum ?? 1);
    return schema.maximum !== undefined && n + 1 > schema.maximum ? n - 1 : n + 1;
  }
  if (typeof value !== 'string') return /date/.test(String(schema.format)) ? '2026-01-02' : 'Changed';
  // The last digit or letter changes: a phone number, a date or an address stays well formed.
  return value.replace(/[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u, (c) =>
    c === '1' ? '2' : /\d/.test(c) ? '1' : c === 'a' ? 'b' : 'a',
  );
}

/** Facts no fixture entry has, as a source could give them: each test gives the first entry one. */
const PLACES: Record<string, unknown> = {
  network: { count: 3, source: 'brochure' },
  licence: { from: '2020', until: '2030', source: 'brochure' },
  legalBasis: [{ law: 'free-legal-aid-act', since: '2019', source: 'brochure' }],
  since: { date: '2002', source: 'brochure' },
  languages: { interpretation: 'free' },
};

/** The place of `path` in an entry's facts (the first item of a list), where it has one. */
function placeOf(data: Record<string, unknown>, keys: string[]): Record<string, unknown> | undefined {
  let node: unknown = data;
  for (const key of keys.slice(0, -1)) {
    node = Array.isArray(node) ? node[0] : node;
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return (Array.isArray(node) ? node[0] : node) as Record<string, unknown> | undefined;
}

/**
 * The register with the field at `path` changed, once for each entry that has a place for it (an
 * entry whose facts make the claim, for a claim's source): the field is drawn if any change shows.
 */
function changes(input: RegisterInput, kinds: Kind[], path: string, schema: Json): RegisterInput[] {
  const keys = path.split('.');
  const key = keys.at(-1)!;
  const entries = (copy: RegisterInput) => {
    const all = kinds
      .flatMap((kind) => copy[kind] as { id: string; data: Record<string, unknown> }[])
      .filter((e) => keys[0] !== 'statedIn' || claimsOf(e.data as ServiceFacts).some((made) => made.claim === keys[1]));
    if (!all.some((e) => placeOf(e.data, keys)) && keys[0]! in PLACES)
      all[0]!.data[keys[0]!] = structuredClone(PLACES[keys[0]!]);
    return all;
  };
  // Each change starts from a fresh copy: the input itself is never changed.
  const changed = entries(structuredClone(input)).flatMap((_, i) => {
    const copy = structuredClone(input);
    const entry = entries(copy)[i]!;
    const parent = placeOf(entry.data, keys);
    if (!parent) return [];
    const ids = referenced(keys[0] === 'statedIn' ? path : key, copy, entry.id);
    const old = parent[key];
    parent[key] = Array.isArray(old)
      ? [changedValue(old[0], schema, ids), ...old.slice(1)]
      : changedValue(old, schema, ids);
    return [copy];
  });
  if (changed.length === 0)
    throw new Error(`${path}: no entry of the fixture register has a place for it: give one a value`);
  return changed;
}

/** Every field of the facts schemas, with the kinds of entry that have it. */
function factFields(schemas: Record<Kind, z.ZodType>): Map<string, { schema: Json; kinds: Kind[] }> {
  const fields = new Map<string, { schema: Json; kinds: Kind[] }>();
  for (const [kind, schema] of Object.entries(schemas) as [Kind, z.ZodType][]) {
    for (const [path, leaf] of fieldsOf(schema)) {
      fields.set(path, { schema: leaf, kinds: [...(fields.get(path)?.kinds ?? []), kind] });
    }
  }
  return fields;
}

/** The fields whose change changes no entry's view. */
function notDrawn(input: RegisterInput, fields: Map<string, { schema: Json; kinds: Kind[] }>): string[] {
  const before = drawn(input);
  const unchanged = ([path, { schema, kinds }]: [string, { schema: Json; kinds: Kind[] }]) => {
    if (path in NOT_SHOWN) return false;
    try {
      return changes(input, kinds, path, schema).every((changed) => drawn(changed) === before);
    } catch (error) {
      // A register that cannot be built without the old value reads it; a missing place is a test gap.
      if (String(error).includes('has a place for it')) throw error;
      return false;
    }
  };
  return [...fields].filter(unchanged).map(([path]) => path);
}

describe('the view is the only door', () => {
  it('draws every field of the facts, or lists it as not shown with the reason', async () => {
    const input = await fixtureInput();
    expect(notDrawn(input, factFields({ providers: providerSchema, services: serviceSchema }))).toEqual([]);
  });

  it('names a field a schema gains that no view draws', async () => {
    const input = await fixtureInput();
    const planted = serviceSchema.extend({ plantedNote: z.string().optional() });
    for (const entry of input.services) Object.assign(entry.data, { plantedNote: 'A note no page shows' });
    expect(notDrawn(input, factFields({ providers: providerSchema, services: planted }))).toEqual(['plantedNote']);
  });

  it('gives a reason for every field it leaves out, and leaves out only fields that exist', () => {
    const fields = factFields({ providers: providerSchema, services: serviceSchema });
    for (const [path, reason] of Object.entries(NOT_SHOWN)) {
      expect(fields, path).toContain(path);
      expect(reason.length, path).toBeGreaterThan(20);
    }
  });

  it("lets outputs read an entry's facts only through its view, or publishedFacts() for the open data", () => {
    const root = join(import.meta.dirname, '..', '..', 'src');
    const outputs = ['open-data', 'search', 'print', 'components', 'pages', 'layouts'];
    const files = outputs.flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|astro)$/.test(f))
        .map((f) => join(folder, f)),
    );
    // `view.facts` is the view's rows of facts; any other `.facts` is an entry's raw facts.
    const raw = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/(?<!\b(?:view|sv|hotline))\.facts\b/.test(line) ? [`src/${file}:${i + 1}`] : [])),
    );
    expect(raw).toEqual([]);
  });

  it('never gives the exports the address of a confidential place, a unit of one included', async () => {
    const input = structuredClone(await fixtureInput());
    const address = { street: 'Савска 35', locality: 'Београд', source: 'brochure' };
    const unit = { id: 'shelter-unit', file: 'content/providers/shelter-unit.yaml' };
    const shelter = input.providers.find((p) => p.id === 'example-shelter')!;
    input.providers.push({
      ...unit,
      data: { ...shelter.data, parent: 'example-shelter', confidentialLocation: false, address },
    });
    const register = buildRegister(input);
    expect(register.provider('shelter-unit').confidential).toBe(true);
    expect(publishedFacts(register.provider('shelter-unit'))).not.toHaveProperty('address');
    expect(publishedFacts(register.provider('example-org')).address).toBeDefined();
  });
});
