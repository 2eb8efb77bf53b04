/**
 * `npm run editor [-- --port 4400]`: the web editor (docs/editor.md) on this working tree, with no
 * sign-in and no network. Only Chromium browsers have the File System Access API it reads and writes
 * the folder through; what to do next it prints.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor } from '../src/build/headers.ts';
import { serveDirectory } from '../src/build/static-server.ts';
import { EDITOR_PATH } from '../src/config/security.ts';
import { contentRoot } from '../src/content/layout.ts';
import { writeEditor } from '../src/editor/assets.ts';
import { editorOptions } from '../src/editor/config.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' } } });
const out = await mkdtemp(join(tmpdir(), 'register-editor-'));
// On a local folder the editor proposes nothing to a repository: a placeholder name serves.
await writeEditor(out, editorOptions() ?? { repo: 'local/trafficking-register', branch: 'main' });
const server = await serveDirectory(out, { headers: headersFor, port: Number(values.port) });
console.log(
  [
    `The web editor: ${server.origin}/${EDITOR_PATH}`,
    '',
    'In Chrome, Edge or another Chromium browser: choose "Work with Local Repository", then pick this folder:',
    `  ${contentRoot()}`,
    'Saving writes the files there. Then: git diff, npm run check, commit, and open a pull request.',
    'Stop the editor with Ctrl+C.',
  ].join('\n'),
);
