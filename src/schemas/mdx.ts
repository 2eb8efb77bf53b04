/**
 * What content MDX may contain. MDX compiles to JavaScript that runs at build time, so content
 * from strangers is Markdown plus only these components of the project, with only these
 * attributes and values (src/checks/mdx.ts enforces it before anything is compiled).
 */
export const CONTENT_COMPONENTS = {
  /** A highlighted note inside a text: src/components/content/Note.astro. */
  Note: { kind: ['info', 'warning'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type ContentComponent = keyof typeof CONTENT_COMPONENTS;

/** Link schemes a text may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;
