/**
 * Phone numbers are stored in E.164 and shown the way people dial them. Serbian numbers are
 * grouped as they are printed in Serbia: the trunk 0, the area or mobile code, then the number
 * in groups ("011 785 0000", "063 610 590", "0800 100 388").
 */

const SERBIA = '+381';

/** Area codes that have three digits among those the register uses; others have two. */
const THREE_DIGIT_CODES = ['800'];

function splitSerbian(national: string): [string, string] {
  const code = THREE_DIGIT_CODES.find((c) => national.startsWith(c)) ?? national.slice(0, 2);
  return [code, national.slice(code.length)];
}

function group(subscriber: string): string {
  if (subscriber.length <= 4) return subscriber;
  if (subscriber.length <= 6) return `${subscriber.slice(0, 3)} ${subscriber.slice(3)}`;
  return `${subscriber.slice(0, -4)} ${subscriber.slice(-4)}`;
}

/** As dialled inside Serbia: "011 785 0000", "116 000". Other countries' numbers stay international. */
export function formatNational(e164: string): string {
  if (!e164.startsWith('+')) return group(e164);
  if (!e164.startsWith(SERBIA)) return formatInternational(e164);
  const [code, subscriber] = splitSerbian(e164.slice(SERBIA.length));
  return `0${code} ${group(subscriber)}`;
}

/** As dialled from abroad: "+381 11 785 0000". */
export function formatInternational(e164: string): string {
  if (!e164.startsWith(SERBIA)) return e164.startsWith('+') ? e164 : group(e164);
  const [code, subscriber] = splitSerbian(e164.slice(SERBIA.length));
  return `${SERBIA} ${code} ${group(subscriber)}`;
}

export function telHref(number: string): string {
  return `tel:${number}`;
}
