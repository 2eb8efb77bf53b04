/**
 * Corrections and freshness as a maintainer and a reader meet them: every entry page links to the
 * edit page of the very files that hold its facts and its text, and to a prefilled report; stale
 * entries are marked and listed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LOCALES } from '../src/i18n/locales.ts';
import { readRegister } from '../src/model/disk.ts';
import { isStale, today } from '../src/model/freshness.ts';
import { site } from '../src/site.ts';
import { fixtureRoot } from './helpers/fixtures.ts';
import { assertBuilt, page, ROOT } from './helpers/site.ts';

const register = await readRegister(ROOT);
const { url: repo, branch } = site.repository;
const repoFile = (href: string) => {
  const match = href.match(new RegExp(`^${repo}/(?:edit|new)/${branch}/([^?]+)(?:\\?filename=(.+))?$`));
  return match ? join(match[1]!, match[2] ?? '') : undefined;
};

describe('every entry page', () => {
  const entries = [...register.providers.map((e) => ({ e, route: `providers/${e.id}/` })), ...register.services.map((e) => ({ e, route: `services/${e.id}/` }))];

  it('links "suggest a correction" to the edit page of the file holding its facts, in every language', () => {
    assertBuilt();
    const wrong: string[] = [];
    for (const { e, route } of entries) {
      for (const l of LOCALES) {
        const links = page(`/${l.path}/${route}`).querySelectorAll('.corrections a').map((a) => a.getAttribute('href') ?? '');
        const [facts, text, report] = links;
        if (facts !== `${repo}/edit/${branch}/${e.file}`) wrong.push(`/${l.path}/${route}: facts link ${facts}`);
        const textPath = text && repoFile(text);
        // The text link edits the file the page's text comes from, or creates the missing translation.
        if (!textPath || (text!.includes('/edit/') && !existsSync(join(ROOT, textPath)))) wrong.push(`/${l.path}/${route}: text link ${text}`);
        if (text?.includes('/new/') && !textPath?.startsWith(`content/text/${l.tag}/`)) wrong.push(`/${l.path}/${route}: new text in the wrong folder ${text}`);
        const issue = report ? new URL(report) : undefined;
        const name = page(`/${l.path}/${route}`).querySelector('h1')!.textContent.trim();
        if (!issue || issue.pathname !== new URL(`${repo}/issues/new`).pathname || !issue.searchParams.get('title')?.includes(name) || !issue.searchParams.get('body')?.includes(`/${l.path}/${route}`)) {
          wrong.push(`/${l.path}/${route}: report link ${report}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows when its facts were last verified, and is marked when that was over 12 months ago', () => {
    const wrong: string[] = [];
    for (const { e, route } of entries) {
      const html = page(`/sr/${route}`);
      if (!html.querySelector('.last-verified')) wrong.push(`${route}: no last-verified line`);
      if (Boolean(html.querySelector('[data-stale]')) !== isStale(e, today())) wrong.push(`${route}: stale mark does not match ${e.facts.lastVerified.date}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('npm run report:stale', () => {
  const run = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/report-stale.ts'), '--root', root, ...args], { encoding: 'utf8', cwd: ROOT });

  it('lists an entry verified more than 12 months ago, with its file, and not one verified since', async () => {
    const root = await fixtureRoot();
    // The fixture's entries were verified on 2026-11-23.
    const before = run(root, '--today', '2027-11-23');
    expect(before.status).toBe(0);
    expect(before.stdout).toContain(': 0 of 3');
    const after = run(root, '--today', '2027-11-24');
    expect(after.stdout).toContain(': 3 of 3');
    expect(after.stdout).toContain('- content/providers/example-org.yaml: last verified 2026-11-23 (published-sources); ');
    expect(after.stdout).toMatch(/example-org\.yaml[^\n]*1 contact fact\(s\) await confirmation/);
  });

  it('takes another limit in months', async () => {
    const root = await fixtureRoot();
    expect(run(root, '--today', '2027-06-01', '--months', '6').stdout).toContain(': 3 of 3');
  });
});
