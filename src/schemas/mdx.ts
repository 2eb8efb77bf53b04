/**
 * What content MDX may contain: texts come from strangers, so they are Markdown plus only these
 * components, with only these attributes and values, and no raw HTML or code (src/checks/mdx.ts
 * enforces it before any page is rendered; src/view/bodies.ts renders them).
 */
export const CONTENT_COMPONENTS = {
  /** A highlighted note inside a text, drawn as a notice (src/view/bodies.ts). */
  Note: { kind: ['info', 'warning'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/** Link schemes a text may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;
