/**
 * The site configuration's schema (src/config/site.ts): choices about the site, not about the
 * register's content (those are in content/register.yaml).
 */
import { z } from 'astro/zod';

const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

export const siteConfigSchema = z.strictObject({
  /**
   * Where "Exit this page" goes, per language (and `default` for the others): a page that looks
   * ordinary in that reader's browser history and on their screen.
   */
  quickExit: z.strictObject({ default: httpsUrl }).catchall(httpsUrl),
  /** The repository corrections go to: edit links and prefilled issues point there. */
  repository: z.strictObject({ url: httpsUrl, branch: z.string().min(1) }),
  /** The licence of the register's data and texts, named on the open-data page and in every export. */
  licence: z.strictObject({ id: z.string().min(2), name: z.string().min(2), url: httpsUrl }),
  /** An entry not verified for longer is marked on its page and listed by `npm run report:stale`. */
  staleAfterMonths: z.number().int().positive(),
});
