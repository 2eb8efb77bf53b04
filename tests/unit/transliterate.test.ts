/** The Latin edition is the Cyrillic one, transliterated: readers must not see a wrong letter. */
import { describe, expect, it } from 'vitest';
import { htmlToLatin, toLatin } from '../../src/i18n/transliterate.ts';

describe('Serbian Cyrillic to Latin', () => {
  it.each([
    ['Љубав', 'Ljubav'],
    ['ЉУБАВ', 'LJUBAV'],
    ['Његош', 'Njegoš'],
    ['ЊЕГОШ', 'NJEGOŠ'],
    ['Џеп', 'Džep'],
    ['ЏЕП', 'DŽEP'],
    ['ПОЉЕ', 'POLJE'],
    ['КОЊ', 'KONJ'],
    ['Љ', 'Lj'],
    ['Ђорђе Ћосић', 'Đorđe Ćosić'],
    ['ђ ж ч ћ ш џ љ њ', 'đ ž č ć š dž lj nj'],
    ['Центар за социјални рад', 'Centar za socijalni rad'],
    ['СОС линија АСТРЕ', 'SOS linija ASTRE'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });

  it('leaves Latin text, digits and punctuation as they are', () => {
    expect(toLatin('ASTRA, 011 785 0000 (24/7) — ok')).toBe('ASTRA, 011 785 0000 (24/7) — ok');
    expect(toLatin('Мешано: ATINA и АТИНА.')).toBe('Mešano: ATINA i ATINA.');
  });

  it('leaves web and e-mail addresses, code and placeholders untouched', () => {
    expect(toLatin('Пишите на центар@пример.срб или https://пример.срб/пут')).toBe(
      'Pišite na центар@пример.срб ili https://пример.срб/пут',
    );
    expect(toLatin('види www.пример.срб/ћ')).toBe('vidi www.пример.срб/ћ');
    expect(toLatin('команда `ћ -ш` и {date} дана')).toBe('komanda `ћ -ш` i {date} dana');
  });

  it('transliterates the text of HTML and the words of its attributes, but not its tags, addresses or code', () => {
    const html =
      '<p title="ћ">Здраво <a href="https://x.rs/ш">линк</a> <code>ш</code> <pre>ж<code>ж</code>ж</pre> крај</p>';
    expect(htmlToLatin(html)).toBe(
      '<p title="ć">Zdravo <a href="https://x.rs/ш">link</a> <code>ш</code> <pre>ж<code>ж</code>ж</pre> kraj</p>',
    );
  });
});

describe('words the Latin edition must not break', () => {
  it.each([
    ['<p>Љ<b>УБАВ</b></p>', '<p>LJ<b>UBAV</b></p>'],
    ['<p>КО<em>Њ</em></p>', '<p>KO<em>NJ</em></p>'],
    ['<p>Љ<b>убав</b></p>', '<p>Lj<b>ubav</b></p>'],
    ['<p>Љ</p><p>УБАВ</p>', '<p>Lj</p><p>UBAV</p>'],
    ['<a href="/sr/помоћ/" title="Помоћ">Помоћ</a>', '<a href="/sr/помоћ/" title="Pomoć">Pomoć</a>'],
  ])('reads a word across markup: %s', (html, latin) => {
    expect(htmlToLatin(html)).toBe(latin);
  });

  it('reads a word across a soft hyphen or a zero-width space', () => {
    expect(toLatin('Љ\u00adУБАВ')).toBe('LJ\u00adUBAV');
    expect(toLatin('ЊЕ\u200bГОШ')).toBe('NJE\u200bGOŠ');
  });

  it('still transliterates a label glued to an e-mail or a web address', () => {
    expect(toLatin('Е-пошта:info@astra.rs')).toBe('E-pošta:info@astra.rs');
    expect(toLatin('info@astra.rs—радно време')).toBe('info@astra.rs—radno vreme');
    expect(toLatin('https://astra.rs/помоћ—радно')).toBe('https://astra.rs/помоћ—radno');
  });

  it.each([
    ['ЂОРЂЕ', 'ĐORĐE'],
    ['Д.Џ.', 'D.Dž.'],
    ['ЉУБАВ2', 'LJUBAV2'],
    ['КОЊ.', 'KONJ.'],
  ])('keeps %s as %s', (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });
});
