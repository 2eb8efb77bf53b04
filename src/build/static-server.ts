/**
 * Serves a built site on localhost as a static host would: its files under the site's base path,
 * a directory's index.html, and for anything else the nearest 404.html with status 404 (under
 * /sq/… the Albanian one). Extra headers (src/build/headers.ts) are added when given, so that
 * `npm start` and the browser tests see what a real host sends.
 */
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { normaliseBase } from '../i18n/routes.ts';

// The types of the files a built register holds (Pagefind's end in .pagefind); add one when a new kind appears.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.atom': 'application/atom+xml',
};

async function fileFor(root: string, relative: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(relative)));
  if (!path.startsWith(root)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return info && path;
  const index = join(path, 'index.html');
  return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
}

/** The 404 page nearest to the missing address: /sq/x/ → sq/404.html, else 404.html. */
async function notFoundPage(root: string, relative: string): Promise<Buffer | string> {
  const parts = relative.split('/').filter(Boolean);
  for (let depth = parts.length - 1; depth >= 0; depth--) {
    const candidate = await readFile(join(root, ...parts.slice(0, depth), '404.html')).catch(() => undefined);
    if (candidate) return candidate;
  }
  return 'Not found';
}

/** Text is sent compressed, as every real host does (brotli, else gzip), so measured bytes are real. */
const compressed = new Map<string, Buffer>();
function compress(file: string, body: Buffer, accept: string): { body: Buffer; encoding?: string } {
  const encoding = ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(accept));
  if (!encoding || !/^text\/|json|xml/.test(TYPES[extname(file)] ?? '')) return { body };
  const key = `${encoding} ${file}`;
  if (!compressed.has(key))
    compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 }));
  return { body: compressed.get(key)!, encoding };
}

export interface ServeOptions {
  /** The site's base path: files are served under it. */
  base?: string;
  /** Headers a host sends, by the path of the file served. */
  headers?: (path: string) => OutgoingHttpHeaders;
  port?: number;
  /** Compress text as a host does (the default); off for the PDF step, whose large print pages are read once, here. */
  compress?: boolean;
}

export async function serveDirectory(
  root: string,
  { base = '/', headers, port = 0, compress: compressing = true }: ServeOptions = {},
): Promise<{ origin: string; url: string; close: () => Promise<void> }> {
  const prefix = normaliseBase(base);
  const server: Server = createServer(async (request, response) => {
    const send = (status: number, headers: OutgoingHttpHeaders, body?: Buffer | string) =>
      response.writeHead(status, headers).end(body);
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (prefix !== '/' && (urlPath === prefix.slice(0, -1) || urlPath === '/')) return send(302, { location: prefix });
    const relative = urlPath.startsWith(prefix) ? urlPath.slice(prefix.length) : undefined;
    const file = relative === undefined ? undefined : await fileFor(root, relative);
    if (!file) {
      const page = await notFoundPage(root, relative ?? '');
      return send(404, { 'content-type': TYPES['.html']!, ...headers?.('/404.html') }, page);
    }
    if (/\.html$/.test(file) && !urlPath.endsWith('/') && !urlPath.endsWith('.html'))
      return send(301, { location: `${urlPath}/` });
    const body = await readFile(file);
    const sent = compressing ? compress(file, body, String(request.headers['accept-encoding'] ?? '')) : { body };
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const encoding = sent.encoding ? { 'content-encoding': sent.encoding } : {};
    const own = headers?.(`/${file.slice(root.length).replace(/^\/+/, '')}`);
    send(200, { 'content-type': type, vary: 'Accept-Encoding', ...encoding, ...own }, sent.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${bound}`;
  return { origin, url: origin + prefix, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
