/**
 * Build steps that run beside the others: the search index (Pagefind runs in a process of its own)
 * and the open data are made while Chromium prints the PDFs, since none reads what another writes.
 * Astro runs the integrations' build steps one after another; the last one waits for these
 * (src/integrations/publish.ts), so a build still fails when any of them fails.
 */
const pending: Promise<unknown>[] = [];

export function inBackground(work: Promise<unknown>): void {
  // Kept to be awaited by `backgroundDone`; until then a failure is not "unhandled".
  work.catch(() => {});
  pending.push(work);
}

export async function backgroundDone(): Promise<void> {
  await Promise.all(pending.splice(0));
}
