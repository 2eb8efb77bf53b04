/**
 * The search index's own process (step.ts): indexes the register while Astro builds the pages, then
 * writes the bundle where it is told, says how many entries it holds, and ends. It ends too when
 * the build does without asking for it (a failed build), so nothing is left running.
 */
import { once } from 'node:events';
import { loadRegister } from '../model/load.ts';
import { indexRegister } from './step.ts';

process.on('disconnect', () => process.exit(1));
// Asked for before the index is ready, or after: the question is listened for from the start.
const asked = once(process, 'message') as Promise<[{ dist: string }]>;
const [base = '/', site] = process.argv.slice(2);
const write = await indexRegister(await loadRegister(), base, site || undefined);
const [{ dist }] = await asked;
const count = await write(dist);
process.send!({ count }, () => process.exit(0));
