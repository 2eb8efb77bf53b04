/**
 * The body of a text as HTML, rendered from the register's texts as Astro renders Markdown (GFM,
 * typographic quotes, heading ids), once per text and script, and kept: an entry's body appears on
 * its page and in every print edition. The checker has refused anything but Markdown and <Note>
 * (src/checks/mdx.ts), so no text is compiled to code: a <Note> becomes the same element as
 * src/components/content/Note.astro draws, with its Markdown inside. (Compiling each text as an MDX
 * module took the build about 600 MB at ten times today's register.)
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { PROSE_PAGES } from '../../content/layout.ts';
import { htmlToLatin } from '../../i18n/transliterate.ts';
import type { Register } from '../../model/register.ts';

let processor: Promise<Awaited<ReturnType<typeof createMarkdownProcessor>>> | undefined;
const rendered = new Map<string, Promise<string>>();
const bodies = new WeakMap<Register, Map<string, string>>();

/** Every text's body, by its file ("content/text/en/services/x.mdx"). */
function bodiesOf(register: Register): Map<string, string> {
  let found = bodies.get(register);
  if (!found) {
    found = new Map();
    const texts = [...register.providers, ...register.services].map((e) => e.texts).concat(PROSE_PAGES.map((id) => register.page(id)));
    for (const { byLocale } of texts) for (const text of byLocale.values()) found.set(text.file, text.body);
    bodies.set(register, found);
  }
  return found;
}

/** <Note kind="warning">…</Note> as Note.astro draws it: a block of its own, the Markdown inside it still Markdown. */
const withNotes = (mdx: string) =>
  mdx
    .replace(
      /<Note(?:\s+kind="(\w+)")?\s*>/g,
      (_tag, kind?: string) => `\n\n<div class="notice${kind === 'warning' ? ' notice--warning' : ''}" role="note">\n\n`,
    )
    .replace(/<\/Note>/g, '\n\n</div>\n\n');

export function bodyHtml(register: Register, file: string, latin: boolean): Promise<string> {
  const key = `${latin ? 'Latn' : ''}:${file}`;
  let html = rendered.get(key);
  if (!html) {
    const body = bodiesOf(register).get(file);
    if (body === undefined) throw new Error(`The text ${file} was not found among the register's texts.`);
    processor ??= createMarkdownProcessor({ syntaxHighlight: false });
    html = processor.then(async (p) => {
      const { code } = await p.render(withNotes(body));
      return latin ? htmlToLatin(code) : code;
    });
    rendered.set(key, html);
  }
  return html;
}
