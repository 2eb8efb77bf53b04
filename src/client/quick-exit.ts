/**
 * "Exit this page" in the browser, after GOV.UK's component and the lessons of its bug history.
 * It touches no storage and sends nothing anywhere.
 * - The button and the skip link leave at once: an overlay covers the page and is announced, the
 *   title goes, and this page is replaced in the tab's history by a neutral site.
 * - Shift pressed three times within five seconds does the same. Each press is announced ("Shift
 *   pressed 1 of 3 times") and lights one of three dots; the count starts again after five
 *   seconds, and when the page comes back from the back-forward cache.
 * - A Shift used to type a capital (pressed together with a letter) does not count, and ends the
 *   count. Left and right Shift count alike, also when pressed together (GOV.UK #5393).
 * - On a touch screen, inside a text field, Shift does not count: on-screen keyboards send Shift on
 *   their own, for capitals and to switch layouts (GOV.UK #4095). The button stays in view instead.
 */

const PRESSES = 3;
const WITHIN_MS = 5000;

/** Cover the page at once, say so, then leave, replacing this page in the tab's history. */
function exitNow(doc: Document, url: string): void {
  const overlay = doc
    .querySelector<HTMLTemplateElement>('template[data-quick-exit-overlay]')
    ?.content.firstElementChild?.cloneNode(true);
  if (overlay) doc.body.append(overlay);
  // CSSOM changes are allowed under the Content Security Policy; style attributes in markup are not.
  doc.documentElement.classList.add('quick-exit--leaving');
  doc.title = '';
  doc.defaultView?.location.replace(url);
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)));

export function enableQuickExit(doc: Document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]')];
  const button = doc.querySelector<HTMLElement>('.quick-exit__button');
  const status = doc.querySelector<HTMLElement>('[data-quick-exit-status]');
  if (links.length === 0) return;
  const url = links[0]!.href;
  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      exitNow(doc, url);
    });
  }

  const touch = doc.defaultView?.matchMedia?.('(pointer: coarse)').matches ?? false;
  let count = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A non-Shift key went down while Shift was held: this Shift is for a capital. */
  let modified = false;

  /** Lights as many dots as presses counted, and says `text`, if any. */
  const show = (pressed: number, text?: string) => {
    if (button) button.dataset.pressed = String(pressed);
    if (status && text !== undefined) status.textContent = text;
  };
  const reset = (expired: boolean) => {
    clearTimeout(timer);
    show(0, expired && count > 0 ? (status?.dataset.expired ?? '') : undefined);
    count = 0;
  };

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift') {
      modified = event.shiftKey;
      if (count > 0) reset(false);
    }
  });
  doc.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') return;
    if (modified || (touch && typing(event.target))) {
      modified = false;
      reset(false);
      return;
    }
    count += 1;
    clearTimeout(timer);
    if (count >= PRESSES) {
      reset(false);
      exitNow(doc, url);
      return;
    }
    show(count, (status?.dataset.pressed ?? '').replace('{count}', String(count)));
    timer = setTimeout(() => reset(true), WITHIN_MS);
  });

  // A page shown again from the back-forward cache starts afresh, uncovered.
  doc.defaultView?.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    reset(false);
    doc.documentElement.classList.remove('quick-exit--leaving');
    for (const overlay of doc.querySelectorAll('.quick-exit__overlay')) overlay.remove();
  });
}
