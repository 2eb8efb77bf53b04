/**
 * Serves a built site on localhost, as a static host would: its files, a directory's index.html,
 * and 404.html with status 404 for anything else. No headers beyond the content type, so that what
 * the browser sees (in the tests, and when the build prints the PDFs) is what the HTML itself does.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.pf_meta': 'application/octet-stream',
};

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index)).isFile() ? index : undefined;
    }
    return path;
  } catch {
    return undefined;
  }
}

export async function serveDirectory(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = await fileFor(root, urlPath);
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
