/**
 * Whom a service is for, derived from its eligibility: what the search filters on and what pages
 * and handouts can say. Absent genders mean anyone; a child may come along or be the person served.
 */
import type { Audience, Category } from '../schemas/taxonomy.ts';
import type { Service } from './register.ts';

/** Categories for which a person's nationality is the point: residence, going home, a language. */
const FOR_FOREIGN_NATIONALS: readonly Category[] = ['residence-and-documents', 'return-home', 'interpretation'];

export function audiencesOf(service: Service): Audience[] {
  const { eligibility, categories } = service.facts;
  const found: Audience[] = [];
  if (!eligibility.genders || eligibility.genders.includes('women')) found.push('women');
  if (!eligibility.genders || eligibility.genders.includes('men')) found.push('men');
  const childAge = (age?: number) => age !== undefined && age < 18;
  if (eligibility.withChildren || childAge(eligibility.minAge) || childAge(eligibility.maxAge)) found.push('children');
  const foreign = eligibility.nationality === 'any' || eligibility.nationality === 'foreign';
  if (foreign || categories.some((c) => FOR_FOREIGN_NATIONALS.includes(c))) found.push('foreign-nationals');
  return found;
}
