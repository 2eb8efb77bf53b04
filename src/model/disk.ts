/**
 * The register and the UI strings read straight from disk, for code that runs outside Astro's
 * pages: the search index, the PDFs, reports. Pages use getRegister() and useTranslations().
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../checks/content.ts';
import { ContentError } from '../checks/problem.ts';
import type { LocaleTag } from '../i18n/locales.ts';
import { dictionaryFor, translator, type Dictionary, type Translate } from '../i18n/translate.ts';
import { buildRegister, type Register } from './register.ts';
import type { RegisterInput } from './input.ts';

const registers = new Map<string, Promise<Register>>();

/** The register of the project at `root`, read and checked once per process. */
export function readRegister(root: string): Promise<Register> {
  if (!registers.has(root)) {
    registers.set(
      root,
      checkContent(root).then(({ input, problems }) => {
        if (problems.length > 0) throw new ContentError(problems);
        return buildRegister(input);
      }),
    );
  }
  return registers.get(root)!;
}

/** Content that has just passed every check (the build's first step), so it is not read again. */
export function rememberCheckedInput(root: string, input: RegisterInput): void {
  registers.set(root, Promise.resolve(buildRegister(input)));
}

export function readTranslations(root: string, locale: LocaleTag): Translate {
  const load = (tag: string) => JSON.parse(readFileSync(join(root, 'src/i18n/ui', `${tag}.json`), 'utf8')) as Dictionary;
  return translator(dictionaryFor(locale, load), locale);
}
