/**
 * Chromium for the PDFs and the browser tests: Debian's package driven by playwright-core (npm's
 * browser downloads do not work on these machines), or any Chromium or Chrome named by
 * CHROMIUM_PATH. The flags keep Chromium from calling Google's services, which the closed network
 * refuses, and which would otherwise show up as requests the site did not make.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { env } from '../config/env.ts';

export const CHROMIUM = env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const INSTALL_HELP = [
  `Chromium is needed to print the PDFs and for the browser tests, and it is not at ${CHROMIUM}.`,
  "- On Debian or Ubuntu: sudo apt-get install chromium   (Ubuntu's chromium is a snap: Google Chrome works too)",
  '- Elsewhere, or to use Google Chrome: set CHROMIUM_PATH to its executable, ' +
    'e.g. CHROMIUM_PATH=/usr/bin/google-chrome npm start',
].join('\n');

/** On Debian, as root or with password-less sudo, installs Debian's Chromium; otherwise says how. */
export function ensureChromium(log: (message: string) => void = console.log): void {
  if (existsSync(CHROMIUM)) return;
  const debian = existsSync('/etc/debian_version') && !env.CHROMIUM_PATH;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (debian && (root || sudo)) {
    log("Chromium is missing: installing Debian's chromium package (apt-get install chromium)…");
    const run = (args: string[]) =>
      spawnSync(root ? args[0]! : 'sudo', root ? args.slice(1) : args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  }
  if (!existsSync(CHROMIUM)) throw new Error(INSTALL_HELP);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** The version of the Chromium that prints, without starting it: part of each PDF's key in the cache. */
export function chromiumVersion(): string {
  ensureChromium();
  const run = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  return run.stdout.trim() || 'unknown';
}

export async function launchBrowser(log?: (message: string) => void): Promise<Browser> {
  ensureChromium(log);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
