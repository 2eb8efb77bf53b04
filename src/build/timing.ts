/**
 * How long each step of a build takes: every step logs its duration, and when REGISTER_TIMINGS names
 * a file, appends `{ "step": …, "seconds": … }` to it as a line of JSON, which
 * `npm run bench -- --scale` reads (scripts/bench-scale.ts).
 */
import { appendFileSync } from 'node:fs';
import { env } from '../config/env.ts';

export function recordStep(step: string, seconds: number, extra: Record<string, number> = {}): void {
  const file = env.REGISTER_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify({ step, seconds: Math.round(seconds * 100) / 100, ...extra })}\n`);
}

/** Runs a step, then logs and records how long it took. */
export async function timed<T>(step: string, log: (message: string) => void, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1000;
  log(`${step}: ${seconds.toFixed(1)} s`);
  recordStep(step, seconds);
  return result;
}
