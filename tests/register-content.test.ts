/** The register's own content: every check passes, and the rules that protect people hold. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/checks/content.ts';
import { formatProblems } from '../src/checks/problem.ts';
import { buildRegister, contactsOf } from '../src/model/register.ts';
import { ROOT } from './helpers/site.ts';

const { problems, input } = await checkContent(ROOT);

describe('the register\'s content', () => {
  it('passes every check: schemas, references, texts in the source language', () => {
    expect(problems.length, formatProblems(problems)).toBe(0);
  });

  it('covers every sector, and names a source for every contact fact', () => {
    const register = buildRegister(input);
    expect(register.bySector.map((g) => g.sector).sort()).toEqual(
      ['courts', 'employment', 'health', 'local-government', 'ngo', 'police', 'prosecution', 'social-protection', 'specialised-centre'],
    );
    const contactSources = register.providers.flatMap((p) => [...p.facts.phones, ...p.facts.emails, ...p.facts.websites].map((c) => register.sources.get(c.source)!));
    expect(contactSources.every((s) => s.file === 'contact-facts.md')).toBe(true);
  });

  it('publishes no address for any confidential place or its units', () => {
    const register = buildRegister(input);
    const confidential = register.providers.filter((p) => p.confidential);
    expect(confidential.map((p) => p.id).sort()).toEqual(['atina-temporary-house', 'centre-shelter', 'police-foreigners-shelter']);
    expect(confidential.filter((p) => p.facts.address || contactsOf(p).address)).toEqual([]);
  });

  it('has the Centres for Social Work with every service the sources list', () => {
    const register = buildRegister(input);
    const services = register.provider('csw').services;
    const ids = services.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['csw-information', 'csw-urgent-intervention', 'csw-assessment-and-plan']));
    // six kinds of material support, four groups of community services
    expect(services.filter((s) => s.facts.categories.includes('money-and-material-support'))).toHaveLength(6);
    expect(services.filter((s) => s.facts.alsoAt.includes('csw-development-centre'))).toHaveLength(4);
    expect(ids).toHaveLength(3 + 6 + 4);
  });
});
