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

/**
 * The web editor (docs/editor.md) lives apart, under this path (dist/admin/), with a policy of its
 * own, sent for that path only (src/build/headers.ts) and as a <meta> tag on its page; the pages'
 * policy above does not change. Everything it loads is copied into dist/admin/ at build; beyond that
 * it may send its styles as <style> elements (Svelte does: 'unsafe-inline' for styles, never
 * scripts), read and write the repository through GitHub's API once signed in and show the person's
 * GitHub picture, and read back files it has just read (blob: and data:). Sveltia CMS's own checks on
 * every visit (unpkg.com: a newer version? githubstatus.com: is GitHub up?) are answered inside its
 * bundle (src/editor/assets.ts): it is updated through package.json.
 */
export const EDITOR_PATH = 'admin/';

export const EDITOR_CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;
