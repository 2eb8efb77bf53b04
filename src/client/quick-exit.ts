/**
 * Browser behaviour of "Exit this page". Kept apart from the component so that it can be read and
 * tested on its own; it touches no storage and sends nothing anywhere.
 */

const PRESSES = 3;
const WITHIN_MS = 5000;

/** Blank the page at once, then leave, replacing this page in the tab's history. */
function exitNow(doc: Document, url: string): void {
  // CSSOM changes are allowed under the Content Security Policy; style attributes in markup are not.
  doc.documentElement.style.background = '#fff';
  doc.body.style.visibility = 'hidden';
  doc.title = '';
  doc.defaultView?.location.replace(url);
}

export function enableQuickExit(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  if (!link) return;
  const url = link.href;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    exitNow(doc, url);
  });

  let presses: number[] = [];
  doc.addEventListener('keyup', (event) => {
    // Shift on its own, not as part of typing a capital letter.
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    const now = event.timeStamp;
    presses = [...presses.filter((t) => now - t < WITHIN_MS), now];
    if (presses.length >= PRESSES) {
      presses = [];
      exitNow(doc, url);
    }
  });
}
