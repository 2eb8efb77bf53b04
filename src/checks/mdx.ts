/**
 * The safety check of content MDX, on the syntax tree before any page is rendered. Texts come from
 * strangers: an import, an export, an {expression}, raw HTML or a javascript: link must never reach
 * a page or the browser that prints the PDFs. Each refusal names file, line and rule, and says what
 * to write instead. (The renderer refuses and sanitises again: src/view/bodies.ts.)
 */
import type { Link, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../content/mdx.ts';
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
type Jsx = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const COMPONENTS = CONTENT_COMPONENTS as Record<string, Record<string, readonly string[]>>;
const componentList = Object.keys(COMPONENTS)
  .map((c) => `<${c}>`)
  .join(', ');
const MARKDOWN_INSTEAD = 'write Markdown instead: **bold**, [a link](https://example.org), "- " for a list item';

/**
 * Eight times the longest text (the safety page, about 5,000 characters): room to grow, while a paste
 * gone wrong (a whole report, a file read as text) is refused before it reaches every page and PDF.
 */
export const BODY_MAX_CHARS = 40_000;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Reports a broken rule at a node; what the text holds there is `found`, else the node's own source. */
type Report = (rule: Rule, node: Nodes, advice: string, found?: string) => void;

/** One attribute of an allowed component: words in quotes, one of the values it takes. */
function checkAttribute(attribute: Jsx['attributes'][number], jsx: Jsx, report: Report) {
  const name = jsx.name ?? '';
  const allowed = COMPONENTS[name]!;
  if (attribute.type === 'mdxJsxExpressionAttribute')
    return report('no-expression', jsx, 'attributes cannot be code in { }: remove it');
  const attr = attribute.name;
  const values = allowed[attr];
  if (attribute.value !== null && typeof attribute.value === 'object') {
    const advice = `attribute values are words in quotes, such as ${attr}="${values?.[0] ?? '…'}", never code in { }`;
    report('no-expression', jsx, advice, `${attr}={${attribute.value.value}}`);
  } else if (/^on/i.test(attr)) {
    report('allowed-attributes', jsx, `event handlers such as ${attr} run code: remove it`, attr);
  } else if (!values) {
    const known = Object.keys(allowed);
    const takes = known.length ? known.map((k) => `${k}="…"`).join(', ') : 'no attributes';
    report('allowed-attributes', jsx, `<${name}> takes ${takes}: remove ${attr}`, attr);
  } else if (typeof attribute.value !== 'string' || !values.includes(attribute.value)) {
    const oneOf = values.map((v) => `"${v}"`).join(', ');
    const advice = `${attr} of <${name}> is one of ${oneOf}, such as <${name} ${attr}="${values[0]}">`;
    report('allowed-attributes', jsx, advice, typeof attribute.value === 'string' ? short(attribute.value) : undefined);
  }
}

/** A JSX element: only the allowed components, with only their attributes. */
function checkElement(jsx: Jsx, report: Report): void {
  const name = jsx.name ?? '';
  const tag = `<${name}>`;
  if (COMPONENTS[name]) for (const attribute of jsx.attributes) checkAttribute(attribute, jsx, report);
  else if (/^[a-z]/.test(name) || name === '')
    report('no-html', jsx, `HTML tags are not allowed in texts: ${MARKDOWN_INSTEAD}`, tag);
  else report('allowed-components', jsx, `texts may use only ${componentList}: remove ${tag} or use one of those`, tag);
}

/** A link or an image: only safe schemes, and no image from another site. */
function checkLink(node: Extract<Nodes, Pick<Link, 'url'>>, report: Report): void {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(node.url.trim())?.[0].toLowerCase();
  if (scheme && !(LINK_SCHEMES as readonly string[]).includes(scheme)) {
    const advice =
      `a link may start with ${LINK_SCHEMES.join(' ')} or point to a page of this site ("/sr/about/"): ` +
      `${scheme} links are refused`;
    report('safe-links', node, advice, short(node.url));
  } else if (node.type === 'image' && (scheme || node.url.startsWith('//'))) {
    const advice =
      "an image from another site would be loaded by every reader's browser, " +
      'telling that site who reads the register: remove it';
    report('no-external-images', node, advice, short(node.url));
  }
}

/** Problems of one text's body; `firstLine` is the line of the file the body starts on. */
export function checkMdx(file: string, body: string, firstLine: number): Problem[] {
  const problem = (rule: Rule, line: number | undefined, advice: string): Problem => ({
    file,
    line: (line ?? 1) + firstLine - 1,
    field: 'text',
    message: `rule "${rule}" (${MDX_RULES[rule]}): ${advice}`,
  });
  if (body.length > BODY_MAX_CHARS) {
    // At the line where the limit is crossed: what follows it is what to cut.
    const count = (n: number) => n.toLocaleString('en');
    const advice =
      `this text has ${count(body.length)} characters; keep it under ${count(BODY_MAX_CHARS)}: ` +
      'cut from this line on, or link to the source for the details';
    return [problem('length', body.slice(0, BODY_MAX_CHARS).split('\n').length, advice)];
  }
  let tree: Nodes;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    const howToEscape = 'A "<" or "{" starts code in MDX: to write the character itself, write "\\<" or "\\{"';
    return [problem('syntax', e.line, `${e.reason ?? e.message}. ${howToEscape}`)];
  }
  const problems: Problem[] = [];
  const source = ({ position: at }: Nodes) => short(at ? body.slice(at.start.offset, at.end.offset) : '');
  const report: Report = (rule, node, advice, found = source(node)) =>
    problems.push({ ...problem(rule, node.position?.start.line, advice), found });
  const expression = 'texts cannot hold code in { }: write the words themselves; to write a brace, write "\\{"';
  visit(tree, (node: Nodes) => {
    if (node.type === 'mdxjsEsm')
      report('no-import-export', node, 'texts cannot import or export code: remove this line');
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      report('no-expression', node, expression);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node, report);
    else if (node.type === 'html') report('no-html', node, `HTML is not allowed in texts: ${MARKDOWN_INSTEAD}`);
    else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') checkLink(node, report);
  });
  return problems;
}
