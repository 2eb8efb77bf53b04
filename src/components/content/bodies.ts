/**
 * The body of a text as HTML, once per text and script, and kept: an entry's body appears on its
 * page and in every print edition. The text is parsed as the checker parses it (MDX with GFM,
 * src/checks/mdx.ts), so a "<" the checker saw as text stays text, in code or escaped. Nothing is
 * compiled: a <Note> becomes a notice, any other component or expression is refused again here
 * (the checker refuses them first), raw HTML is never passed through, and what comes out is
 * sanitised to the few elements Markdown makes. (Compiling each text as an MDX module took the
 * build about 600 MB at ten times today's register.)
 */
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { PROSE_PAGES } from '../../content/layout.ts';
import { localeConfig, type LocaleTag } from '../../i18n/locales.ts';
import { htmlToLatin } from '../../i18n/transliterate.ts';
import type { Register } from '../../model/register.ts';
import { LINK_SCHEMES } from '../../schemas/mdx.ts';

interface JsxNode extends Node {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}

/** A <Note> becomes a notice (a warning, with kind="warning"); anything else MDX can hold is refused. */
function notesAsNotices() {
  return (tree: Node, file: { path?: string }) => {
    visit(tree, (node: Node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const element = node as JsxNode;
        if (element.name !== 'Note') throw new Error(`${file.path}: <${element.name ?? ''}> is not a component a text may use.`);
        const warning = element.attributes.some((a) => a.name === 'kind' && a.value === 'warning');
        element.data = {
          hName: node.type === 'mdxJsxFlowElement' ? 'div' : 'span',
          hProperties: { className: warning ? ['notice', 'notice--warning'] : ['notice'], role: 'note' },
        };
        return;
      }
      if (node.type.startsWith('mdx')) throw new Error(`${file.path}: a text may hold no code (${node.type}).`);
    });
  };
}

/** What Markdown makes, and the notice: GitHub's schema, with the notice's classes and phone links. */
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [
      ['className', 'notice', 'notice--warning'],
      ['role', 'note'],
    ],
    span: [
      ['className', 'notice', 'notice--warning'],
      ['role', 'note'],
    ],
  },
  protocols: { ...defaultSchema.protocols, href: LINK_SCHEMES.map((scheme) => scheme.slice(0, -1)) },
};

/** One processor for each language's quotation marks (its profile's `quotes`, "„“" in Serbian). */
const processors = new Map<string, ReturnType<typeof processorFor>>();
function processorFor(quotes: string) {
  const [open = '“', close = '”'] = [...quotes];
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkSmartypants, { openingQuotes: { double: open, single: '‘' }, closingQuotes: { double: close, single: '’' } })
    .use(notesAsNotices)
    .use(remarkRehype)
    .use(rehypeSanitize, schema)
    .use(rehypeStringify);
}

/** Markdown (with <Note>) as HTML, its straight double quotes as `quotes`: exported for the tests. */
export async function markdownToHtml(body: string, path = 'text', quotes = '“”'): Promise<string> {
  let processor = processors.get(quotes);
  if (!processor) {
    processor = processorFor(quotes);
    processors.set(quotes, processor);
  }
  return String(await processor.process({ value: body, path }));
}

/** Each register's rendered bodies, by script and file: a reloaded register (in `astro dev`) renders afresh. */
const rendered = new WeakMap<Register, Map<string, Promise<string>>>();

interface Body {
  body: string;
  locale: LocaleTag;
}

/** Every text, by its file ("content/text/en/services/x.mdx"). */
function bodiesOf(register: Register): Map<string, Body> {
  const found = new Map<string, Body>();
  const texts = [...register.providers, ...register.services].map((e) => e.texts).concat(PROSE_PAGES.map((id) => register.page(id)));
  for (const { byLocale } of texts) for (const text of byLocale.values()) found.set(text.file, text);
  return found;
}
const bodies = new WeakMap<Register, Map<string, Body>>();

export function bodyHtml(register: Register, file: string, latin: boolean): Promise<string> {
  let cache = rendered.get(register);
  if (!cache) {
    cache = new Map();
    rendered.set(register, cache);
  }
  const key = `${latin ? 'Latn' : ''}:${file}`;
  let html = cache.get(key);
  if (!html) {
    let texts = bodies.get(register);
    if (!texts) {
      texts = bodiesOf(register);
      bodies.set(register, texts);
    }
    const text = texts.get(file);
    if (text === undefined) throw new Error(`The text ${file} was not found among the register's texts.`);
    html = markdownToHtml(text.body, file, localeConfig(text.locale).quotes).then((code) => (latin ? htmlToLatin(code) : code));
    cache.set(key, html);
  }
  return html;
}
