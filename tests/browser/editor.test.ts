/**
 * The web editor (docs/editor.md) end to end, in Chromium, as the fixture site serves it under
 * /admin/, in its local mode: the repository it writes to is a temporary git repository holding a
 * copy of the fixture register. Sveltia CMS's local mode reads and writes a folder the person picks
 * through the browser's File System Access API; a test cannot answer the operating system's folder
 * picker (Chromium aborts it under automation), so the picker is the one thing replaced: it returns
 * a folder of the browser's own private file system (the same API, real handles) holding the
 * repository's files, which are copied back to the repository after each save. Everything else is
 * what a person meets: the form, its checks, the save, the file written by the editor's own format.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/checks/content.ts';
import { EDITOR_CSP_DIRECTIVES } from '../../src/config/security.ts';
import { url, withContext } from '../helpers/browser.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { FIXTURE_SITE } from '../../scripts/sites.ts';
import { builtSite, ROOT } from '../helpers/site.ts';

const git = (dir: string, ...args: string[]) =>
  spawnSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    encoding: 'utf8',
  });

/** A git repository holding the fixture register, committed. */
async function repository(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'register-editor-'));
  await cp(join(FIXTURES, 'register'), dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'Fixture');
  return dir;
}

async function filesOf(dir: string): Promise<[string, string][]> {
  const names = (await readdir(join(dir, 'content'), { recursive: true, withFileTypes: true })).filter((e) =>
    e.isFile(),
  );
  return Promise.all(
    names.map(async (e): Promise<[string, string]> => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length + 1), await readFile(path, 'utf8')];
    }),
  );
}

