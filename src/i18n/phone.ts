/**
 * Phone numbers are stored once, in E.164, and shown the way people dial them. libphonenumber
 * knows where each country's area code ends ("011" for Belgrade, "0230" for Kikinda, "0800" for
 * free numbers); it writes the rest of a Serbian number in one block ("011 7850000"), which is hard
 * to read out and dial from a phone screen, so the rest is grouped as numbers are printed in Serbia:
 * "011 785 0000", "063 610 590", "0800 100 388". Short numbers (192, 116 000) are dialled as written.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

function group(subscriber: string): string {
  if (subscriber.length <= 4) return subscriber;
  if (subscriber.length <= 6) return `${subscriber.slice(0, 3)} ${subscriber.slice(3)}`;
  return `${subscriber.slice(0, -4)} ${subscriber.slice(-4)}`;
}

/** As dialled inside Serbia: "011 785 0000", "116 000". Other countries' numbers stay international. */
export function formatNational(number: string): string {
  const parsed = parsePhoneNumberFromString(number);
  if (!number.startsWith('+') || !parsed) return group(number);
  if (parsed.country !== 'RS') return parsed.formatInternational();
  // The area code with its prefix as libphonenumber splits it, the rest grouped.
  const [code, ...rest] = parsed.formatNational().split(' ');
  return `${code} ${group(rest.join(''))}`;
}

/**
 * What libphonenumber knows can be dialled from another country: a geographic or a mobile number.
 * A short number (116 000 reaches each country's own line) and a free or shared-cost number (0800:
 * no source says it answers calls from abroad) have no international form here.
 */
const DIALLED_FROM_ABROAD = new Set(['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** As dialled from abroad, "+381 11 785 0000", for a number that can be; undefined for any other. */
export function formatInternational(number: string): string | undefined {
  const parsed = parsePhoneNumberFromString(number);
  if (!number.startsWith('+') || !parsed || !DIALLED_FROM_ABROAD.has(parsed.getType() ?? '')) return undefined;
  const [country, code, ...rest] = parsed.formatInternational().split(' ');
  return `${country} ${code} ${group(rest.join(''))}`;
}

export const telHref = (number: string): string => `tel:${number}`;
