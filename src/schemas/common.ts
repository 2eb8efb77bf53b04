/**
 * Building blocks shared by the fact and text schemas. Every message is written as advice to a
 * maintainer who is not a programmer: what is expected, with an example. The checker adds the
 * file, the field and the value it found.
 */
import { z } from 'astro/zod';
import { isValidPhoneNumber } from 'libphonenumber-js/max';

/** An entry's id is its file name: lower-case words joined by hyphens. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const entryId = (what: string) =>
  z.string({ error: `expected the id of ${what}, such as "astra-sos-line"` }).regex(ENTRY_ID, {
    error: `expected the id of ${what}: lower-case letters, digits and hyphens, such as "astra-sos-line"`,
  });

/** Phone numbers are stored once, in E.164, and formatted for display per page. */
const E164 = /^\+[1-9]\d{7,14}$/;
/**
 * How a phone number is written: E.164, or a Serbian short number dialled as it is, such as the
 * European 116 000 line. A pattern rather than a rule in code, so that the web editor's form checks
 * it too, with the same message (src/editor/config.ts).
 */
const PHONE_PATTERN = /^(?:\+[1-9]\d{7,14}|1\d{2,5})$/;

export const phoneNumber = z
  .string({ error: 'expected a phone number in international form, such as "+381117850000"' })
  .regex(PHONE_PATTERN, {
    error:
      'expected an international phone number in E.164 form: "+", the country code and the number, no spaces or dashes (011 785 0000 is written "+381117850000"); a short number such as 116 000 is written "116000"',
  })
  // libphonenumber knows each country's numbering plan: a digit too many or too few is caught here.
  .refine((n) => !E164.test(n) || isValidPhoneNumber(n), {
    error: "this is not a number of the country's numbering plan (a digit too many, too few, or a wrong area code): check it against the source",
  });

/** A calendar date written as YYYY-MM-DD. YAML turns an unquoted date into a Date: both are accepted. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'expected a date written as YYYY-MM-DD, such as 2026-11-23' }).regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    error: 'expected a date written as YYYY-MM-DD, such as 2026-11-23',
  }),
);

/**
 * A date known only to the year or month, as sources often give it ("since February 2002").
 * Written YYYY, YYYY-MM or YYYY-MM-DD.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string({ error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, such as 2002-02' }).regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, such as 2002-02',
  }),
);

export const email = z.email({ error: 'expected an e-mail address, such as "office@example.org"' });

/**
 * Web addresses are written exactly as they were published, without "https://", so that nothing is
 * guessed (a source that says "www.astra.rs" does not say which protocol the site uses).
 */
export const webAddress = z
  .string({ error: 'expected a web address as it was published, such as "www.astra.rs"' })
  .regex(/^(?!https?:\/\/)[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i, {
    error: 'expected a web address as it was published, without "https://", such as "www.astra.rs"',
  });

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: `expected ${what}: one of ${values.map((v) => `"${v}"`).join(', ')}` });
}
