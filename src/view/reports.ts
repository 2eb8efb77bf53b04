/**
 * The ways to tell the register of a mistake, each prefilled with what is wrong where: an issue in
 * the repository the site is built from (for people with a GitHub account), and an e-mail to its
 * maintainers (for those without one, the people most likely to notice a changed number). The
 * site sends nothing itself: both are links. A build without a repository or an address offers
 * the route it has, and says so in its log (src/integrations/register.ts).
 */
import { site } from '../config/site.ts';
import type { PageContext } from './context.ts';

export interface ReportLinks {
  /** A new issue in the repository, when the build knows one. */
  issue?: string;
  /** A `mailto:` link, when the site names an address for reports. */
  email?: string;
}

/** Reports about `name` (an entry, or a page) at `url`, in the page's language. */
export function reportLinks(name: string, url: string, { t }: PageContext): ReportLinks {
  const title = t('corrections.reportTitle', { name });
  const body = t('corrections.reportBody', { name, url });
  const issue = site.repository ? new URL(`${site.repository.url}/issues/new`) : undefined;
  issue?.searchParams.set('title', title);
  issue?.searchParams.set('body', body);
  issue?.searchParams.set('labels', 'correction');
  // A mailto: link encodes a space as %20: the "+" of a query string would reach the e-mail as "+".
  const email =
    site.reportEmail &&
    `mailto:${site.reportEmail}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  return { issue: issue?.href, email };
}

/** The edit page of a file of the repository, when the build knows the repository. */
export const editHref = (file: string) =>
  site.repository && `${site.repository.url}/edit/${site.repository.branch}/${file}`;

/** The page for a new file of the repository, when the build knows the repository. */
export const newFileHref = (folder: string, name: string) =>
  site.repository && `${site.repository.url}/new/${site.repository.branch}/${folder}?filename=${name}`;
