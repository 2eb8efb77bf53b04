/**
 * The register of this build, read, checked and built once per process (src/lib/memo.ts), for
 * everything that needs it: the pages (through src/middleware.ts), the search index, the PDFs, the
 * open data and the command-line reports.
 */
import { checkRegister, type Roots } from '../checks/run.ts';
import { ContentError } from '../checks/problem.ts';
import { gitHistory } from '../content/history.ts';
import { contentRoot } from '../content/layout.ts';
import { shared } from '../lib/memo.ts';
import { buildRegister, type Register } from './register.ts';

const load = shared('register', (content: string, project: string) =>
  checkRegister({ content, project }).then(({ problems, input }) => {
    if (problems.length > 0) throw new ContentError(problems);
    return buildRegister(input, gitHistory(content));
  }),
);

export function defaultRoots(): Roots {
  return { content: contentRoot(), project: process.cwd() };
}

/** The register, or a ContentError listing every problem of the content with file, line and field. */
export function loadRegister(roots: Roots = defaultRoots()): Promise<Register> {
  const loaded = load(roots.content, roots.project);
  // A failed load is not kept: the next request (in `astro dev`) reads the fixed files again.
  loaded.catch(() => load.clear());
  return loaded;
}

/** Forget the register, so that the next load reads the content again (`astro dev` on a change). */
export const forgetRegister = (): void => load.clear();
