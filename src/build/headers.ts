/**
 * The HTTP headers every copy of the register is served with, defined once and written for each kind of host:
 * `_headers` (Netlify, Cloudflare Pages), nginx and Caddy (`npm run deploy:config`), `npm start` and the browser
 * tests' server. The pages' policy adds what only a header can say: `frame-ancestors 'none'` (no other site may
 * frame a page: clickjacking). Pages are revalidated on every visit, so a corrected phone number is seen at once;
 * hashed files are kept a year, PDFs and open data a day. No referrer, no sniffing, no camera, microphone or
 * location, a window of its own; HTTPS only (HSTS), once a browser has seen the site over HTTPS.
 */
import { CSP_DIRECTIVES, EDITOR_CSP_DIRECTIVES, EDITOR_PATH, SCRIPT_SOURCES } from '../config/security.ts';
import { LOCALES } from '../i18n/locales.ts';

const LANGUAGE_PATHS = LOCALES.map((l) => l.path);

const SECURITY_HEADERS = {
  'Content-Security-Policy': [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; '),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

/**
 * What the web editor under /admin/ (docs/editor.md) is sent instead of the pages' headers: its own
 * policy; an opener policy that lets "Sign in with GitHub" answer from its popup window; no indexing.
 */
const EDITOR_OWN: Record<string, string> = {
  'Content-Security-Policy': EDITOR_CSP_DIRECTIVES.join('; '),
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'X-Robots-Tag': 'noindex, nofollow',
};
const EDITOR_PREFIX = `/${EDITOR_PATH}`;
/** The pages' headers the editor's rule replaces (`true`), or keeps (`false`). */
const editorReplaces = (replaced: boolean) =>
  Object.entries(SECURITY_HEADERS).filter(([name]) => name in EDITOR_OWN === replaced);

const PAGE_CACHE = 'public, max-age=0, must-revalidate';
const HASHED = 'public, max-age=31536000, immutable';
const DAILY = 'public, max-age=86400';
/**
 * What files other than pages get besides the security headers, by folder. Astro's and Pagefind's files change
 * their names when their content does; open data may be read by other sites' scripts (it holds nothing of the reader).
 */
const FOLDERS: Record<string, Record<string, string>> = {
  '/_astro/': { 'Cache-Control': HASHED },
  '/pagefind/': { 'Cache-Control': HASHED },
  '/downloads/': { 'Cache-Control': DAILY },
  '/open-data/': { 'Cache-Control': DAILY, 'Access-Control-Allow-Origin': '*' },
};

/** Text is sent compressed; HTML always is, and the open data's types too. (Pagefind's files come compressed.) */
const COMPRESSED_TYPES = ['text/css', 'application/javascript', 'image/svg+xml', 'text/plain', 'text/xml'];
const OPEN_DATA_TYPES = { 'application/json': 'json', 'text/csv': 'csv', 'application/atom+xml': 'atom' } as const;

/** Every header for a file at `path` (after the base: "/_astro/x.css", "/sr/"). */
export function headersFor(path: string): Record<string, string> {
  const folder = Object.keys(FOLDERS).find((prefix) => path.startsWith(prefix));
  return {
    ...SECURITY_HEADERS,
    ...(path.startsWith(EDITOR_PREFIX) ? EDITOR_OWN : {}),
    ...(folder ? FOLDERS[folder] : { 'Cache-Control': PAGE_CACHE }),
  };
}

/** `_headers`, as Netlify and Cloudflare Pages read it: the security headers on every path, caching by kind. */
export function headersFile(base: string): string {
  const path = (pattern: string) => `${base.replace(/\/$/, '')}${pattern}`;
  const headers = (list: [string, string][]) => list.map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Made by the build from src/build/headers.ts: edit that file, not this one.',
    path('/*'),
    ...headers(Object.entries(SECURITY_HEADERS)),
    // Pages are left to the host's default (revalidated on every visit): a rule for them here would
    // be merged with the rules below into one Cache-Control header by some hosts.
    ...Object.entries(FOLDERS).flatMap(([folder, sent]) => [path(`${folder}*`), ...headers(Object.entries(sent))]),
    // The editor: Cloudflare Pages joins a header of two matching rules into one, which would hold
    // the editor to both policies, so its rule first detaches the pages' ("! Name"). Netlify keeps
    // the later rule's value of a header.
    "# The web editor (docs/editor.md): its own policy instead of the pages'.",
    path(`${EDITOR_PREFIX}*`),
    ...editorReplaces(true).map(([name]) => `  ! ${name}`),
    ...headers(Object.entries(EDITOR_OWN)),
    '',
  ].join('\n');
}

/**
 * An nginx server block serving the register at the root of its domain (built with the default base path).
 * nginx drops a server's add_header lines where a location has its own, so every location lists them all.
 */
export function nginxConfig(): string {
  const location = (path: string, ...extra: string[]) => [
    `  location ${path} {`,
    ...Object.entries(headersFor(path)).map(([name, value]) => `    add_header ${name} "${value}" always;`),
    ...extra,
    '  }',
  ];
  const pages = (notFound?: string) => [
    '    try_files $uri $uri/ =404;',
    ...(notFound ? [`    error_page 404 ${notFound};`] : []),
  ];
  const openDataTypes = Object.entries(OPEN_DATA_TYPES).map(([type, extension]) => `${type} ${extension};`);
  return [
    '# Made from src/build/headers.ts by `npm run deploy:config`: edit that file, not this one.',
    'server {',
    '  listen 80;',
    '  server_name register.example.org;',
    '  root /var/www/trafficking-register/dist;',
    '  charset utf-8;',
    '  gzip on;',
    '  gzip_vary on;',
    `  gzip_types ${[...COMPRESSED_TYPES, ...Object.keys(OPEN_DATA_TYPES)].join(' ')};`,
    ...['/_astro/', '/pagefind/', '/downloads/'].flatMap((folder) => location(folder)),
    // The HSDS API's own addresses (hsds/services, hsds/services/<id>) answered by the mirror's files.
    ...location(
      '/open-data/',
      '    try_files $uri $uri/index.json $uri.json =404;',
      // nginx's own list of types has no CSV: its files would be sent as bytes to download.
      `    types { ${openDataTypes.join(' ')} }`,
      '    charset_types text/csv;',
    ),
    // The web editor: its own policy (its location lists every header, as every location does).
    ...location(EDITOR_PREFIX, ...pages()),
    // A missing page under a language is answered by that language's 404 page.
    ...LANGUAGE_PATHS.flatMap((l) => location(`/${l}/`, ...pages(`/${l}/404.html`))),
    ...location('/', ...pages('/404.html')),
    '}',
    '',
  ].join('\n');
}

/** A Caddyfile serving the register at the root of its own domain, with the same headers. */
export function caddyConfig(): string {
  const header = (matcher: string, list: [string, string][]) => [
    `  header ${matcher} {`,
    ...list.map(([name, value]) => `    ${name} "${value}"`),
    '  }',
  ];
  return [
    '# Made from src/build/headers.ts by `npm run deploy:config`: edit that file, not this one.',
    'register.example.org {',
    '  root * /var/www/trafficking-register/dist',
    '  file_server',
    '  encode zstd gzip',
    // The HSDS API's own addresses (hsds/services, hsds/services/<id>) answered by the mirror's files.
    '  @open_data path /open-data/*',
    '  try_files @open_data {path} {path}.json {path}/index.json',
    // The pages' policy everywhere but in the web editor, which has its own: Caddy runs a more
    // specific header directive first, so one on * would overwrite the editor's.
    `  @site not path ${EDITOR_PREFIX}*`,
    ...header('*', editorReplaces(false)),
    ...header('@site', editorReplaces(true)),
    ...header(`${EDITOR_PREFIX}*`, Object.entries(EDITOR_OWN)),
    ...Object.entries(FOLDERS).flatMap(([folder, sent]) => header(`${folder}*`, Object.entries(sent))),
    // Pages revalidate; each Cache-Control above has a matcher of its own, so none overwrites another.
    `  @pages not path ${Object.keys(FOLDERS).join('* ')}*`,
    ...header('@pages', [['Cache-Control', PAGE_CACHE]]),
    // A missing page under a language is answered by that language's 404 page. (No status code after
    // handle_errors: Caddy 2.6, Debian 12's, does not take one.)
    '  handle_errors {',
    '    @not_found expression {err.status_code} == 404',
    '    handle @not_found {',
    ...LANGUAGE_PATHS.flatMap((l) => {
      const matcher = `@${l.replace(/-/g, '_')}`;
      return [`      ${matcher} path /${l}/*`, `      rewrite ${matcher} /${l}/404.html`];
    }),
    '      rewrite * /404.html',
    '      file_server',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}
