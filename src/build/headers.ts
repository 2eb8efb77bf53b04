/**
 * The HTTP headers every copy of the register should be served with, defined once and written for
 * each kind of host: `_headers` (Netlify, Cloudflare Pages), nginx and Caddy configurations
 * (src/integrations/publish.ts), and sent by `npm start` and the browser tests' server.
 * - the Content Security Policy of the pages' <meta> tag, plus what only a header can say
 *   (`frame-ancestors 'none'`: no other site may frame a page, as in a clickjacking attack);
 * - no referrer, no content sniffing, no camera, microphone or location, a window of its own;
 * - HTTPS only (HSTS), once a browser has seen the site over HTTPS;
 * - caching: files whose name carries a hash of their content for a year, pages revalidated on
 *   every visit (so a corrected phone number is seen at once), PDFs and open data for a day.
 */
import { CSP_DIRECTIVES, EDITOR_CSP_DIRECTIVES, EDITOR_PATH, SCRIPT_SOURCES } from '../config/security.ts';
import { LOCALES } from '../i18n/locales.ts';

const LANGUAGE_PATHS = LOCALES.map((l) => l.path);

const CONTENT_SECURITY_POLICY = [
  ...CSP_DIRECTIVES,
  `script-src ${SCRIPT_SOURCES.join(' ')}`,
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
} as const;

/**
 * The web editor under /admin/ (docs/editor.md), a separate rule: its own Content Security Policy
 * (src/config/security.ts: EDITOR_CSP_DIRECTIVES) instead of the pages'; an opener policy that lets
 * "Sign in with GitHub" answer from its popup window; and no indexing by search engines. The
 * other headers are the pages'. The pages' policy does not change.
 */
const EDITOR_HEADERS = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': EDITOR_CSP_DIRECTIVES.join('; '),
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'X-Robots-Tag': 'noindex, nofollow',
} as const;
/** The headers the editor's rule replaces or adds. */
const EDITOR_ONLY = ['Content-Security-Policy', 'Cross-Origin-Opener-Policy', 'X-Robots-Tag'] as const;
const EDITOR_PREFIX = `/${EDITOR_PATH}`;

const CACHE_RULES = [
  /** Astro's and Pagefind's files: their names change when their content does. */
  { kind: 'hashed', patterns: ['/_astro/*', '/pagefind/*'], value: 'public, max-age=31536000, immutable' },
  { kind: 'daily', patterns: ['/downloads/*', '/open-data/*'], value: 'public, max-age=86400' },
  { kind: 'page', patterns: ['/*'], value: 'public, max-age=0, must-revalidate' },
] as const;

/** Text is sent compressed; HTML always is, and the open data's types too. (Pagefind's files come compressed.) */
const COMPRESSED_TYPES = ['text/css', 'application/javascript', 'image/svg+xml', 'text/plain', 'text/xml'];
const OPEN_DATA_TYPES = { 'application/json': 'json', 'text/csv': 'csv', 'application/atom+xml': 'atom' } as const;

/** Open data may be read by other sites' scripts: it is public, and holds nothing of the reader. */
const OPEN_DATA_HEADERS = { 'Access-Control-Allow-Origin': '*' } as const;

/** The Cache-Control of a file, by its path after the base ("/_astro/x.css", "/sr/"). */
function cacheControl(path: string): string {
  for (const rule of CACHE_RULES) {
    if (rule.patterns.some((p) => path.startsWith(p.slice(0, -1)))) return rule.value;
  }
  return CACHE_RULES.at(-1)!.value;
}

/** Every header for a file at `path` (after the base). */
export function headersFor(path: string): Record<string, string> {
  return {
    ...(path.startsWith(EDITOR_PREFIX) ? EDITOR_HEADERS : SECURITY_HEADERS),
    ...(path.startsWith('/open-data/') ? OPEN_DATA_HEADERS : {}),
    'Cache-Control': cacheControl(path),
  };
}

const prefixed = (base: string, pattern: string) => `${base.replace(/\/$/, '')}${pattern}`;

