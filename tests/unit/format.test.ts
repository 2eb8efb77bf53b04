/** Numbers people dial and dates people read, in the form each language writes them. */
import { describe, expect, it } from 'vitest';
import { formatInternational, formatNational, telHref } from '../../src/i18n/phone.ts';
import { formatDate, formatFileSize, formatNumber } from '../../src/i18n/format.ts';

describe('phone numbers', () => {
  it.each([
    ['+381117850000', '011 785 0000', '+381 11 785 0000'],
    ['+38163610590', '063 610 590', '+381 63 610 590'],
    ['+381616384071', '061 638 4071', '+381 61 638 4071'],
    // A four-digit area code (Kikinda, 0230), which libphonenumber knows.
    ['+381230441234', '0230 441 234', '+381 230 441 234'],
  ])('%s is dialled in Serbia as %s and from abroad as %s', (e164, national, international) => {
    expect(formatNational(e164)).toBe(national);
    expect(formatInternational(e164)).toBe(international);
  });

  it.each([
    // A free 0800 number: no source says it answers calls from abroad.
    ['+381800100388', '0800 100 388'],
    // A European harmonised number: dialled abroad, 116 000 reaches that country's own line.
    ['116000', '116 000'],
    ['192', '192'],
  ])('%s is dialled in Serbia as %s, and is given no form to dial from abroad', (number, national) => {
    expect(formatNational(number)).toBe(national);
    expect(formatInternational(number)).toBeUndefined();
  });

  it('calls the stored number, whatever the display', () => {
    expect(telHref('+381117850000')).toBe('tel:+381117850000');
  });
});

describe('dates', () => {
  it("are written in Serbian in the page's script, the month in the genitive after its day", () => {
    expect(formatDate('2026-11-23', 'sr-Cyrl')).toBe('23. новембра 2026.');
    expect(formatDate('2026-11-23', 'sr-Latn')).toBe('23. novembra 2026.');
    expect(formatDate('2017-02-01', 'sr-Cyrl')).toBe('1. фебруара 2017.');
    expect(formatDate('2026-08-05', 'sr-Latn')).toBe('5. avgusta 2026.');
    // Without its day, the month stays in the nominative: „фебруар 2002.“
    expect(formatDate('2002-02', 'sr-Cyrl')).toBe('фебруар 2002.');
    expect(formatDate('2002-02', 'sr-Latn')).toBe('februar 2002.');
  });

  it('are written in figures in Romani, which has no CLDR data, never with English month names', () => {
    expect(formatDate('2026-11-23', 'rom')).toBe('23.11.2026');
    expect(formatDate('2002-02', 'rom')).toBe('02.2002');
    expect(formatDate('2021', 'rom')).toBe('2021');
  });

  it('are written in Albanian', () => {
    expect(formatDate('2026-11-23', 'sq')).toBe('23 nëntor 2026');
  });

  it('are written in English', () => {
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
    expect(formatDate('2021', 'en')).toBe('2021');
  });
});

describe('numbers and file sizes', () => {
  it("use each language's decimal sign, Romani that of Serbian Latin", () => {
    expect(formatFileSize(1.5 * 1024 * 1024, 'sr-Cyrl')).toBe('1,5 MB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'rom')).toBe('1,5 MB');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });

  it('follow the profile of a language added without code (the fixture language)', () => {
    expect(formatDate('2026-11-23', 'hr')).toBe('23. studenoga 2026.');
  });
});
