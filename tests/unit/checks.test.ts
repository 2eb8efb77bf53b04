/**
 * A maintainer who breaks an entry learns, in plain words, which file, which line, which field, what
 * was found and what is expected. Each bad fixture overlays one broken file on the fixture register.
 */
import { cp } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content.ts';
import { glossaryMatchers, glossaryProblems } from '../../src/checks/glossary.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { ContentError, formatProblem, sortProblems } from '../../src/checks/problem.ts';
import register from '../../src/integrations/register.ts';
import { loadRegister } from '../../src/model/load.ts';
import { badFixtureNames, expectedReport, FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site.ts';

const BAD_FIXTURES = await badFixtureNames();

const report = async (name?: string) => {
  const { problems } = await checkContent(await fixtureRoot(name));
  return sortProblems(problems).map(formatProblem).join('\n');
};

describe('content checks', () => {
  it('pass the fixture register', async () => {
    expect(await report()).toBe('');
  });

  describe.each(BAD_FIXTURES)('the bad fixture "%s"', (name) => {
    it('is reported with its file, line, field and advice', async () => {
      expect(await report(name)).toBe(await expectedReport(name));
    });
  });

  it('accept an avoided word inside a name the glossary allows ("Hitna pomoć"), and nowhere else', () => {
    const term = glossaryTermSchema.parse({
      concept: 'help',
      use: 'žutipe',
      avoid: ['pomoć*'],
      allow: ['Hitna pomoć'],
    });
    const found = (text: string) =>
      glossaryProblems('f.mdx', text, glossaryMatchers([term]), 'g.yaml').map((p) => p.found);
    expect(found('Akhar e Hitna pomoć (sastipasko žutipe) pe 194.')).toEqual([]);
    expect(found('Del tuke pomoć, thaj e Hitna pomoć.')).toEqual(['pomoć']);
  });

  it('report every problem of a run at once, not only the first', async () => {
    const root = await fixtureRoot();
    for (const name of ['wrong-phone-format', 'dangling-provider', 'summary-too-long', 'claim-source-not-listed']) {
      await cp(`${FIXTURES}/bad/${name}/content/`, `${root}/content/`, { recursive: true });
    }
    const { problems } = await checkContent(root);
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['phones[0].number', 'provider', 'summary', 'statedIn.ages']),
    );
  });
});

describe('the build', () => {
  /** Runs the register's first build step with the content root at `root`. */
  const setup = async (root: string, command: 'build' | 'dev') => {
    const logged: string[] = [];
    const hook = register().hooks['astro:config:setup']!;
    const before = process.env.REGISTER_ROOT;
    process.env.REGISTER_ROOT = root;
    try {
      await (hook as (o: unknown) => Promise<void>)({
        command,
        logger: { error: (m: string) => logged.push(m), info: () => undefined },
        updateConfig: () => undefined,
      });
    } finally {
      process.env.REGISTER_ROOT = before;
    }
    return logged;
  };

  it('stops on a broken entry, with the whole report as its error', async () => {
    await expect(setup(await fixtureRoot('wrong-phone-format'), 'build')).rejects.toThrow(
      /content\/providers\/example-org\.yaml:\d+\n\s+phones\[0\]\.number: found "011 785 0000"/,
    );
  });

  it('refuses MDX that holds code before anything compiles it, naming file, line and rule', async () => {
    await expect(setup(await fixtureRoot('mdx-import'), 'build')).rejects.toThrow(
      /content\/text\/en\/services\/example-service\.mdx:\d+\n\s+text: found "import Evil[^\n]*rule "no-import-export"/,
    );
  });

  it('goes on for a valid register', async () => {
    await expect(setup(await fixtureRoot(), 'build')).resolves.toEqual([]);
  });

  it('keeps the dev server running and prints the report', async () => {
    const logged = await setup(await fixtureRoot('dangling-parent'), 'dev');
    expect(logged.join('\n')).toContain('content/providers/example-shelter.yaml:1\n  parent: found "astra"');
  });

  it('reads and checks the content once: every later step gets the same register', async () => {
    const roots = { content: await fixtureRoot(), project: ROOT };
    const first = await loadRegister(roots);
    expect(await loadRegister(roots)).toBe(first);
  });

  it('never builds a register from content that fails a check', async () => {
    await expect(
      loadRegister({ content: await fixtureRoot('dangling-provider'), project: ROOT }),
    ).rejects.toBeInstanceOf(ContentError);
  });
});
