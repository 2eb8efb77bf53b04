/**
 * The register of this build, read, checked and built once per process, for everything that needs
 * it: the pages (through src/middleware.ts), the search index, the PDFs, the open data and the
 * command-line reports. Astro bundles the pages apart from the build steps, so a module-level cache
 * would be made twice; the one cache is kept on globalThis instead.
 */
import { checkRegister, type Roots } from '../checks/run.ts';
import { ContentError } from '../checks/problem.ts';
import { gitHistory } from '../content/history.ts';
import { contentRoot } from '../content/layout.ts';
import { buildRegister, type Register } from './register.ts';

const CACHE = Symbol.for('trafficking-register.register');
type Cache = Map<string, Promise<Register>>;
const store = globalThis as Record<symbol, Cache>;
store[CACHE] ??= new Map();
const cache = store[CACHE];

export function defaultRoots(): Roots {
  return { content: contentRoot(), project: process.cwd() };
}

/** The register, or a ContentError listing every problem of the content with file, line and field. */
export function loadRegister(roots: Roots = defaultRoots()): Promise<Register> {
  const key = `${roots.content}\0${roots.project}`;
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = checkRegister(roots).then(({ problems, input }) => {
      if (problems.length > 0) throw new ContentError(problems);
      return buildRegister(input, gitHistory(roots.content));
    });
    // A failed load is not kept: the next request (in `astro dev`) reads the fixed files again.
    loaded.catch(() => cache.delete(key));
    cache.set(key, loaded);
  }
  return loaded;
}

/** Forget the register, so that the next load reads the content again (`astro dev` on a change). */
export function forgetRegister(): void {
  cache.clear();
}
