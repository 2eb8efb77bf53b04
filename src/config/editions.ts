/**
 * The brochure edition is organised by what a person needs, not by institution: each need gathers
 * the services of some categories; the rights a victim has where they meet the state are a section
 * of their own.
 */
import type { Category, Sector } from '../schemas/taxonomy.ts';

export const NEEDS = [
  { key: 'help-now', categories: ['urgent-help', 'information', 'safety-and-protection'] },
  { key: 'safe-place', categories: ['accommodation'] },
  { key: 'money', categories: ['money-and-material-support'] },
  { key: 'lawyer', categories: ['legal-help', 'court-support', 'interpretation'] },
  { key: 'doctor', categories: ['medical-help', 'psychological-help'] },
  { key: 'papers', categories: ['residence-and-documents'] },
  { key: 'going-home', categories: ['return-home', 'family'] },
  { key: 'job', categories: ['work-and-education'] },
] as const satisfies readonly { key: string; categories: readonly Category[] }[];

export type Need = (typeof NEEDS)[number];

/** The sectors whose rights the brochure explains: where a victim meets the state. */
export const RIGHTS_SECTORS = ['police', 'prosecution', 'courts'] as const satisfies readonly Sector[];
