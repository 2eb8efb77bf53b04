/**
 * The way through help, step by step (`content/steps.yaml`, in order): what happens when a person
 * asks for help, who acts at each step and the rights they have there. Facts only: a step's text
 * says it in each language (`content/text/<language>/steps/<id>.mdx`), point by point; here, each
 * point names the source that states it, so that nothing on the page goes unsourced.
 */
import { z } from 'astro/zod';
import { ENTRY_ID, entryId } from './common.ts';
import { claimSources } from './facts.ts';

const pointSchema = z.strictObject({
  /** What the point is about, in lower-case words joined by hyphens, as an entry's id is. */
  id: z.string({ error: 'expected the point\'s id, such as "sos-line"' }).regex(ENTRY_ID, {
    error: 'expected the point\'s id: lower-case letters, digits and hyphens, such as "sos-line"',
  }),
  source: claimSources,
});

export const stepSchema = z.strictObject({
  id: entryId('a step'),
  /** The providers that act at this step, by id (content/providers/). */
  providers: z.array(entryId('a provider in content/providers')).default([]),
  /** The services that act at it and the rights a person has there, by id (content/services/). */
  services: z.array(entryId('a service or a right in content/services')).default([]),
  /** What the step's text says, point by point, each with its source: every text gives each point its words. */
  points: z.array(pointSchema).min(1, { error: 'a step says at least one thing: add a point with its source' }),
});

export type StepFacts = z.output<typeof stepSchema>;
