/**
 * The web editor (docs/editor.md), written into dist/admin/ after the pages: its page, its
 * configuration made from the schemas and language profiles, and Sveltia CMS copied from
 * node_modules. No public page links to it; its page and its headers keep it out of search engines,
 * and the sitemap leaves it out (src/config/security.ts: EDITOR_PATH).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { editorOptions } from '../editor/config.ts';
import { writeEditor } from '../editor/assets.ts';

export default function editor(): AstroIntegration {
  return {
    name: 'register:editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeEditor(fileURLToPath(dir), editorOptions());
        logger.info(`The web editor is in ${written}`);
      },
    },
  };
}
