/** Every check of the register's sources, in one call: content, and the UI dictionaries. */
import { checkContent } from './content.ts';
import { checkDictionaries } from './dictionaries.ts';
import type { Problem } from './problem.ts';

export async function runChecks(root: string): Promise<Problem[]> {
  const [content, dictionaries] = await Promise.all([checkContent(root), checkDictionaries(root)]);
  return [...content.problems, ...dictionaries];
}
