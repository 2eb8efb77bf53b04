/**
 * What a reviewer sees of a pull request that touches a contact, and the most common correction
 * made from the command line: each in a temporary git repository holding a copy of the fixture
 * register, committed, then changed as a contributor would change it.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site.ts';

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result;
}

/** A git repository holding the fixture register, committed. */
async function repository(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'register-review-'));
  await cp(join(FIXTURES, 'register'), dir, { recursive: true });
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '.'],
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'Fixture'],
  ]) {
    expect(run('git', args, dir).status).toBe(0);
  }
  return dir;
}

async function edit(dir: string, file: string, from: string, to: string) {
  const text = await readFile(join(dir, file), 'utf8');
  expect(text).toContain(from);
  await writeFile(join(dir, file), text.replace(from, to));
}

/** `npm run <script> -- …args` on the repository, from the project (its languages, its schemas). */
const script = (name: string, args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, [join(ROOT, 'scripts', `${name}.ts`), ...args], ROOT, env);

/** The lines `git diff` shows removed and added. */
function diffLines(dir: string) {
  const diff = run('git', ['diff', '-U0', '--no-color'], dir).stdout.split('\n');
  return {
    files: diff.filter((l) => l.startsWith('+++ ')).map((l) => l.slice(6)),
    removed: diff.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
    added: diff.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
  };
}

