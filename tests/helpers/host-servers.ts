/**
 * nginx and Caddy, run over a built site with the configurations in deploy/, as the current user: each
 * in a temporary folder of its own (configuration, pid, logs), on a free local port, with no root.
 * For the tests of what a real host sends (tests/site/servers.test.ts).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './site.ts';

export type HostKind = 'nginx' | 'caddy';

/** Each host's configuration in deploy/ and the Debian package that installs it. */
export const HOSTS: Record<HostKind, { config: string; debianPackage: string }> = {
  nginx: { config: 'deploy/nginx.conf', debianPackage: 'nginx' },
  caddy: { config: 'deploy/Caddyfile', debianPackage: 'caddy' },
};

/** A server's binary; nginx is in /usr/sbin, which a user's PATH may lack. */
export function findBinary(kind: HostKind): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'].filter(Boolean);
  return dirs.map((dir) => join(dir, kind)).find((path) => existsSync(path));
}

/**
 * The committed configuration, changed only where a test must differ from a host: the folder of the
 * built site, and a local port instead of the public name (plain HTTP, so Caddy asks for no
 * certificate, and no admin endpoint, so two Caddies can run at once). The site is served at the
 * root, as the configurations are written for. Each change must find what it replaces, so that a
 * reshaped configuration fails here instead of being served half-changed.
 */
function adaptForTest(kind: HostKind, config: string, { root, port }: { root: string; port: number }): string {
  const replace = (text: string, pattern: RegExp, by: string) => {
    if (!pattern.test(text)) throw new Error(`${HOSTS[kind].config} has no line ${pattern}: update adaptForTest`);
    return text.replace(pattern, by);
  };
  if (kind === 'nginx') {
    const listening = replace(config, /^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
    return replace(listening, /^(\s*)root \S+;$/m, `$1root "${root}";`);
  }
  const listening = replace(config, /^register\.example\.org \{$/m, `{\n  admin off\n}\nhttp://127.0.0.1:${port} {`);
  return replace(listening, /^(\s*)root \* \S+$/m, `$1root * "${root}"`);
}

/** A port no one listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The host's own nginx.conf around the register's server block, with every path in `dir`. */
function nginxMain(binary: string, dir: string): string {
  // The MIME types come with nginx, beside its compiled-in configuration.
  const built = spawnSync(binary, ['-V'], { encoding: 'utf8' }).stderr;
  const confPath = /--conf-path=(\S+)/.exec(built)?.[1] ?? '/etc/nginx/nginx.conf';
  return [
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    'events { worker_connections 64; }',
    'http {',
    `  include ${join(dirname(confPath), 'mime.types')};`,
    '  default_type application/octet-stream;',
    `  access_log ${dir}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp}_temp_path ${dir}/${temp};`),
    `  include ${dir}/register.conf;`,
    '}',
    '',
  ].join('\n');
}

/** Writes the configuration files into `dir`; the arguments that run the server in the foreground. */
async function prepare(kind: HostKind, binary: string, dir: string, config: string): Promise<string[]> {
  if (kind === 'caddy') {
    await writeFile(join(dir, 'Caddyfile'), config);
    return ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'];
  }
  await writeFile(join(dir, 'register.conf'), config);
  await writeFile(join(dir, 'nginx.conf'), nginxMain(binary, dir));
  return ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'];
}

export interface HostServer {
  /** "http://127.0.0.1:<port>", serving the site at its root. */
  origin: string;
  /** What the server wrote: its output and, for nginx, its error log. */
  log(): string;
  stop(): Promise<void>;
}

/** Resolves once the server answers HTTP; fails with its log when it exits or the deadline passes. */
async function answering(kind: HostKind, origin: string, child: ChildProcess, log: () => string): Promise<void> {
  let exit: string | undefined;
  child.once('exit', (code, signal) => {
    exit = `exited (${signal ?? code})`;
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !exit) {
    const answered = await fetch(origin, { signal: AbortSignal.timeout(1_000) }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    // A refused connection returns at once: poll again shortly, until the deadline.
    await sleep(50);
  }
  throw new Error(`${kind} ${exit ?? 'did not answer within 15 s'}. Its log:\n${log()}`);
}

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Starts `kind` with its committed configuration over the built site in `siteRoot`. */
export async function startHost(kind: HostKind, binary: string, siteRoot: string): Promise<HostServer> {
  const dir = await mkdtemp(join(tmpdir(), `register-${kind}-`));
  const port = await freePort();
  const config = adaptForTest(kind, await readFile(join(ROOT, HOSTS[kind].config), 'utf8'), { root: siteRoot, port });
  const args = await prepare(kind, binary, dir, config);
  const output = openSync(join(dir, 'output.log'), 'a');
  // Caddy keeps its state under the home and XDG folders: the temporary folder, not the user's.
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir };
  const child = spawn(binary, args, { cwd: dir, env, stdio: ['ignore', output, output] });
  closeSync(output);
  const read = (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '');
  const log = () => [read('output.log'), read('error.log')].filter(Boolean).join('\n');
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopped(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await answering(kind, origin, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, log, stop };
}
