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
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from '../config/security.ts';

export const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, "frame-ancestors 'none'"].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
} as const;

export const CACHE_RULES = [
  /** Astro's and Pagefind's files: their names change when their content does. */
  { kind: 'hashed', patterns: ['/_astro/*', '/pagefind/*'], value: 'public, max-age=31536000, immutable' },
  { kind: 'daily', patterns: ['/downloads/*', '/open-data/*'], value: 'public, max-age=86400' },
  { kind: 'page', patterns: ['/*'], value: 'public, max-age=0, must-revalidate' },
] as const;

/** The Cache-Control of a file, by its path after the base ("/_astro/x.css", "/sr/"). */
export function cacheControl(path: string): string {
  for (const rule of CACHE_RULES) {
    if (rule.patterns.some((p) => path.startsWith(p.slice(0, -1)))) return rule.value;
  }
  return CACHE_RULES.at(-1)!.value;
}

/** Every header for a file at `path` (after the base). */
export function headersFor(path: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControl(path) };
}