describe('the contact-change report', () => {
  it('shows a changed phone with before, after, entry and source, marks the home page loudly, and refuses the unchanged source', async () => {
    const dir = await repository();
    await edit(dir, 'content/providers/example-org.yaml', '"+381117850000"', '"+381117850001"');
    const report = script('report-contacts', ['HEAD', '--root', dir]);
    expect(report.status, report.stderr).toBe(1);
    const row = report.stdout.split('\n').find((l) => l.includes('example-org'))!;
    expect(row).toContain('🚨 **HOME PAGE**');
    expect(row).toContain('🚨 **HELP NOW**');
    expect(row).toContain('changed phone number (phones[0])');
    expect(row).toContain('`+381117850000` (011 785 0000)');
    expect(row).toContain('`+381117850001` (011 785 0001)');
    expect(row).toContain('`contact-page`');
    expect(report.stdout).toContain(
      'content/providers/example-org.yaml:15\n  phones[0].source: found "contact-page"; the phone number changed (from "+381117850000" to "+381117850001") but its source did not: name the publication',
    );
    expect(report.stdout).toContain(
      'name the publication where the new phone number appears. Add it to content/sources.yaml if it is not there yet, and write its id in "source:"',
    );
  });

  it('passes a changed contact that names a new source, and lists added and removed ones', async () => {
    const dir = await repository();
    await edit(
      dir,
      'content/providers/example-org.yaml',
      '"+381117850000"\n    kind: hotline\n    callCost:\n      cost: ordinary\n      source: contact-page\n    source: contact-page',
      '"+381117850001"\n    kind: hotline\n    callCost:\n      cost: ordinary\n      source: brochure\n    source: brochure',
    );
    await edit(
      dir,
      'content/providers/example-org.yaml',
      'emails:\n  - address: office@example.org\n    source: contact-page\n',
      '',
    );
    await edit(dir, 'content/services/example-right.yaml', '    closes: "15:30"', '    closes: "16:00"');
    await edit(dir, 'content/services/example-right.yaml', '    source: office-page\n', '    source: brochure\n');
    await edit(
      dir,
      'content/services/example-right.yaml',
      'sources: [office-page]',
      'sources: [office-page, brochure]',
    );
    const report = script('report-contacts', ['HEAD', '--root', dir]);
    expect(report.status, report.stdout + report.stderr).toBe(0);
    expect(report.stdout).toContain('3 contact facts added, removed or changed.');
    expect(report.stdout).toMatch(/removed e-mail address \(emails\[0\]\) \| `office@example.org` \| — \|/);
    expect(report.stdout).toMatch(
      /changed opening hours \(hours\[0\]\) \| `Mon Tue Wed Thu Fri 07:30–15:30` \| `Mon Tue Wed Thu Fri 07:30–16:00` \| `office-page` → `brochure` \|/,
    );
    expect(report.stdout).not.toContain('without a new source');
  });

  it('marks a changed emergency number for every home page, and compares the last commit with --head', async () => {
    const dir = await repository();
    await edit(dir, 'content/emergency-numbers.yaml', 'number: "194"', 'number: "195"');
    run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-am', 'Change'], dir);
    const report = script('report-contacts', ['HEAD~1', '--head', '--root', dir]);
    expect(report.status).toBe(1);
    expect(report.stdout).toMatch(
      /🚨 \*\*HOME PAGE\*\* \| `ambulance` \(content\/emergency-numbers.yaml\) \| changed emergency number/,
    );
    expect(report.stdout).toContain('content/emergency-numbers.yaml:');
  });

  it('runs on every pull request, against its base branch, into the run’s summary', async () => {
    const workflow = parse(await readFile(join(ROOT, '.github/workflows/test.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const steps = Object.values(workflow.jobs as Record<string, { steps: { run?: string; shell?: string }[] }>).flatMap(
      (job) => job.steps,
    );
    expect(steps.some((s) => s.run?.includes('git fetch') && s.run.includes('GITHUB_BASE_REF'))).toBe(true);
    const step = steps.find((s) => s.run?.includes('report:contacts'));
    expect(step?.run).toMatch(/report:contacts -- "origin\/\$\{GITHUB_BASE_REF\}" \| tee -a "\$GITHUB_STEP_SUMMARY"/);
    // A failed report fails the step only with pipefail, which GitHub sets for an explicit bash.
    expect(step?.shell).toBe('bash');
  });

  it('says so when no contact changes', async () => {
    const dir = await repository();
    await edit(dir, 'content/providers/example-org.yaml', 'level: national', 'level: national\n');
    const report = script('report-contacts', ['HEAD', '--root', dir]);
    expect(report.status).toBe(0);
    expect(report.stdout).toContain(
      'No phone number, e-mail, web address, street address or opening hours is added, removed or changed.',
    );
  });
});

describe('npm run verify', () => {
  it('updates lastVerified and confirms every contact fact of the entry, changing nothing else', async () => {
    const dir = await repository();
    const result = script('verify', ['example-org', '--how', 'phone', '--by', 'Test NGO', '--root', dir]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'content/providers/example-org.yaml: last verified 2026-12-01 (phone-call, by Test NGO); 4 contact fact(s) confirmed',
    );
    const { files, removed, added } = diffLines(dir);
    expect(files).toEqual(['content/providers/example-org.yaml']);
    expect(removed).toEqual(['  date: 2026-11-23', '  how: published-sources']);
    expect(added).toEqual([
      '    confirmed: 2026-12-01',
      '    confirmed: 2026-12-01',
      '    confirmed: 2026-12-01',
      '  confirmed: 2026-12-01',
      '  date: 2026-12-01',
      '  how: phone-call',
      '  by: Test NGO',
    ]);
    const check = script('check', [], { REGISTER_ROOT: dir });
    expect(check.status, check.stderr).toBe(0);
  });

  it('touches no contact when the check was against published sources, and asks which entry when an id is both', async () => {
    const dir = await repository();
    expect(
      script('verify', [
        'services/example-service',
        '--how',
        'sources',
        '--by',
        'ASTRA',
        '--date',
        '2026-11-30',
        '--root',
        dir,
      ]).status,
    ).toBe(0);
    expect(diffLines(dir).added).toEqual(['  date: 2026-11-30', '  by: ASTRA']);
    const unknown = script('verify', ['example-orgg', '--how', 'phone', '--by', 'ASTRA', '--root', dir]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Did you mean "example-org"?');
  });
});
