/**
 * How long each step of a build takes: logged, and appended as a line of JSON to the file that
 * REGISTER_TIMINGS names, which `npm run bench -- --scale` reads (scripts/bench-scale.ts).
 */
import { appendFileSync } from 'node:fs';
import { env } from '../config/env.ts';

/** Logs how long a step took, and records it under `recorded` (its name, unless said). */
export function recordStep(step: string, seconds: number, log: (message: string) => void, recorded = step): void {
  log(`${step}: ${seconds.toFixed(1)} s`);
  const file = env.REGISTER_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify({ step: recorded, seconds: Math.round(seconds * 100) / 100 })}\n`);
}

/** Runs a step, then logs and records how long it took. */
export async function timed<T>(step: string, log: (message: string) => void, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  recordStep(step, (performance.now() - start) / 1000, log);
  return result;
}
