/**
 * What every copy of the register tells browsers about itself, in one place: the Content Security
 * Policy (a <meta> tag on every page, src/build/headers.ts as a header too) and the headers a host
 * sends. Only this site's own files; no inline code that Astro did not hash; 'wasm-unsafe-eval'
 * and blob: workers are what the search (Pagefind) needs and nothing more.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
