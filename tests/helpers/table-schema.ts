/**
 * A Table Schema check (Frictionless Data, version 1) of a Tabular Data Package's CSV files, driven
 * by a descriptor, here Open Referral's own HSDS 3.0 `datapackage.json` (vendor/hsds-3.0/): each
 * file's header against its resource's fields; each cell against its field's type (string, number,
 * integer, boolean, date, time, datetime, with their default formats), string format (uuid, email,
 * uri) and constraints (required, unique, enum); then each resource's primary key and foreign keys.
 * An empty cell is a missing value, as the specification's default `missingValues` says.
 *
 * Written here because no maintained validator of the standard runs in Node from the registry this
 * project installs from: Frictionless itself is Python; the JavaScript packages there (tableschema
 * 1.12.6, datapackage 1.1.10) pull in axios 0.21 and moment 2.24 and guess each file's delimiter,
 * which split attributes.csv on "-".
 */
import { parse } from 'csv-parse/sync';

interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}
interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}
export interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey?: string | string[]; foreignKeys?: ForeignKey[] };
}

const one = (key: string | string[]) => (Array.isArray(key) ? key : [key]);

const validDate = (text: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/** Whether a cell is a value of the field's type and format, as Table Schema's defaults read it. */
const TYPES: Record<string, (text: string, format?: string) => boolean> = {
  string: (text, format) => {
    if (format === 'uuid') return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
    if (format === 'email') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text);
    // A URI (RFC 3986) has a scheme: "www.example.org" is not one.
    if (format === 'uri') return /^[a-z][a-z0-9+.-]*:/i.test(text) && URL.canParse(text);
    return true;
  },
  number: (text) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) || ['NaN', 'INF', '-INF'].includes(text),
  integer: (text) => /^[+-]?\d+$/.test(text),
  boolean: (text) => ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].includes(text),
  date: validDate,
  time: (text) => TIME.test(text),
  // In UTC: YYYY-MM-DDThh:mm:ssZ.
  datetime: (text) => validDate(text.slice(0, 10)) && /^T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/.test(text.slice(10)),
};

/** The problems of one resource's rows, each cell on its own: type, format, required, enum, unique. */
function cellProblems(resource: Resource, header: string[], rows: string[][]): string[] {
  const problems: string[] = [];
  const names = resource.schema.fields.map((f) => f.name);
  if (header.join() !== names.join()) problems.push(`${resource.path}: the header is ${header}, not ${names}`);
  for (const [column, field] of resource.schema.fields.entries()) {
    const seen = new Set<string>();
    const check = TYPES[field.type];
    if (!check) problems.push(`${resource.path}: ${field.name}: no check for the type "${field.type}"`);
    for (const [i, row] of rows.entries()) {
      const cell = row[column] ?? '';
      const where = `${resource.path}:${i + 2}: ${field.name}`;
      if (cell === '') {
        if (field.constraints?.required) problems.push(`${where}: required, but empty`);
        continue;
      }
      const kind = field.format ? `${field.type} (${field.format})` : field.type;
      if (check && !check(cell, field.format)) problems.push(`${where}: "${cell}" is not a ${kind}`);
      if (field.constraints?.enum && !field.constraints.enum.includes(cell))
        problems.push(`${where}: "${cell}" is not one of ${field.constraints.enum.join(', ')}`);
      if (field.constraints?.unique && seen.has(cell)) problems.push(`${where}: "${cell}" is not unique`);
      seen.add(cell);
    }
  }
  return problems;
}

type Tables = Map<string, { header: string[]; rows: string[][] }>;

/** Each row's values of some fields, joined into one key. */
function keysOf(tables: Tables, name: string, fields: string[]): string[] {
  const { header, rows } = tables.get(name)!;
  const columns = fields.map((f) => header.indexOf(f));
  // A key with no value at all is empty: a foreign key that links nothing.
  return rows.map((row) => (columns.some((c) => row[c]) ? columns.map((c) => row[c]).join('\u0000') : ''));
}

/** A resource's primary key that repeats, and each foreign key that leads nowhere. */
function keyProblems(resource: Resource, tables: Tables): string[] {
  const problems: string[] = [];
  const where = resource.path;
  const primary = one(resource.schema.primaryKey ?? []);
  const keys = keysOf(tables, resource.name, primary);
  const repeats = primary.length > 0 && new Set(keys).size !== keys.length;
  if (repeats) problems.push(`${where}: the primary key ${primary} repeats`);
  for (const fk of resource.schema.foreignKeys ?? []) {
    const target = fk.reference.resource || resource.name;
    if (!tables.has(target)) {
      problems.push(`${where}: ${one(fk.fields)} refers to "${target}", which is not in the package`);
      continue;
    }
    const known = new Set(keysOf(tables, target, one(fk.reference.fields)));
    for (const [i, key] of keysOf(tables, resource.name, one(fk.fields)).entries())
      if (key && !known.has(key)) problems.push(`${where}:${i + 2}: ${one(fk.fields)} "${key}" is not in ${target}`);
  }
  return problems;
}

/** Every problem of a package's CSV files against its descriptor's resources; none when they conform. */
export function tableSchemaProblems(resources: readonly Resource[], read: (path: string) => string): string[] {
  const tables: Tables = new Map();
  const problems: string[] = [];
  for (const resource of resources) {
    const [header = [], ...rows] = parse(read(resource.path), { bom: true, relax_column_count: false }) as string[][];
    tables.set(resource.name, { header, rows });
    problems.push(...cellProblems(resource, header, rows));
  }
  return [...problems, ...resources.flatMap((resource) => keyProblems(resource, tables))];
}