/** The folder the picker returns: the repository's files in the browser's private file system. */
async function openFolder(page: Page, dir: string) {
  await page.evaluate(
    async (files) => {
      const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
      // Sveltia CMS checks that the folder is a repository's root.
      await repo.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of files) {
        const parts = path.split('/');
        let folder = repo;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    await filesOf(dir),
  );
}

/** The folder's files as the editor left them, written back to the repository. */
async function saveFolder(page: Page, dir: string) {
  const files = await page.evaluate(async () => {
    const found: [string, string][] = [];
    const walk = async (folder: FileSystemDirectoryHandle, path: string) => {
      for await (const [name, handle] of (
        folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${path}${name}/`);
        else found.push([`${path}${name}`, await (await (handle as FileSystemFileHandle).getFile()).text()]);
      }
    };
    await walk(
      await (await (await navigator.storage.getDirectory()).getDirectoryHandle('repository')).getDirectoryHandle(
        'content',
      ),
      'content/',
    );
    return found;
  });
  for (const [path, text] of files) {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  expect(files.length).toBe((await filesOf(dir)).length);
}

async function openEntry(page: Page, collection: RegExp, entry: string) {
  await page
    .getByRole('link', { name: collection })
    .or(page.getByRole('option', { name: collection }))
    .or(page.getByText(collection))
    .first()
    .click();
  await page.getByText(entry, { exact: true }).first().click();
}

/** The phone number field of the first phone, once the form has drawn it (it draws fields as they scroll into view). */
async function phoneField(page: Page) {
  const label = page.getByText('Телефони · Phones').first();
  await page.getByText('Последња провера · Last verified').first().waitFor();
  for (let i = 0; i < 30 && (await label.count()) === 0; i++) {
    await page.mouse.move(600, 500);
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(100);
  }
  await label.scrollIntoViewIfNeeded();
  return page.getByRole('textbox', { name: /Phone number/ }).first();
}

interface Watched {
  /** Console errors, page errors and policy violations. */
  problems: string[];
  /** Requests that left for another site. */
  foreign: string[];
}

/** What the editor does that it should not, from the page's first script on. */
async function watch(page: Page): Promise<Watched> {
  const watched: Watched = { problems: [], foreign: [] };
  const origin = new URL(inject('siteUrl')).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') watched.problems.push(m.text());
  });
  page.on('pageerror', (e) => watched.problems.push(e.message));
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin) watched.foreign.push(r.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return watched;
}

interface Session extends Watched {
  page: Page;
}

/** The editor in a new browser context, its folder holding the repository's files. */
async function editorSession<T>(repo: string, use: (session: Session) => Promise<T>): Promise<T> {
  return withContext(
    async (context) => {
      const page = await context.newPage();
      const { problems, foreign } = await watch(page);
      await page.addInitScript(() => {
        // The operating system's folder picker, which automation cannot answer: see the top of this file.
        Object.defineProperty(window, 'showDirectoryPicker', {
          value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repository'),
        });
      });
      const response = await page.goto(url('admin/'));
      expect(response?.headers()['content-security-policy']).toBe(EDITOR_CSP_DIRECTIVES.join('; '));
      await openFolder(page, repo);
      await page.getByRole('button', { name: 'Work with Local Repository' }).click();
      const result = await use({ page, problems, foreign });
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      return result;
    },
    { viewport: { width: 1280, height: 900 }, locale: 'en-US' },
  );
}

/** `npm run check` on the repository. */
function check(repo: string) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], {
    cwd: ROOT,
    env: { ...process.env, REGISTER_ROOT: repo },
    encoding: 'utf8',
  });
}

describe('the web editor', () => {
  it('changes a phone number in exactly one line of the facts file, which the checker passes, and refuses a malformed one in the checker’s words', async () => {
    const repo = await repository();
    await editorSession(repo, async ({ page }) => {
      // A correction: the hotline's provider has a new number.
      await openEntry(page, /^Пружаоци — подаци/, 'example-org');
      const number = await phoneField(page);
      await expect.poll(() => number.inputValue()).toBe('+381117850000');
      await number.fill('+381117850001');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Entry saved').waitFor();
      await saveFolder(page, repo);
      expect(git(repo, 'status', '--porcelain').stdout).toBe(' M content/providers/example-org.yaml\n');
      expect(git(repo, 'diff', '--numstat').stdout).toBe('1\t1\tcontent/providers/example-org.yaml\n');
      expect(git(repo, 'diff', '-U0').stdout).toContain('-  - number: "+381117850000"\n+  - number: "+381117850001"\n');
      const checked = check(repo);
      expect(checked.status, checked.stderr).toBe(0);

      // A mistake: the number as people write it, which the checker refuses.
      const malformed = '011 785 0000';
      const copy = await mkdtemp(join(tmpdir(), 'register-editor-check-'));
      await cp(repo, copy, { recursive: true });
      const file = join(copy, 'content/providers/example-org.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('+381117850001', malformed));
      const said = (await checkContent(copy)).problems.find((p) => p.field === 'phones[0].number')!.message;
      await openEntry(page, /^Пружаоци — подаци/, 'example-org');
      const again = await phoneField(page);
      await again.fill(malformed);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => again.getAttribute('aria-invalid')).toBe('true');
      // The field names its error message, which says what the checker says (after the error icon).
      const error = page.locator(`[id="${await again.getAttribute('aria-errormessage')}"]`);
      await expect.poll(() => error.isVisible()).toBe(true);
      expect((await error.innerText()).replace(/^error\s*/, '')).toBe(said);
      await saveFolder(page, repo);
      expect(git(repo, 'diff', '--numstat').stdout).toBe('1\t1\tcontent/providers/example-org.yaml\n');
    });
  });

  it('translates beside the source text, into a new file that names the version of the source it was made from', async () => {
    const repo = await repository();
    await editorSession(repo, async ({ page }) => {
      await openEntry(page, /^Услуге и права — текстови/, 'Право на обавештење');
      // The source (Serbian) on the left, the translation on the right.
      await expect
        .poll(() => page.getByRole('textbox', { name: /Name/ }).first().inputValue())
        .toBe('Право на обавештење');
      await page.getByRole('button', { name: /Enable.*English/ }).click();
      await page.getByRole('textbox', { name: /Name/ }).nth(1).fill('Right to be informed');
      await page
        .getByRole('textbox', { name: /Summary/ })
        .nth(1)
        .fill('The office must tell you what your rights are.');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Entry saved').waitFor();
      await saveFolder(page, repo);
    });
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all').stdout).toBe(
      '?? content/text/en/services/example-right.mdx\n',
    );
    const { input } = await checkContent(repo);
    const source = input.texts.find((t) => t.id === 'sr-Cyrl/services/example-right')!;
    const { textFingerprint } = await import('../../src/model/fingerprint.ts');
    expect(await readFile(join(repo, 'content/text/en/services/example-right.mdx'), 'utf8')).toBe(
      `---\nname: Right to be informed\nsummary: The office must tell you what your rights are.\ntranslation:\n  from: ${textFingerprint(source.data, source.body)}\n  reviewed: false\n---\n`,
    );
    const checked = check(repo);
    expect(checked.status, checked.stderr).toBe(0);
  });

  it('asks no other site and logs no error before anyone signs in, in English and in Croatian', async () => {
    // Sveltia CMS speaks Croatian (the fixture's added language): it loads its words when the browser asks for it.
    for (const locale of ['en-US', 'hr']) {
      await withContext(
        async (context) => {
          const page = await context.newPage();
          const watched = await watch(page);
          await page.addInitScript(() => {
            // What the editor fetched, once each fetch has settled.
            const settled: string[] = [];
            const fetch = window.fetch.bind(window);
            const address = (input: RequestInfo | URL) => (input instanceof Request ? input.url : String(input));
            window.fetch = (input, init) => fetch(input, init).finally(() => settled.push(address(input)));
            Object.assign(window, { settled });
          });
          await page.goto(url('admin/'));
          await page.getByRole('button', { name: /GitHub/ }).waitFor();
          // Its two checks of every visit (a newer version? GitHub's status?) settled, answered in its bundle or
          // asked of another site: all else it fetches is from beside it, or pictures of its own.
          await page.waitForFunction(() => {
            const { settled } = window as unknown as { settled: string[] };
            const own = (url: string) => /^(blob:|data:image\/)/.test(url) || url.startsWith(location.origin);
            return settled.filter((url) => !own(url)).length >= 2;
          });
          expect(watched).toEqual({ problems: [], foreign: [] });
        },
        { locale },
      );
    }
  });

  it('stays apart: linked from no public page, out of search engines, its own policy, the pages’ unchanged', async () => {
    const site = builtSite(FIXTURE_SITE);
    const linking = [];
    for (const page of await site.pages()) if (/href="[^"]*\/admin\//.test(site.html(page))) linking.push(page);
    expect(linking).toEqual([]);
    const admin = await fetch(url('admin/'));
    expect(admin.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(await admin.text()).toContain('<meta name="robots" content="noindex, nofollow">');
    const home = await fetch(url(''));
    expect(home.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(home.headers.get('content-security-policy')).toBe(
      (await fetch(url('sr/'))).headers.get('content-security-policy'),
    );
    expect(home.headers.get('x-robots-tag')).toBeNull();
  });
});
