/**
 * Rendered PDFs, kept between builds (REGISTER_PDF_CACHE; the deploy workflow restores and saves
 * it): a PDF is rendered only when what it is made of changed. A cached PDF is used only when its
 * record (written after the PDF) says it whole, by its size and SHA-256; a damaged or partial one
 * is removed, rendered again, and never published.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Printed } from './render.ts';

/** Bump when the way a PDF is made changes (render.ts, page-css.ts): every cached PDF is then rendered again. */
const RENDERER = 'register-print-2';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * The key of a PDF: what it is made of. Its print page's HTML, the stylesheets it loads (and so the
 * fonts they name, by hashed file names), `rules` (its title, page rules and the site's address its
 * links take), `renderer` (the browser) and RENDERER. `read` reads a file of the site by its address.
 */
export async function pdfKey(parts: {
  html: string;
  read: (href: string) => Promise<Buffer>;
  renderer: string;
  rules: string;
}): Promise<string> {
  const hash = createHash('sha256').update(`${RENDERER}\n${parts.renderer}\n${parts.rules}\n`).update(parts.html);
  // The stylesheets the page loads, by their addresses after the site's base.
  for (const [, href] of parts.html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))
    hash.update(await parts.read(href!));
  return hash.digest('hex').slice(0, 32);
}

export class PdfCache {
  readonly dir: string;
  /** The keys this build used: the others are removed when it is done. */
  readonly #used = new Set<string>();
  constructor(dir: string) {
    this.dir = dir;
  }

  /** The cached PDF of `key`, if it is whole; a damaged or partial one is removed and not used. */
  async get(key: string): Promise<Printed | undefined> {
    this.#used.add(key);
    const path = join(this.dir, key);
    try {
      const { bytes, sha256: sum, pages, renderings } = JSON.parse(await readFile(`${path}.json`, 'utf8'));
      const pdf = await readFile(`${path}.pdf`);
      if (pdf.length !== bytes || sha256(pdf) !== sum) throw new Error('not whole');
      return { pdf, pages, renderings };
    } catch {
      await Promise.all(['json', 'pdf'].map((ext) => rm(`${path}.${ext}`, { force: true })));
      return undefined;
    }
  }

  /** Keeps a rendered PDF: written beside, then renamed, so that no reader finds half a file; its record last. */
  async put(key: string, { pdf, pages, renderings }: Printed): Promise<void> {
    this.#used.add(key);
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, key);
    await writeFile(`${path}.pdf.part`, pdf);
    await rename(`${path}.pdf.part`, `${path}.pdf`);
    await writeFile(`${path}.json`, JSON.stringify({ bytes: pdf.length, sha256: sha256(pdf), pages, renderings }));
  }

  /** Removes what this build did not use: PDFs of editions that changed, or are gone. */
  async prune(): Promise<number> {
    const entries = await readdir(this.dir, { withFileTypes: true }).catch(() => []);
    const files = entries.filter((e) => e.isFile() && /\.(pdf|json|part)$/.test(e.name)).map((e) => e.name);
    const stale = files.filter((f) => !this.#used.has(f.split('.')[0]!));
    await Promise.all(stale.map((f) => rm(join(this.dir, f), { force: true })));
    return stale.length;
  }
}
