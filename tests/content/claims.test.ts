/**
 * What the register's own pages claim, without a build: every fact, badge and eligibility item
 * names a source that states it (the claims ledger); an age is worded one way, as its source words
 * it, in every text and label; the day facts were checked is never older than the day they last
 * changed. Invariants only.
 */
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/checks/run.ts';
import { gitHistory } from '../../src/content/history.ts';
import { translator } from '../../src/i18n/dictionaries.ts';
import { LOCALES, WRITTEN_LOCALES } from '../../src/i18n/locales.ts';
import { buildRegister, type Service } from '../../src/model/register.ts';
import { pageContext } from '../../src/view/context.ts';
import { unsourcedClaims } from '../../src/view/facts.ts';
import { ROOT } from '../helpers/site.ts';

const { input } = await checkRegister({ content: ROOT, project: ROOT });
const register = buildRegister(input, gitHistory(ROOT));
const entries = [...register.providers, ...register.services];

describe("the register's claims", () => {
  it.each(LOCALES.map((l) => l.tag))('name a source for everything an entry shows in %s', (locale) => {
    const ctx = pageContext({ locale, register });
    const unsourced = entries.flatMap((entry) =>
      unsourcedClaims(ctx.view(entry)).map((field) => `${entry.file}: ${field}`),
    );
    expect(unsourced).toEqual([]);
  });

  it('say the help is free, never that a call is free, unless a source says what the call costs', () => {
    const ctx = pageContext({ locale: 'en', register });
    const hotline = ctx.view(register.service(register.settings.hotline));
    expect(hotline.call?.callCost, 'the hotline says what its call costs').toBeDefined();
    const unsourcedCallCosts = entries.flatMap((e) =>
      e.facts.phones.filter((p) => p.callCost && !e.facts.sources.includes(p.callCost.source)),
    );
    expect(unsourcedCallCosts).toEqual([]);
  });
});

/**
 * The two ways sources word an age, per written language: "over 16" (the age itself not said) and
 * "16 and over". Each pattern takes the age.
 */
const WORDINGS: Record<string, { over: (n: number) => RegExp; from: (n: number) => RegExp }> = {
  'sr-Cyrl': {
    over: (n) => new RegExp(`(стариј\\p{L}*|више|преко)\\s+(од\\s+)?${n}(?!\\d)`, 'iu'),
    from: (n) =>
      new RegExp(
        `((?<!(стариј\\p{L}*|више)\\s)од\\s+${n}(?!\\d)|${n}\\s+(година\\s+)?(и|или)\\s+више|најмање\\s+${n})`,
        'iu',
      ),
  },
  en: {
    over: (n) => new RegExp(`\\b(over|older than|above)\\s+(the age of\\s+)?${n}\\b`, 'i'),
    from: (n) =>
      new RegExp(`\\b(${n}\\s+(or|and)\\s+(over|older|above)|at least\\s+${n}|from\\s+(the age of\\s+)?${n})\\b`, 'i'),
  },
  sq: {
    over: (n) => new RegExp(`mbi\\s+${n}(?!\\d)`, 'iu'),
    from: (n) => new RegExp(`(${n}\\s+vjeç\\s+e\\s+(lart|sipër)|të\\s+paktën\\s+${n}|nga\\s+${n}\\s+vjeç)`, 'iu'),
  },
  rom: {
    over: (n) => new RegExp(`phureder\\s+katar\\s+${n}(?!\\d)`, 'iu'),
    from: (n) => new RegExp(`(${n}\\s+(vaj|thaj)\\s+majbut|${n}\\s+berša\\s+thaj\\s+buteder)`, 'iu'),
  },
};

/** How a service's youngest age is worded by its source, and the age. */
function ageOf(service: Service): { wording: 'over' | 'from'; age: number } | undefined {
  const { minAge, olderThan } = service.facts.eligibility;
  if (olderThan !== undefined) return { wording: 'over', age: olderThan };
  return minAge === undefined ? undefined : { wording: 'from', age: minAge };
}

describe('ages', () => {
  const withAges = register.services.flatMap((s) => {
    const age = ageOf(s);
    return age ? [{ service: s, ...age }] : [];
  });

  it('have a pattern for each written language, which tells the two wordings apart in its own labels', () => {
    expect(Object.keys(WORDINGS).sort()).toEqual([...WRITTEN_LOCALES].sort());
    for (const locale of WRITTEN_LOCALES) {
      const t = translator(locale);
      const { over, from } = WORDINGS[locale]!;
      expect(t('eligibility.ageOver', { min: 16 }), locale).toMatch(over(16));
      expect(t('eligibility.ageOver', { min: 16 }), locale).not.toMatch(from(16));
      expect(t('eligibility.ageFrom', { min: 15 }), locale).toMatch(from(15));
      expect(t('eligibility.ageFrom', { min: 15 }), locale).not.toMatch(over(15));
    }
  });

  it('are worded in every text and label as their source words them, never the other way', () => {
    expect(withAges.length).toBeGreaterThan(0);
    const mixed = withAges.flatMap(({ service, wording, age }) =>
      WRITTEN_LOCALES.flatMap((locale) => {
        const text = service.texts.byLocale.get(locale);
        if (!text) return [];
        const other = WORDINGS[locale]![wording === 'over' ? 'from' : 'over'](age);
        const { summary, whoCanGet, howToGet } = text.data;
        const found = [summary, whoCanGet, howToGet, text.body].find((part) => part && other.test(part));
        return found ? [`${text.file}: "${found.match(other)![0]}" where its source says ${wording} ${age}`] : [];
      }),
    );
    expect(mixed).toEqual([]);
  });
});

describe('dates', () => {
  // A shallow clone has no history to compare with: the test says so by being skipped.
  it.skipIf(register.history.size === 0)(
    "never say the facts were checked before they last changed (needs the repository's history)",
    () => {
      const older = entries.filter((e) => e.changed && e.facts.lastVerified.date < e.changed);
      expect(
        older.map(
          (e) =>
            `${e.file}: checked ${e.facts.lastVerified.date}, changed ${e.changed}: set lastVerified.date to the day you checked it`,
        ),
      ).toEqual([]);
    },
  );
});
