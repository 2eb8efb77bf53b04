/**
 * When each file of the content last changed, read from git in one `git log`: the date and time of
 * the last commit that touched it. Empty when the build has no usable history (no git, not a
 * repository, or a shallow clone, where every file would seem changed by the one commit there is);
 * pages then give only the day the facts were last checked, and the open data dates each change by it.
 */
import { spawnSync } from 'node:child_process';

const git = (root: string, args: string[]) =>
  spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The folders whose history pages and the open data read: the facts, and the texts in the source language. */
const HISTORY_FOLDERS = ['content/providers', 'content/services', 'content/text/sr-Cyrl'] as const;

/** The last commit's date (ISO 8601) of every file under `folders`, by its path from `root`. */
export function gitHistory(root: string, folders: readonly string[] = HISTORY_FOLDERS): Map<string, string> {
  const dates = new Map<string, string>();
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
  if (shallow.error || shallow.status !== 0 || shallow.stdout.trim() !== 'false') return dates;
  // Newest first: a file's first appearance is its last change. \x1e marks each commit's date line.
  const log = git(root, ['log', '--relative', '--name-only', '--format=%x1e%cI', '--', ...folders]);
  if (log.status !== 0) return dates;
  for (const commit of log.stdout.split('\x1e').slice(1)) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim());
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date!);
  }
  return dates;
}
