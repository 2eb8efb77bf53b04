/** Every check of the register's sources, in one call: content, and the UI dictionaries. */
import { checkContent } from './content.ts';
import { checkDictionaries } from './dictionaries.ts';
import type { Problem } from './problem.ts';
import type { RegisterInput } from '../model/input.ts';

/** Every problem, and the content as read, so that a build that passes need not read it again. */
export async function runChecks(root: string): Promise<{ problems: Problem[]; input: RegisterInput }> {
  const content = await checkContent(root);
  const dictionaries = await checkDictionaries(root, content.input.glossaries);
  return { problems: [...content.problems, ...dictionaries], input: content.input };
}
