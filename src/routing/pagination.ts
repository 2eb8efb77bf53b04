/**
 * Long lists cut into pages, so that no page grows with the register (a page's HTML stays under its
 * budget however many local services are entered): the first page at the list's own address, the
 * next ones at "<address><n>/". Without JavaScript, each page links to every other.
 */
import type { PageContext } from '../view/context.ts';

/** Entries on one page of a long list: about 10 KB of HTML gzipped, with the page around it. */
export const PAGE_SIZE = 40;

/** Rows of a table on one page: a row is a fraction of an entry's card. */
export const ROWS_PAGE_SIZE = 150;

/** The address of page `n` of the list at `path` ("categories/x/", "categories/x/2/"). */
export const pagedPath = (path: string, n: number) => (n > 1 ? `${path}${n}/` : path);

/** The items cut into pages of `size`; a list with no item has one empty page. */
export function pagesOf<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/** A page's title: the list's, with "Page 2 of 3" when it has several pages, so tabs and history tell them apart. */
export function pagedTitle(title: string, page: number, pages: number, ctx: Pick<PageContext, 't' | 'number'>): string {
  return pages > 1 ? `${title} · ${ctx.t('pager.page', { page: ctx.number(page), pages: ctx.number(pages) })}` : title;
}

/** Consecutive items under the same heading, as one page shows them. */
export function runs<T, K>(items: readonly T[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  const found: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = found.at(-1);
    if (last && last.key === key) last.items.push(item);
    else found.push({ key, items: [item] });
  }
  return found;
}
