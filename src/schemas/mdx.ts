/**
 * What content MDX may contain. MDX compiles to JavaScript that runs at build time, so content
 * from strangers is Markdown plus only these components of the project, with only these
 * attributes and values (src/checks/mdx.ts enforces it before anything is compiled).
 */
export const CONTENT_COMPONENTS = {
  /** A highlighted note inside a text, drawn as a notice (src/components/content/bodies.ts). */
  Note: { kind: ['info', 'warning'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/** Link schemes a text may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;
