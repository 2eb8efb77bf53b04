/**
 * The safety check of content MDX, run on the syntax tree before any page is rendered. Texts come
 * from strangers: an import, an export, an {expression}, raw HTML or a javascript: link must never
 * reach a page or the browser that prints the PDFs. Each refusal names the file, the line and the
 * rule, and says what to write instead. (The renderer refuses and sanitises again:
 * src/view/bodies.ts.)
 */
import { visit } from 'unist-util-visit';
import { parseMdx } from '../content/mdx.ts';
import type { Node } from 'unist';
import { CONTENT_COMPONENTS, LINK_SCHEMES } from '../schemas/mdx.ts';
import type { Problem } from './problem.ts';

const MDX_RULES = {
  syntax: 'not valid MDX',
  'no-import-export': 'no import or export',
  'no-expression': 'no JavaScript expression',
  'no-html': 'no raw HTML',
  'allowed-components': 'only the allowed components',
  'allowed-attributes': 'only the allowed attributes',
  'safe-links': 'only safe links',
  'no-external-images': 'no images from other sites',
} as const;
type Rule = keyof typeof MDX_RULES;

const COMPONENTS = CONTENT_COMPONENTS as Record<string, Record<string, readonly string[]>>;
const componentList = Object.keys(COMPONENTS)
  .map((c) => `<${c}>`)
  .join(', ');
const MARKDOWN_INSTEAD = 'write Markdown instead: **bold**, [a link](https://example.org), "- " for a list item';

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}
interface JsxNode extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function schemeOf(url: string): string | undefined {
  const match = url.trim().match(/^([a-z][a-z0-9+.-]*):/i);
  return match?.[1] ? `${match[1].toLowerCase()}:` : undefined;
}

/** Problems of one text's body; `firstLine` is the line of the file the body starts on. */
export function checkMdx(file: string, body: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const report = (rule: Rule, node: Node | undefined, found: string, advice: string) =>
    problems.push({
      file,
      line: node?.position ? node.position.start.line + firstLine - 1 : firstLine,
      field: 'text',
      found,
      message: `rule "${rule}" (${MDX_RULES[rule]}): ${advice}`,
    });

  let tree: Node;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    problems.push({
      file,
      line: (e.line ?? 1) + firstLine - 1,
      field: 'text',
      message: `rule "syntax" (${MDX_RULES.syntax}): ${e.reason ?? e.message}. A "<" or "{" starts code in MDX: to write the character itself, write "\\<" or "\\{"`,
    });
    return problems;
  }

  const source = (node: Node) => (node.position ? body.slice(node.position.start.offset, node.position.end.offset) : '');

  visit(tree, (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report('no-import-export', node, short(source(node)), 'texts cannot import or export code: remove this line');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report('no-expression', node, short(source(node)), 'texts cannot hold code in { }: write the words themselves; to write a brace, write "\\{"');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const jsx = node as JsxNode;
        const name = jsx.name ?? '';
        const allowed = COMPONENTS[name];
        if (!allowed) {
          if (/^[a-z]/.test(name) || name === '') report('no-html', node, `<${name}>`, `HTML tags are not allowed in texts: ${MARKDOWN_INSTEAD}`);
          else report('allowed-components', node, `<${name}>`, `texts may use only ${componentList}: remove <${name}> or use one of those`);
          break;
        }
        for (const attribute of jsx.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report('no-expression', node, short(source(node)), `attributes cannot be code in { }: remove it`);
            continue;
          }
          const attr = attribute.name ?? '';
          const values = allowed[attr];
          if (attribute.value !== null && typeof attribute.value === 'object') {
            report(
              'no-expression',
              node,
              `${attr}={${attribute.value.value}}`,
              `attribute values are words in quotes, such as ${attr}="${values?.[0] ?? '…'}", never code in { }`,
            );
          } else if (/^on/i.test(attr)) {
            report('allowed-attributes', node, attr, `event handlers such as ${attr} run code: remove it`);
          } else if (!values) {
            const known = Object.keys(allowed);
            report(
              'allowed-attributes',
              node,
              attr,
              `<${name}> takes ${known.length ? known.map((k) => `${k}="…"`).join(', ') : 'no attributes'}: remove ${attr}`,
            );
          } else if (typeof attribute.value !== 'string' || !values.includes(attribute.value)) {
            const found = typeof attribute.value === 'string' ? attribute.value : source(node);
            report(
              'allowed-attributes',
              node,
              short(found),
              `${attr} of <${name}> is one of ${values.map((v) => `"${v}"`).join(', ')}, such as <${name} ${attr}="${values[0]}">`,
            );
          }
        }
        break;
      }
      case 'html':
        report('no-html', node, short(source(node)), `HTML is not allowed in texts: ${MARKDOWN_INSTEAD}`);
        break;
      case 'link':
      case 'definition':
      case 'image': {
        const url = (node as Node & { url: string }).url;
        const scheme = schemeOf(url);
        if (scheme && !(LINK_SCHEMES as readonly string[]).includes(scheme)) {
          report(
            'safe-links',
            node,
            short(url),
            `a link may start with ${LINK_SCHEMES.join(' ')} or point to a page of this site ("/sr/about/"): ${scheme} links are refused`,
          );
        } else if (node.type === 'image' && (scheme || url.startsWith('//'))) {
          report(
            'no-external-images',
            node,
            short(url),
            "an image from another site would be loaded by every reader's browser, telling that site who reads the register: remove it",
          );
        }
        break;
      }
    }
  });
  return problems;
}
