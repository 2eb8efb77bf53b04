/**
 * Building blocks shared by the fact and text schemas. Every message is written as advice to a
 * maintainer who is not a programmer: what is expected, with an example. The checker adds the
 * file, the field and the value it found.
 */
import { z } from 'astro/zod';
import { isValidPhoneNumber } from 'libphonenumber-js/max';

/** An entry's id is its file name: lower-case words joined by hyphens. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text, refused with `expected` (what it is, with an example): the web editor's hint too (src/editor/form.ts). */
export const textExpected = (expected: string) => z.string({ error: expected }).meta({ description: expected });

/** Text of the form `pattern`, refused with `advice`: the web editor's words for the pattern too (`errorMessage`). */
export const matching = (pattern: RegExp, advice: string, text: z.ZodString = z.string()) =>
  text.regex(pattern, { error: advice }).meta({ errorMessage: advice });

export const entryId = (what: string) =>
  matching(
    ENTRY_ID,
    `expected the id of ${what}: lower-case letters, digits and hyphens, such as "astra-sos-line"`,
    textExpected(`expected the id of ${what}, such as "astra-sos-line"`),
  );

/** Phone numbers are stored once, in E.164, and formatted for each page's readers. */
const E164 = /^\+[1-9]\d{7,14}$/;
/**
 * How a phone number is written: E.164, or a Serbian short number dialled as it is, such as the
 * European 116 000 line. A pattern rather than a rule in code, so that the web editor's form checks
 * it too, with the same message (src/editor/form.ts).
 */
const PHONE_PATTERN = /^(?:\+[1-9]\d{7,14}|1\d{2,5})$/;

export const phoneNumber = matching(
  PHONE_PATTERN,
  'expected an international phone number in E.164 form: "+", the country code and the number, no spaces or dashes ' +
    '(011 785 0000 is written "+381117850000"); a short number such as 116 000 is written "116000"',
  textExpected('expected a phone number in international form, such as "+381117850000"'),
)
  // libphonenumber knows each country's numbering plan: a digit too many or too few is caught here.
  .refine((n) => !E164.test(n) || isValidPhoneNumber(n), {
    error:
      "this is not a number of the country's numbering plan (a digit too many, too few, or a wrong area code): " +
      'check it against the source',
  });

/** YAML reads an unquoted date as a Date: it passes as the text written. */
const asWritten = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_ADVICE = 'expected a date written as YYYY-MM-DD, such as 2026-11-23';
/** A calendar date, YYYY-MM-DD (a calendar in the web editor). */
export const isoDate = z.preprocess(
  asWritten,
  matching(DATE, DATE_ADVICE, textExpected(DATE_ADVICE)).meta({ format: 'date' }),
);

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const PARTIAL_DATE_ADVICE = 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, such as 2002-02';
/** A date known only to the year or month, as sources often give it ("since February 2002"). */
export const partialDate = z.preprocess(
  // YAML reads a year alone as a number.
  (value) => (typeof value === 'number' ? String(value) : asWritten(value)),
  matching(PARTIAL_DATE, PARTIAL_DATE_ADVICE, textExpected(PARTIAL_DATE_ADVICE)),
);

/** A text's limit, a few times the longest it holds: a paste gone wrong is refused at its line, not on every page. */
export function limit(max: number, what: string): [number, { error: string }] {
  return [max, { error: `${what} is too long: keep it under ${max} characters` }];
}

/** Text of `min` to `max` characters (`base`: a string schema with its own message or trimming). */
export const sized = (min: number, max: number, what: string, base = z.string()) =>
  base.min(min).max(...limit(max, what));

const EMAIL_ADVICE = 'expected an e-mail address, such as "office@example.org"';
/** The longest address the standard allows (RFC 5321). */
export const email = z
  .email({ error: EMAIL_ADVICE })
  .max(...limit(254, 'an e-mail address'))
  .meta({ description: EMAIL_ADVICE, errorMessage: EMAIL_ADVICE });

/**
 * Web addresses are written exactly as they were published, without "https://", so that nothing is
 * guessed (a source that says "www.astra.rs" does not say which protocol the site uses).
 */
export const webAddress = matching(
  /^(?!https?:\/\/)[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i,
  'expected a web address as it was published, without "https://", such as "www.astra.rs"',
  textExpected('expected a web address as it was published, such as "www.astra.rs"'),
).max(...limit(300, 'a web address'));

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `expected ${what}: one of ${values.map((v) => `"${v}"`).join(', ')}` });
