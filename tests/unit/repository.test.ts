/** What a contributor meets in the repository: workflows that are safe for forks, guides in both languages. */
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/site.ts';

const workflows = async () => {
  const dir = join(ROOT, '.github/workflows');
  return Promise.all((await readdir(dir)).map(async (f) => ({ file: f, text: await readFile(join(dir, f), 'utf8') })));
};

describe('the repository', () => {
  it("tests every pull request with the README's test command, never with pull_request_target", async () => {
    const all = await workflows();
    expect(all.filter((w) => 'pull_request_target' in (parse(w.text).on ?? {})).map((w) => w.file)).toEqual([]);
    const test = all.map((w) => ({ ...w, yaml: parse(w.text) })).find((w) => 'pull_request' in (w.yaml.on ?? {}));
    expect(test, 'a workflow on pull_request').toBeDefined();
    expect(test!.text).toContain('./.ci/run');
    expect(await readFile(join(ROOT, '.ci/run'), 'utf8')).toMatch(/\nnpm test\n/);
    expect(await readFile(join(ROOT, 'README.md'), 'utf8')).toContain('npm install && npm test');
  });

  it('checks links to other sites on a schedule', async () => {
    const scheduled = (await workflows()).map((w) => parse(w.text)).filter((y) => y.on?.schedule);
    expect(JSON.stringify(scheduled)).toContain('links:external');
  });

  it('has a contributing guide in Serbian and English, each linking the other, and a pull request template', async () => {
    const en = await readFile(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const sr = await readFile(join(ROOT, 'CONTRIBUTING.sr.md'), 'utf8');
    expect(en).toContain('(CONTRIBUTING.sr.md)');
    expect(sr).toContain('(CONTRIBUTING.md)');
    expect(sr).toMatch(/[а-шА-Ш]{20,}|Исправка броја телефона/);
    expect((await readFile(join(ROOT, '.github/pull_request_template.md'), 'utf8')).length).toBeGreaterThan(200);
  });
});
