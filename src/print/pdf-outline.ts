/** Reading a PDF back with pdf.js: its pages and the page each bookmark (outline entry) points to. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF opened with pdf.js; `close()` ends its worker. */
export async function readPdf(data: Uint8Array) {
  // pdf.js may take the buffer over: give it a copy.
  const task = getDocument({ data: new Uint8Array(data), useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  return Object.assign(pdf, { close: () => task.destroy() });
}

/** Every bookmark in document order, depth first, with its 1-based page number. */
export async function bookmarks(data: Uint8Array) {
  const pdf = await readPdf(data);
  const found: { title: string; page: number; depth: number }[] = [];
  type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
  const walk = async (items: Item[], depth: number) => {
    for (const item of items) {
      const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
      const ref = Array.isArray(dest) ? dest[0] : undefined;
      const title = item.title.replace(/\s+/g, ' ').trim();
      if (ref) found.push({ title, page: (await pdf.getPageIndex(ref as never)) + 1, depth });
      await walk(item.items ?? [], depth + 1);
    }
  };
  await walk(((await pdf.getOutline()) ?? []) as Item[], 0);
  const pages = pdf.numPages;
  await pdf.close();
  return { pages, bookmarks: found };
}
