/**
 * Rendered PDFs, kept between builds (REGISTER_PDF_CACHE, `.cache/pdf` by default; the deploy
 * workflow restores and saves it): a PDF is rendered only when what it is made of changed. Its key
 * is a hash of its print page's HTML, the stylesheets the page loads (and so the fonts they name,
 * by hashed file names), its title and page rules, the site's address its links take, and the
 * renderer: Chromium's and Playwright's versions and RENDERER. A cached PDF is used only when its
 * record (written after the PDF) says it whole: its size and its SHA-256; a damaged or partial one
 * is removed, rendered again, and never published.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Bump when the way a PDF is made changes (src/print/render.ts, page-css.ts): every cached PDF is
 * then rendered again.
 */
const RENDERER = 'register-print-2';

export interface CachedPdf {
  pdf: Buffer;
  pages: number;
  /** How many renderings it took when it was printed: 1 when its pages came out as foreseen. */
  renderings: number;
}

interface Record {
  bytes: number;
  sha256: string;
  pages: number;
  renderings: number;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** The stylesheets a page loads, by their addresses after the site's base. */
const stylesheets = (html: string) =>
  [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);

/**
 * The key of a PDF: what it is made of. `read` reads a file of the built site by its address;
 * `renderer` names the browser that renders it.
 */
export async function pdfKey(parts: {
  html: string;
  read: (href: string) => Promise<Buffer>;
  renderer: string;
  rules: string;
}): Promise<string> {
  const hash = createHash('sha256').update(`${RENDERER}\n${parts.renderer}\n${parts.rules}\n`).update(parts.html);
  for (const href of stylesheets(parts.html)) hash.update(await parts.read(href));
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
  async get(key: string): Promise<CachedPdf | undefined> {
    this.#used.add(key);
    try {
      const record = JSON.parse(await readFile(join(this.dir, `${key}.json`), 'utf8')) as Record;
      const pdf = await readFile(join(this.dir, `${key}.pdf`));
      if (pdf.length !== record.bytes || sha256(pdf) !== record.sha256) throw new Error('not whole');
      return { pdf, pages: record.pages, renderings: record.renderings };
    } catch {
      await this.#forget(key);
      return undefined;
    }
  }

  /** Keeps a rendered PDF: written beside, then renamed, so that no reader finds half a file. */
  async put(key: string, { pdf, pages, renderings }: CachedPdf): Promise<void> {
    this.#used.add(key);
    await mkdir(this.dir, { recursive: true });
    const record: Record = { bytes: pdf.length, sha256: sha256(pdf), pages, renderings };
    await writeFile(join(this.dir, `${key}.pdf.part`), pdf);
    await rename(join(this.dir, `${key}.pdf.part`), join(this.dir, `${key}.pdf`));
    await writeFile(join(this.dir, `${key}.json`), JSON.stringify(record));
  }

  /** Removes what this build did not use: PDFs of editions that changed, or are gone. */
  async prune(): Promise<number> {
    const entries = await readdir(this.dir, { withFileTypes: true }).catch(() => []);
    const files = entries.filter((e) => e.isFile() && /\.(pdf|json|part)$/.test(e.name)).map((e) => e.name);
    const stale = files.filter((f) => !this.#used.has(f.split('.')[0]!));
    await Promise.all(stale.map((f) => rm(join(this.dir, f), { force: true })));
    return stale.length;
  }

  async #forget(key: string): Promise<void> {
    await Promise.all(['json', 'pdf'].map((ext) => rm(join(this.dir, `${key}.${ext}`), { force: true })));
  }
}