/** `_headers`, as Netlify and Cloudflare Pages read it: the security headers on every path, caching by kind. */
export function headersFile(base: string): string {
  const lines = ['# Made by the build from src/build/headers.ts: edit that file, not this one.', prefixed(base, '/*')];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  // Pages are left to the host's default (revalidated on every visit): a rule for them here would
  // be merged with the rules below into one Cache-Control header by some hosts.
  for (const rule of CACHE_RULES.filter((r) => r.kind !== 'page')) {
    for (const pattern of rule.patterns) {
      lines.push(prefixed(base, pattern), `  Cache-Control: ${rule.value}`);
      if (pattern === '/open-data/*')
        for (const [name, value] of Object.entries(OPEN_DATA_HEADERS)) lines.push(`  ${name}: ${value}`);
    }
  }
  // The editor: Cloudflare Pages joins a header of two matching rules into one, which would hold
  // the editor to both policies, so its rule first detaches the pages' ("! Name"). Netlify keeps
  // the later rule's value of a header.
  lines.push(
    "# The web editor (docs/editor.md): its own policy instead of the pages'.",
    prefixed(base, `${EDITOR_PREFIX}*`),
  );
  for (const name of EDITOR_ONLY) if (name in SECURITY_HEADERS) lines.push(`  ! ${name}`);
  for (const name of EDITOR_ONLY) lines.push(`  ${name}: ${EDITOR_HEADERS[name]}`);
  return `${lines.join('\n')}\n`;
}

/**
 * An nginx server block serving the register at the root of its own domain (build it with the
 * default base path), with the same headers. nginx drops the add_header lines of a server when a
 * location has its own, so every location lists them all.
 */
export function nginxConfig(): string {
  const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `    add_header ${name} "${value}" always;`);
  const location = (pattern: string, cache: string, extra: string[] = []) => [
    `  location ${pattern} {`,
    ...security,
    `    add_header Cache-Control "${cache}" always;`,
    ...extra,
    '  }',
  ];
  const [hashed, daily, page] = CACHE_RULES;
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
    ...location('/_astro/', hashed.value),
    ...location('/pagefind/', hashed.value),
    ...location('/downloads/', daily.value),
    // The HSDS API's own addresses (hsds/services, hsds/services/<id>) answered by the mirror's files.
    ...location('/open-data/', daily.value, [
      ...Object.entries(OPEN_DATA_HEADERS).map(([name, value]) => `    add_header ${name} "${value}" always;`),
      '    try_files $uri $uri/index.json $uri.json =404;',
      // nginx's own list of types has no CSV: its files would be sent as bytes to download.
      `    types { ${openDataTypes.join(' ')} }`,
      '    charset_types text/csv;',
    ]),
    // The web editor: its own policy (its location lists every header, as every location does).
    `  location ${EDITOR_PREFIX} {`,
    ...Object.entries(EDITOR_HEADERS).map(([name, value]) => `    add_header ${name} "${value}" always;`),
    `    add_header Cache-Control "${page.value}" always;`,
    '    try_files $uri $uri/ =404;',
    '  }',
    // A missing page under a language is answered by that language's 404 page.
    ...LANGUAGE_PATHS.flatMap((l) =>
      location(`/${l}/`, page.value, ['    try_files $uri $uri/ =404;', `    error_page 404 /${l}/404.html;`]),
    ),
    ...location('/', page.value, ['    try_files $uri $uri/ =404;', '    error_page 404 /404.html;']),
    '}',
    '',
  ].join('\n');
}

/** A Caddyfile serving the register at the root of its own domain, with the same headers. */
export function caddyConfig(): string {
  const [hashed, daily, page] = CACHE_RULES;
  const header = (matcher: string, entries: [string, string][]) => [
    `  header ${matcher} {`,
    ...entries.map(([n, v]) => `    ${n} "${v}"`),
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
    ...header(
      '*',
      Object.entries(SECURITY_HEADERS).filter(([name]) => !(EDITOR_ONLY as readonly string[]).includes(name)),
    ),
    ...header(
      '@site',
      EDITOR_ONLY.filter((name) => name in SECURITY_HEADERS).map((name): [string, string] => [
        name,
        SECURITY_HEADERS[name as keyof typeof SECURITY_HEADERS],
      ]),
    ),
    ...header(
      `${EDITOR_PREFIX}*`,
      EDITOR_ONLY.map((name): [string, string] => [name, EDITOR_HEADERS[name]]),
    ),
    ...header('/_astro/*', [['Cache-Control', hashed.value]]),
    ...header('/pagefind/*', [['Cache-Control', hashed.value]]),
    ...header('/downloads/*', [['Cache-Control', daily.value]]),
    ...header('/open-data/*', [['Cache-Control', daily.value], ...Object.entries(OPEN_DATA_HEADERS)]),
    // Pages revalidate; each Cache-Control above has a matcher of its own, so none overwrites another.
    '  @pages not path /_astro/* /pagefind/* /downloads/* /open-data/*',
    ...header('@pages', [['Cache-Control', page.value]]),
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
