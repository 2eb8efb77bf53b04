/**
 * The web editor without a browser: its form is made from the schemas and the language profiles
 * (a new field or language needs no second edit), it refuses a malformed phone number with the
 * checker's own words, and a save changes only the lines of the values that changed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validate } from '../../src/checks/validate.ts';
import { editorConfig } from '../../src/editor/config.ts';
import { type EditorField, fieldsOf, optionalFlags } from '../../src/editor/form.ts';
import { factsFromFile, factsToFile, ORIGINAL_KEY, textFromFile, textToFile } from '../../src/editor/formats.ts';
import { SOURCE_LOCALE, WRITTEN_LOCALES } from '../../src/i18n/locales.ts';
import { matching } from '../../src/schemas/common.ts';
import { providerSchema, serviceSchema } from '../../src/schemas/facts.ts';
import { SECTORS } from '../../src/schemas/taxonomy.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site.ts';

const config = editorConfig({ repo: 'astra-serbia/trafficking-register', branch: 'main' });
const options = { optionalFlags: optionalFlags() };
const collection = (name: string) =>
  config.collections.find((c) => c.name === name) as unknown as { fields: EditorField[] };
const field = (fields: EditorField[], path: string): EditorField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  if (!found) throw new Error(`no field ${head} among ${fields.map((f) => f.name).join(', ')}`);
  return rest.length > 0 ? field(found.fields ?? [], rest.join('.')) : found;
};
/** The lines of `after` that are not in `before`, and the other way round. */
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
};
/** As Sveltia CMS hands a file to a format and writes what it returns: trimmed, one final line break. */
const roundTrip = (
  text: string,
  toFile: (v: Record<string, unknown>) => string,
  fromFile: (t: string) => Record<string, unknown>,
) => `${toFile(fromFile(text.trim())).trim()}\n`;

async function contentFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const root of [join(ROOT, 'content'), join(FIXTURES, 'register', 'content')]) {
    for (const f of await readdir(root, { recursive: true }))
      if (/\.(yaml|mdx)$/.test(f) && !f.startsWith('glossary')) files.push(join(root, f));
  }
  return files;
}

describe('the web editor’s form', () => {
  it('checks a phone number with the schema’s pattern and the checker’s message', () => {
    const number = field(collection('providers').fields, 'phones.number');
    const bad = '011 785 0000';
    const { problems } = validate(
      providerSchema,
      { ...parse('type: association'), phones: [{ number: bad, kind: 'office', source: 'x' }] },
      'f.yaml',
    );
    const checker = problems.find((p) => p.field === 'phones[0].number')!;
    expect(number.pattern![1]).toBe(checker.message);
    const pattern = new RegExp(number.pattern![0]);
    expect(pattern.test(bad)).toBe(false);
    expect(['+381117850000', '116000'].every((n) => pattern.test(n))).toBe(true);
  });

  it('has every field of the facts, required ones marked, lists of allowed values as choices', () => {
    const fields = collection('providers').fields;
    expect(fields.map((f) => f.name).sort()).toEqual(Object.keys(providerSchema.shape).sort());
    expect(fields[0]!.name).toBe('lastVerified');
    expect(field(fields, 'sector')).toMatchObject({ widget: 'select', options: [...SECTORS] });
    expect(field(fields, 'sector').required).toBeUndefined();
    expect(field(fields, 'parent').required).toBe(false);
    expect(field(collection('services').fields, 'eligibility.minAge')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 0,
      max: 120,
    });
    expect(field(fields, 'lastVerified.date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
  });

  it('takes a new field of a schema without a second edit', () => {
    // Written as the schemas write a pattern: its message is the checker's and the form's.
    const helplineHours = matching(/^\d\d:\d\d$/, 'expected a time such as "07:30"').optional();
    const fields = fieldsOf(z.strictObject({ ...serviceSchema.shape, helplineHours }));
    expect(field(fields, 'helplineHours')).toMatchObject({
      label: 'Helpline hours',
      required: false,
      pattern: ['^$|^\\d\\d:\\d\\d$', 'expected a time such as "07:30"'],
    });
  });

  it('edits the texts of every written language, the fixture’s added one included, beside the source', () => {
    expect(config.i18n).toEqual({
      structure: 'multiple_folders',
      locales: [...WRITTEN_LOCALES],
      default_locale: SOURCE_LOCALE,
    });
    expect(WRITTEN_LOCALES).toContain('hr');
    const texts = config.collections.find((c) => c.name === 'services-texts') as unknown as {
      folder: string;
      path: string;
      fields: EditorField[];
    };
    expect(`${texts.folder}/<locale>/${texts.path}`).toBe('content/text/<locale>/services/{{slug}}');
    expect(field(texts.fields, 'translation.from').pattern![1]).toBe(
      'expected the 10-character fingerprint of the source text, as `npm run i18n:status` prints it',
    );
    // A step's points are texts by their ids; a source's title in other languages, one line per language.
    expect(field(texts.fields, 'points').widget).toBe('keyvalue');
    const lists = config.collections.find((c) => c.name === 'lists') as unknown as {
      files: { fields: EditorField[] }[];
    };
    expect(field(lists.files[0]!.fields, 'entries.titleIn').fields!.map((f) => f.name)).toEqual([...WRITTEN_LOCALES]);
  });

  it('stamps a new translation with the fingerprint the checker computes for its source', async () => {
    const { sourceFingerprint } = await import('../../src/editor/fingerprint.ts');
    const { textFingerprint } = await import('../../src/model/fingerprint.ts');
    const { checkContent } = await import('../../src/checks/content.ts');
    const { input } = await checkContent(ROOT);
    const texts = input.texts.filter((t) => t.locale === SOURCE_LOCALE);
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) {
      const values = textFromFile((await readFile(join(ROOT, t.file), 'utf8')).trim());
      expect(await sourceFingerprint(values), t.file).toBe(textFingerprint(t.data, t.body));
    }
  });

  it('proposes through forks', () => {
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'astra-serbia/trafficking-register',
      open_authoring: true,
    });
    expect(config.publish_mode).toBe('editorial_workflow');
  });
});

