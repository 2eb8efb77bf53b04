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
  length: 'a text a reader can read',
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

/**
 * Eight times the longest text of the register (the safety page, about 5,000 characters): room to
 * grow, while a paste gone wrong (a whole report, a file read as text) is refused before it is
 * parsed, rendered into every page and printed into every PDF.
 */
export const BODY_MAX_CHARS = 40_000;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function schemeOf(url: string): string | undefined {
  const match = url.trim().match(/^([a-z][a-z0-9+.-]*):/i);
  return match?.[1] ? `${match[1].toLowerCase()}:` : undefined;
}

/** A body over the limit, at the line where the limit is crossed: what follows it is what to cut. */
function lengthProblem(file: string, body: string, firstLine: number): Problem | undefined {
  if (body.length <= BODY_MAX_CHARS) return undefined;
  const count = (n: number) => n.toLocaleString('en');
  return {
    file,
    line: body.slice(0, BODY_MAX_CHARS).split('\n').length + firstLine - 1,
    field: 'text',
    message:
      `rule "length" (${MDX_RULES.length}): this text has ${count(body.length)} characters; keep it under ` +
      `${count(BODY_MAX_CHARS)}: cut from this line on, or link to the source for the details`,
  };
}

type Report = (rule: Rule, node: Node | undefined, found: string, advice: string) => void;

/** One attribute of an allowed component: words in quotes, one of the values it takes. */
function checkAttribute(attribute: JsxAttribute, jsx: JsxNode, report: Report, source: (node: Node) => string): void {
  const name = jsx.name ?? '';
  const allowed = COMPONENTS[name]!;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    report('no-expression', jsx, short(source(jsx)), 'attributes cannot be code in { }: remove it');
    return;
  }
  const attr = attribute.name ?? '';
  const values = allowed[attr];
  if (attribute.value !== null && typeof attribute.value === 'object') {
    const advice = `attribute values are words in quotes, such as ${attr}="${values?.[0] ?? '…'}", never code in { }`;
    report('no-expression', jsx, `${attr}={${attribute.value.value}}`, advice);
  } else if (/^on/i.test(attr)) {
    report('allowed-attributes', jsx, attr, `event handlers such as ${attr} run code: remove it`);
  } else if (!values) {
    const known = Object.keys(allowed);
    const takes = known.length ? known.map((k) => `${k}="…"`).join(', ') : 'no attributes';
    report('allowed-attributes', jsx, attr, `<${name}> takes ${takes}: remove ${attr}`);
  } else if (typeof attribute.value !== 'string' || !values.includes(attribute.value)) {
    const found = typeof attribute.value === 'string' ? attribute.value : source(jsx);
    const oneOf = values.map((v) => `"${v}"`).join(', ');
    report(
      'allowed-attributes',
      jsx,
      short(found),
      `${attr} of <${name}> is one of ${oneOf}, such as <${name} ${attr}="${values[0]}">`,
    );
  }
}

/** A JSX element: only the allowed components, with only their attributes. */
function checkElement(jsx: JsxNode, report: Report, source: (node: Node) => string): void {
  const name = jsx.name ?? '';
  if (COMPONENTS[name]) {
    for (const attribute of jsx.attributes) checkAttribute(attribute, jsx, report, source);
  } else if (/^[a-z]/.test(name) || name === '') {
    report('no-html', jsx, `<${name}>`, `HTML tags are not allowed in texts: ${MARKDOWN_INSTEAD}`);
  } else {
    report(
      'allowed-components',
      jsx,
      `<${name}>`,
      `texts may use only ${componentList}: remove <${name}> or use one of those`,
    );
  }
}

/** A link or an image: only safe schemes, and no image from another site. */
function checkLink(node: Node & { url: string }, report: Report): void {
  const scheme = schemeOf(node.url);
  if (scheme && !(LINK_SCHEMES as readonly string[]).includes(scheme)) {
    const advice =
      `a link may start with ${LINK_SCHEMES.join(' ')} or point to a page of this site ("/sr/about/"): ` +
      `${scheme} links are refused`;
    report('safe-links', node, short(node.url), advice);
  } else if (node.type === 'image' && (scheme || node.url.startsWith('//'))) {
    const advice =
      "an image from another site would be loaded by every reader's browser, " +
      'telling that site who reads the register: remove it';
    report('no-external-images', node, short(node.url), advice);
  }
}

/** The body as a syntax tree, or the problem that keeps it from being one. */
function parsed(file: string, body: string, firstLine: number): Node | Problem {
  try {
    return parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    const howToEscape = 'A "<" or "{" starts code in MDX: to write the character itself, write "\\<" or "\\{"';
    const message = `rule "syntax" (${MDX_RULES.syntax}): ${e.reason ?? e.message}. ${howToEscape}`;
    return { file, line: (e.line ?? 1) + firstLine - 1, field: 'text', message };
  }
}

/** Problems of one text's body; `firstLine` is the line of the file the body starts on. */
export function checkMdx(file: string, body: string, firstLine: number): Problem[] {
  const tooLong = lengthProblem(file, body, firstLine);
  if (tooLong) return [tooLong];
  const tree = parsed(file, body, firstLine);
  if ('file' in tree) return [tree as Problem];
  const problems: Problem[] = [];
  const report: Report = (rule, node, found, advice) =>
    problems.push({
      file,
      line: node?.position ? node.position.start.line + firstLine - 1 : firstLine,
      field: 'text',
      found,
      message: `rule "${rule}" (${MDX_RULES[rule]}): ${advice}`,
    });
  const source = (node: Node) =>
    node.position ? body.slice(node.position.start.offset, node.position.end.offset) : '';
  const expression = 'texts cannot hold code in { }: write the words themselves; to write a brace, write "\\{"';
  visit(tree, (node: Node) => {
    if (node.type === 'mdxjsEsm')
      report('no-import-export', node, short(source(node)), 'texts cannot import or export code: remove this line');
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      report('no-expression', node, short(source(node)), expression);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      checkElement(node as JsxNode, report, source);
    else if (node.type === 'html')
      report('no-html', node, short(source(node)), `HTML is not allowed in texts: ${MARKDOWN_INSTEAD}`);
    else if (['link', 'definition', 'image'].includes(node.type)) checkLink(node as Node & { url: string }, report);
  });
  return problems;
}
