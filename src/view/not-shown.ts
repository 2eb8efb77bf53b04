/**
 * Facts that no page, PDF, search result, sheet or export shows, each with the reason. Every other
 * field of the facts schemas is drawn by an entry's view (src/view/entry.ts), and a test proves it
 * (tests/unit/view-fields.test.ts): a new field is shown, or listed here, never silently kept.
 */
export const NOT_SHOWN: Record<string, string> = {};
