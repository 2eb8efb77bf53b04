/** The Latin edition is the Cyrillic one, transliterated: readers must not see a wrong letter. */
import { describe, expect, it } from 'vitest';
import { htmlToLatin, toLatin } from '../src/i18n/transliterate.ts';

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
    expect(toLatin('Пишите на центар@пример.срб или https://пример.срб/пут')).toBe('Pišite na центар@пример.срб ili https://пример.срб/пут');
    expect(toLatin('види www.пример.срб/ћ')).toBe('vidi www.пример.срб/ћ');
    expect(toLatin('команда `ћ -ш` и {date} дана')).toBe('komanda `ћ -ш` i {date} dana');
  });

  it('transliterates the text of HTML but not its tags, attributes or code', () => {
    const html = '<p title="ћ">Здраво <a href="https://x.rs/ш">линк</a> <code>ш</code> <pre>ж<code>ж</code>ж</pre> крај</p>';
    expect(htmlToLatin(html)).toBe('<p title="ћ">Zdravo <a href="https://x.rs/ш">link</a> <code>ш</code> <pre>ж<code>ж</code>ж</pre> kraj</p>');
  });
});
