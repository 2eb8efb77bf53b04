/**
 * A maintainer who breaks an entry learns, in plain words, which file, which line, which field, what
 * was found and what is expected. Each bad fixture overlays one broken file on a valid register.
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { checkContent } from '../src/checks/content.ts';
import { formatProblem, sortProblems } from '../src/checks/problem.ts';
import contentCheck from '../src/integrations/content-check.ts';
import { badFixtureNames, expectedReport, fixtureRoot } from './helpers/fixtures.ts';

const BAD_FIXTURES = await badFixtureNames();

const report = async (name?: string) => {
  const { problems } = await checkContent(await fixtureRoot(name));
  return sortProblems(problems).map(formatProblem).join('\n');
};

describe('content checks', () => {
  it('pass a valid register', async () => {
    expect(await report()).toBe('');
  });

  describe.each(BAD_FIXTURES)('the bad fixture "%s"', (name) => {
    it('is reported with its file, field and advice', async () => {
      expect(await report(name)).toBe(await expectedReport(name));
    });
  });

  it('report every problem of a run at once, not only the first', async () => {
    const root = await fixtureRoot();
    const { cp } = await import('node:fs/promises');
    for (const name of ['wrong-phone-format', 'dangling-provider', 'summary-too-long']) {
      await cp(new URL(`./fixtures/bad/${name}/content/`, import.meta.url), `${root}/content/`, { recursive: true });
    }
    const { problems } = await checkContent(root);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['phones[0].number', 'provider', 'summary']));
  });
});

describe('the build', () => {
  const setup = async (root: string, command: 'build' | 'dev') => {
    const logged: string[] = [];
    const hook = contentCheck().hooks['astro:config:setup']!;
    const logger = { error: (m: string) => logged.push(m) };
    await (hook as (o: unknown) => Promise<void>)({ config: { root: pathToFileURL(`${root}/`) }, command, logger });
    return logged;
  };

  it('stops on a broken entry, with the whole report as its error', async () => {
    const root = await fixtureRoot('wrong-phone-format');
    await expect(setup(root, 'build')).rejects.toThrow(/content\/providers\/example-org\.yaml:8\n\s+phones\[0\]\.number: found "011 785 0000"/);
  });

  it('refuses MDX that holds code before Astro compiles any MDX (at config setup), naming file, line and rule', async () => {
    const root = await fixtureRoot('mdx-import');
    await expect(setup(root, 'build')).rejects.toThrow(/content\/text\/en\/services\/example-service\.mdx:8\n\s+text: found "import Evil[^\n]*rule "no-import-export"/);
  });

  it('goes on for a valid register', async () => {
    // The fixture has no UI dictionaries of its own: check the content only, against the project's.
    const root = await fixtureRoot();
    const { cp } = await import('node:fs/promises');
    await cp(new URL('../src/i18n/ui/', import.meta.url), `${root}/src/i18n/ui/`, { recursive: true });
    await expect(setup(root, 'build')).resolves.toEqual([]);
  });

  it('keeps the dev server running and prints the report', async () => {
    const root = await fixtureRoot('dangling-parent');
    const logged = await setup(root, 'dev');
    expect(logged.join('\n')).toContain('content/providers/example-shelter.yaml:1\n  parent: found "astra"');
  });
});
