/**
 * The HTML document Pagefind indexes for one record. It is never published: the pages people read
 * stay as they are, and the index gets folded words with weights (names above categories above
 * the rest), the filters, the sort key and what a result shows.
 */
import type { SearchRecord } from './records.ts';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An element that gives Pagefind a value without adding words to the index. */
const value = (attribute: string, key: string, v: string) =>
  `<span ${attribute}="${key}[data-value]" data-value="${escapeHtml(v)}"></span>`;

/** Names weigh most, then the words people type for an entry and its categories, then the rest. */
const WEIGHTS = { name: 10, terms: 5, text: 1 } as const;

export function indexDocument(record: SearchRecord): string {
  const meta = Object.entries(record.meta)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, v]) => value('data-pagefind-meta', key, v));
  const filters = Object.entries(record.filters).flatMap(([group, values]) =>
    values.map((v) => value('data-pagefind-filter', group, v)),
  );
  return [
    `<!doctype html><html lang="${record.lang}"><head><title>${escapeHtml(record.meta.title)}</title></head>`,
    '<body data-pagefind-body>',
    `<h1 data-pagefind-weight="${WEIGHTS.name}">${escapeHtml(record.words.name)}</h1>`,
    `<p data-pagefind-weight="${WEIGHTS.terms}">${escapeHtml(record.words.terms)}</p>`,
    `<p>${escapeHtml(record.words.text)}</p>`,
    ...meta,
    ...filters,
    value('data-pagefind-sort', 'name', record.sortName),
    '</body></html>',
  ].join('\n');
}
