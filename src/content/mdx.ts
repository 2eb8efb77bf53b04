/**
 * How a text's body is parsed: MDX with GitHub's Markdown (tables, strikethrough, autolinks). One
 * parser for the checker, which judges the tree before anything is rendered (src/checks/mdx.ts),
 * and for the renderer, which turns the same tree into HTML (src/view/bodies.ts): what the checker
 * saw as text stays text. Throws on a syntax error, with its line.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

export const parseMdx = (body: string): Root => parser.runSync(parser.parse(body)) as Root;
