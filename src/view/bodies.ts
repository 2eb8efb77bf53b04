/**
 * The body of a text as HTML, once per text and script, and kept (an entry's body is on its page and in every
 * print edition); and as plain text, for the search and the open data. Parsed as the checker parses it
 * (src/content/mdx.ts), so a "<" the checker saw as text stays text. Nothing is compiled: a <Note> becomes a
 * notice, any other component or expression is refused again here, raw HTML is never passed through, and the
 * output is sanitised to the elements Markdown makes. (Compiling each text as an MDX module took the build
 * about 600 MB at ten times today's register.)
 */
import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../content/mdx.ts';
import { localeConfig, type LocaleTag } from '../i18n/locales.ts';
import { htmlToLatin, toLatin } from '../i18n/transliterate.ts';
import { memo } from '../lib/memo.ts';
import { everyText } from '../model/queries.ts';
import type { Register } from '../model/register.ts';
import { LINK_SCHEMES } from '../schemas/mdx.ts';
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
        if (element.name !== 'Note')
          throw new Error(`${file.path}: <${element.name ?? ''}> is not a component a text may use.`);
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

const NOTICE: [string, ...string[]][] = [
  ['className', 'notice', 'notice--warning'],
  ['role', 'note'],
];

/** What Markdown makes, and the notice: GitHub's schema, with the notice's classes and phone links. */
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, div: NOTICE, span: NOTICE },
  protocols: { ...defaultSchema.protocols, href: LINK_SCHEMES.map((scheme) => scheme.slice(0, -1)) },
};

/** One renderer for each language's quotation marks (its profile's `quotes`, "„“" in Serbian). */
const rendererFor = memo((quotes: string) => {
  const [open = '“', close = '”'] = [...quotes];
  return unified()
    .use(remarkSmartypants, {
      openingQuotes: { double: open, single: '‘' },
      closingQuotes: { double: close, single: '’' },
    })
    .use(notesAsNotices)
    .use(remarkRehype)
    .use(rehypeSanitize, schema)
    .use(rehypeStringify)
    .freeze();
});

/** Markdown (with <Note>) as HTML, its straight double quotes as `quotes`: exported for the tests. */
export async function markdownToHtml(body: string, path = 'text', quotes = '“”'): Promise<string> {
  const renderer = rendererFor(quotes);
  return renderer.stringify(await renderer.run(parseMdx(body), { path, value: body }));
}

/** Every text, by its file ("content/text/en/services/x.mdx"). */
const bodiesOf = memo((register: Register) => {
  const texts = everyText(register).flatMap(({ byLocale }) => [...byLocale.values()]);
  return new Map(texts.map((text) => [text.file, text]));
});

function bodyOf(register: Register, file: string) {
  const text = bodiesOf(register).get(file);
  if (text === undefined) throw new Error(`The text ${file} was not found among the register's texts.`);
  return text;
}

/** A text's body as HTML, in Latin letters when `latin`; once per register, text and script. */
export const bodyHtml = memo(async (register: Register, file: string, latin: boolean): Promise<string> => {
  const text = bodyOf(register, file);
  const html = await markdownToHtml(text.body, file, localeConfig(text.locale as LocaleTag).quotes);
  return latin ? htmlToLatin(html) : html;
});

/** What a block says, as plain text: its paragraphs, headings and table cells apart. */
function plainText(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    blocks.push(textOf(node));
    return 'skip';
  });
  return blocks.join('\n\n');
}

/** A text's body as plain text, for the search and the open data; in Latin letters when `latin`. */
export const bodyText = memo((register: Register, file: string, latin: boolean): string => {
  const text = plainText(parseMdx(bodyOf(register, file).body));
  return latin ? toLatin(text) : text;
});
