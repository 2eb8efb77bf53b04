/** Where the Pagefind bundle is written in dist/ and loaded from by the search page. */
export const SEARCH_BUNDLE = 'pagefind';
