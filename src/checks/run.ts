/** Every check of the register, in one call: its content, and the UI dictionaries. */
import type { RegisterInput } from '../content/input.ts';
import { checkContent } from './content.ts';
import { checkDictionaries } from './dictionaries.ts';
import type { Problem } from './problem.ts';

export interface Roots {
  /** The folder holding content/ (the project, or a fixture register). */
  content: string;
  /** The project, holding src/i18n/ui/. */
  project: string;
}

/** Every problem, and the content as read: what passes is what the register is built from. */
export async function checkRegister(roots: Roots): Promise<{ problems: Problem[]; input: RegisterInput }> {
  const content = await checkContent(roots.content);
  const dictionaries = await checkDictionaries(roots.project, content.input.glossaries);
  return { problems: [...content.problems, ...dictionaries], input: content.input };
}
