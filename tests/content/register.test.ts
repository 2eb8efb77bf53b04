/**
 * The register's own content, without a build: every check passes, and the rules that protect
 * people hold. Invariants only: no test here names a count of entries or a particular number, so
 * a correction to the content never needs a change to the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/checks/run.ts';
import { formatProblems } from '../../src/checks/problem.ts';
import { buildRegister, contactsOf } from '../../src/model/register.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { pageContext } from '../../src/view/context.ts';
import { searchRecords } from '../../src/search/records.ts';
import { ROOT } from '../helpers/site.ts';

const { problems, input } = await checkRegister({ content: ROOT, project: ROOT });
const register = buildRegister(input);

describe("the register's content", () => {
  it('passes every check: schemas, sources of every claim, references, texts, glossaries, dictionaries', () => {
    expect(problems.length, formatProblems(problems)).toBe(0);
  });

  it('takes every contact fact from the compilation of published contacts, with its publication', () => {
    const entries = [...register.providers, ...register.services];
    const contacts = entries.flatMap((e) => [
      ...e.facts.phones,
      ...e.facts.emails,
      ...e.facts.websites,
      ...('address' in e.facts && e.facts.address ? [e.facts.address] : []),
    ]);
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts.filter((c) => register.sources.get(c.source)?.file !== 'contact-facts.md')).toEqual([]);
  });

  it('publishes no address for any confidential place or its units, in any language', () => {
    const confidential = register.providers.filter((p) => p.confidential);
    expect(confidential.length).toBeGreaterThan(0);
    expect(confidential.filter((p) => p.facts.address || contactsOf(p).address).map((p) => p.id)).toEqual([]);
    const streets = register.providers.flatMap((p) => (p.facts.address ? [p.facts.address.street] : []));
    for (const { tag } of LOCALES) {
      const ctx = pageContext({ locale: tag, register });
      for (const place of confidential)
        expect(ctx.view(place).contacts.address, `${place.id} in ${tag}`).toBeUndefined();
      const index = JSON.stringify(searchRecords(ctx));
      expect(
        streets.filter((s) => index.includes(ctx.inScript(s))),
        `search records in ${tag}`,
      ).toEqual([]);
    }
  });

  it('gives every home page a hotline the sources show running, with a number to call', () => {
    const hotline = register.service(register.settings.hotline);
    expect(hotline.facts.status).toBe('active');
    expect(contactsOf(hotline).phones.length).toBeGreaterThan(0);
  });

  it('never shows 112 as a working number', () => {
    expect(register.emergencyNumbers.map((n) => n.number)).not.toContain('112');
  });
});
