/**
 * The web editor's files, written into `<outDir>/admin/` by the build and `npm run editor`: its page, config.yml
 * (from the schemas), editor.js (src/editor/browser.ts) and Sveltia CMS with the fonts and words it asks for,
 * copied from node_modules so the editor asks nothing of another site until someone signs in. Sveltia CMS's CDN
 * addresses are rewritten to the copies; the build stops if an update names one that is not installed.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { EDITOR_CSP_DIRECTIVES, EDITOR_PATH } from '../config/security.ts';
import type { Build } from '../build/steps.ts';
import { editorConfig, editorOptions, type EditorConfigOptions } from './config.ts';
import { optionalFlags } from './form.ts';

/** Where an installed package is, from its name, as the module `from` would find it. */
function packageDir(name: string, from = import.meta.url): string {
  try {
    return dirname(findPackageJSON(name, from)!);
  } catch {
    throw new Error(`${name} is not installed: run npm install`);
  }
}

/** Sveltia CMS's fonts on the Fontsource CDN: `…/fonts/<id>[:vf]@<version>/<file>.woff2`. */
const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@([\d.]+)\/([a-z0-9-]+)\.woff2/g;

/**
 * What Sveltia CMS loads from unpkg.com when a feature needs it, and the register's editor needs: Immutable.js,
 * for the listener that stamps a new translation (src/editor/browser.ts), installed with Sveltia CMS and copied
 * beside it. The others (maps, images, code) serve fields the register lacks: the editor's policy refuses them.
 */
const VENDORED = ['immutable'] as const;
/** How Sveltia CMS names a library's address: `https://unpkg.com/${name}`, then `@version/file`. */
const UNPKG_BASE = /`https:\/\/unpkg\.com\/\$\{(\w+)\}`/g;

/**
 * What Sveltia CMS asks other sites on every visit, with no setting to turn it off (docs/editor.md, "No request
 * to another site"): unpkg.com for a newer version, GitHub's status page for an incident. Both get an empty
 * answer, which shows nothing (an update is a maintainer's step). Its words in other languages are copied.
 */
const EMPTY_ANSWER = '`data:application/json,{}`';
const ANSWERED = [
  [/`\$\{[\w$]+\}\/package\.json`/g, EMPTY_ANSWER],
  [/`https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json`/g, EMPTY_ANSWER],
  [/`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/g, `\`\${new URL('locales',document.baseURI).href}\``],
] as const;

/** A file to copy, `to` a path inside dist/admin/. */
type Copy = { from: string; to: string };

/** The Sveltia CMS bundle with its fonts and the libraries above pointed at local copies, and the files to copy. */
async function sveltiaBundle(): Promise<{ code: string; copies: Copy[]; version: string }> {
  const dir = packageDir('@sveltia/cms');
  const { version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version: string };
  const fail = (what: string): never => {
    throw new Error(
      `Sveltia CMS ${version} ${what}: update src/editor/assets.ts (docs/editor.md, "Updating Sveltia CMS")`,
    );
  };
  const copies: Copy[] = [{ from: join(dir, 'LICENSE.txt'), to: 'sveltia-cms.LICENSE.txt' }];
  let code = await readFile(join(dir, 'dist', 'sveltia-cms.js'), 'utf8');
  // Libraries: the loader's base address becomes vendor/ beside the bundle.
  if ([...code.matchAll(UNPKG_BASE)].length !== 1)
    fail('no longer names unpkg.com addresses the way this build rewrites them');
  code = code.replace(UNPKG_BASE, (_match, name) => `\`\${new URL('vendor/',document.baseURI).href}\${${name}}\``);
  for (const library of VENDORED) {
    const requested =
      new RegExp(`\\b${library}:\`\\^?([\\d.]+)\``).exec(code)?.[1] ??
      fail(`no longer names the version of ${library} it loads`);
    const file =
      new RegExp(`\`${library}\`,\`([^\`?]+)`).exec(code)?.[1] ??
      fail(`no longer loads ${library} the way this build expects`);
    const from = join(packageDir(library, join(dir, 'package.json')), file);
    copies.push({ from, to: `vendor/${library}@${requested}/${file}` });
  }
  // Checks on every visit get an empty answer; its words in other languages are copied beside it.
  for (const [asked, answer] of ANSWERED) {
    if ([...code.matchAll(asked)].length !== 1) fail(`no longer asks ${asked.source} as this build answers it`);
    code = code.replace(asked, () => answer);
  }
  const locales = await readdir(join(dir, 'locales'));
  copies.push(...locales.map((file) => ({ from: join(dir, 'locales', file), to: `locales/${file}` })));
  // Fonts: the addresses in its styles become fonts/ beside the bundle.
  code = code.replace(CDN_FONT, (_url, id: string, variable: string | undefined, fontVersion: string, file: string) => {
    const [pkg, name] = [`@fontsource${variable ? '-variable' : ''}/${id}`, `${id}-${file}.woff2`];
    let from: string;
    try {
      from = join(packageDir(pkg), 'files', name);
    } catch {
      const spec = `${pkg}@${fontVersion}`;
      return fail(`loads the font ${spec}, which is not installed: npm install -D --save-exact ${spec}`);
    }
    copies.push({ from, to: `fonts/${name}` });
    // The editor's styles are in its page, so the address is relative to /admin/.
    return `fonts/${name}`;
  });
  if (code.includes('cdn.jsdelivr.net')) fail('loads something else from cdn.jsdelivr.net');
  return { code, copies, version };
}

async function editorScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'browser.ts')],
    bundle: true,
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { __OPTIONAL_FLAGS__: JSON.stringify(optionalFlags()) },
  });
  return result.outputFiles[0]!.text;
}

/** The Content Security Policy of the editor's page, as a <meta> tag can hold it (no frame-ancestors). */
const metaPolicy = () => EDITOR_CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

const page = () => `<!doctype html>
<html lang="sr-Cyrl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${metaPolicy()}">
<title>Уређивач регистра · Register editor</title>
</head>
<body>
<noscript><p>Уређивачу је потребан JavaScript. · The editor needs JavaScript.</p></noscript>
<script src="editor.js"></script>
</body>
</html>
`;

export async function writeEditor(outDir: string, options: EditorConfigOptions): Promise<string> {
  const dir = join(outDir, EDITOR_PATH);
  await mkdir(dir, { recursive: true });
  const [sveltia, script] = await Promise.all([sveltiaBundle(), editorScript()]);
  const header = '# Made by the build from the schemas (src/editor/config.ts): edit them, not this file.\n';
  const config = stringify(editorConfig(options), { lineWidth: 0, aliasDuplicateObjects: false });
  await Promise.all([
    writeFile(join(dir, 'index.html'), page()),
    writeFile(join(dir, 'config.yml'), header + config),
    writeFile(join(dir, 'editor.js'), script),
    writeFile(join(dir, 'sveltia-cms.js'), sveltia.code),
    ...sveltia.copies.map(async (c) => {
      await mkdir(dirname(join(dir, c.to)), { recursive: true });
      await copyFile(c.from, join(dir, c.to));
    }),
  ]);
  return dir;
}

/** The build step: the editor proposes changes to a repository, so a build that knows none has no editor. */
export async function writeEditorStep({ dist, log }: Build): Promise<void> {
  const options = editorOptions();
  if (!options) return log.warn('No repository (REGISTER_REPOSITORY, GitHub Actions or git origin): no web editor.');
  log.info(`The web editor is in ${await writeEditor(dist, options)}`);
}