describe('a save from the editor', () => {
  it('writes every file of the register back unchanged when nothing changed', async () => {
    const changed: string[] = [];
    for (const file of await contentFiles()) {
      const text = await readFile(file, 'utf8');
      const written = file.endsWith('.mdx')
        ? roundTrip(text, (v) => textToFile(v, options), textFromFile)
        : roundTrip(text, (v) => factsToFile(v, options), factsFromFile);
      if (written !== text) changed.push(file);
    }
    expect(changed).toEqual([]);
  });

  it('changes only the line of a changed phone number, and keeps comments and quotes', async () => {
    const text = await readFile(join(FIXTURES, 'register/content/providers/example-org.yaml'), 'utf8');
    const values = factsFromFile(text);
    (values.phones as { number: string }[])[0]!.number = '+381117850001';
    // A form shows the yes/no fields the file leaves out as an untouched "no", and empty lists.
    Object.assign(values, { confidentialLocation: false, legalBasis: [], hours: [] });
    expect(changedLines(text, factsToFile(values, options))).toEqual({
      removed: ['  - number: "+381117850000"'],
      added: ['  - number: "+381117850001"'],
    });
  });

  it('removes what the form emptied, adds what it filled, and writes `[a, b]` lists as the files do', async () => {
    const text = await readFile(join(FIXTURES, 'register/content/services/example-service.yaml'), 'utf8');
    const values = factsFromFile(text);
    Object.assign(values, {
      categories: ['urgent-help', 'information', 'family'],
      eligibility: { referral: 'not-required', anonymous: true, minAge: 14 },
    });
    (values.statedIn as Record<string, unknown>).ages = ['brochure'];
    const written = factsToFile(values, options);
    expect(changedLines(text, written)).toEqual({
      removed: ['categories: [urgent-help, information]'],
      added: ['categories: [urgent-help, information, family]', '  minAge: 14', '  ages: [brochure]'],
    });
    expect(validate(serviceSchema, parse(written), 'f.yaml').problems).toEqual([]);
  });

  it('reads a claim’s one source as the list the form shows, without rewriting it', async () => {
    const text = await readFile(join(FIXTURES, 'register/content/services/example-service.yaml'), 'utf8');
    const values = factsFromFile(text);
    values.statedIn = Object.fromEntries(
      Object.entries(values.statedIn as Record<string, string>).map(([k, v]) => [k, [v]]),
    );
    expect(factsToFile(values, options)).toBe(text);
  });

  it('writes a new entry that passes the schema, `lastVerified` last', () => {
    const written = factsToFile(
      {
        lastVerified: { date: '2026-11-30', how: 'provider', by: 'ASTRA' },
        type: 'association',
        sector: 'ngo',
        ownership: 'civil',
        coverage: { level: 'national', areas: [] },
        confidentialLocation: false,
        specialisesInTrafficking: true,
        phones: [{ number: '+381117850000', kind: 'office', source: 'brochure' }],
        emails: [],
        sources: ['brochure'],
      },
      options,
    );
    expect(written).toBe(
      'type: association\nsector: ngo\nownership: civil\ncoverage:\n  level: national\nspecialisesInTrafficking: true\nphones:\n  - number: "+381117850000"\n    kind: office\n    source: brochure\nsources: [brochure]\nlastVerified:\n  date: 2026-11-30\n  how: provider\n  by: ASTRA\n',
    );
    expect(validate(providerSchema, parse(written), 'f.yaml').problems).toEqual([]);
  });

  it('changes a text’s front matter line by line and keeps its body', async () => {
    const text = await readFile(join(FIXTURES, 'register/content/text/en/services/example-service.mdx'), 'utf8');
    const values = textFromFile(text.trim());
    expect(values[ORIGINAL_KEY]).toBe(text.trim());
    values.name = 'A new name';
    values.body = `${String(values.body).trim()}  \n`;
    const written = `${textToFile(values, options).trim()}\n`;
    expect(changedLines(text, written)).toEqual({ removed: ['name: Help line'], added: ['name: A new name'] });
    expect(written.split('\n---\n')[1]).toBe(text.split('\n---\n')[1]);
  });
});
