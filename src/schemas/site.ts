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
  /** The repository the site is built from: edit links and prefilled issues point there; none, none. */
  repository: z.strictObject({ url: httpsUrl, branch: z.string().min(1) }).optional(),
  /** Where a person without an account can report a mistake by e-mail; none, no e-mail route. */
  reportEmail: z.email({ error: 'expected the e-mail address reports go to, such as register@example.org' }).optional(),
  /** The licence of the register's data and texts, named on the open-data page and in every export. */
  licence: z.strictObject({ id: z.string().min(2), name: z.string().min(2), url: httpsUrl }),
  /** An entry not verified for longer is marked on its page and listed by `npm run report:stale`. */
  staleAfterMonths: z.number().int().positive(),
});
