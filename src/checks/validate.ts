/** A value checked against a schema, each issue turned into a problem a maintainer can act on. */
import { z } from 'astro/zod';
import type { ParsedYaml } from '../content/read.ts';
import { formatField, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** The schema inside optional, default, nullable and preprocess wrappers (Zod's public classes). */
function unwrap(schema: unknown): unknown {
  let node = schema;
  for (let i = 0; i < 10; i++) {
    if (
      node instanceof z.ZodOptional ||
      node instanceof z.ZodNullable ||
      node instanceof z.ZodDefault ||
      node instanceof z.ZodPrefault
    )
      node = node.unwrap();
    else if (node instanceof z.ZodPipe) node = node.out instanceof z.ZodTransform ? node.in : node.out;
    else break;
  }
  return node;
}

/** Known field names at a path of a schema, to suggest the right one for a misspelt field. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const node = unwrap(current);
    if (typeof key === 'number' && node instanceof z.ZodArray) current = node.element;
    else if (node instanceof z.ZodObject) current = node.shape[String(key)];
    else return [];
  }
  const node = unwrap(current);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  lineOf: ParsedYaml['lineOf'] = () => undefined,
  pathPrefix: PropertyKey[] = [],
): { data?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    const path = [...pathPrefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      const fields = `Known fields here: ${known.join(', ')}`;
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...path, key]),
        field: formatField([...path, key]),
        message: `this field is not part of the register: ${didYouMean(key, known)}${fields}`,
      }));
    }
    const found = valueAt(value, issue.path);
    const at = { file, line: lineOf(path), field: formatField(path) || undefined };
    if (found === undefined) return [{ ...at, message: `missing: ${issue.message}` }];
    return [{ ...at, found, message: issue.message }];
  });
  return { problems };
}

/** "phones[0].number" → ["phones", 0, "number"] */
export function parseField(field: string): PropertyKey[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}
