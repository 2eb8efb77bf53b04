/**
 * The build steps after the pages, each naming the steps it needs (`needs`, never implied by the
 * order of a list): a step starts as soon as those are done, steps that need nothing of each other
 * run side by side, and the build fails when any of them fails.
 */
import type { Register } from '../model/register.ts';
import { timed } from './timing.ts';

/** What every step is given. */
export interface Build {
  /** The built site's folder. */
  dist: string;
  base: string;
  site?: string;
  register: Register;
  log: { info(message: string): void; warn(message: string): void };
}

export interface BuildStep {
  name: string;
  /** The steps that must be done before this one starts. */
  needs?: string[];
  run(build: Build): Promise<void>;
}

/** Runs every step, each once its needs are done; rejects with the first failure. */
export async function runSteps(steps: readonly BuildStep[], build: Build): Promise<void> {
  const started = new Map<string, Promise<void>>();
  const info = (message: string) => build.log.info(message);
  const start = (step: BuildStep): Promise<void> => {
    const running = started.get(step.name);
    if (running) return running;
    const needed = (step.needs ?? []).map((name) => {
      const need = steps.find((s) => s.name === name);
      if (!need) throw new Error(`The build step "${step.name}" needs "${name}", which is not a step`);
      return start(need);
    });
    const run = Promise.all(needed).then(() => timed(step.name, info, () => step.run(build)));
    started.set(step.name, run);
    return run;
  };
  await Promise.all(steps.map(start));
}
