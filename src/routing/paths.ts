/**
 * Every page's `getStaticPaths`, in one place: a page in every language, and one per entry,
 * category or need in every language. Pages read their locale from `Astro.locals.route`.
 */
import { NEEDS } from '../config/editions.ts';
import { LOCALES } from '../i18n/locales.ts';
import { loadRegister } from '../model/load.ts';
import { CATEGORIES } from '../schemas/taxonomy.ts';

/** One page per language. */
export function localePaths() {
  return LOCALES.map((l) => ({ params: { locale: l.path } }));
}

/** One page per provider and language. */
export async function providerPaths() {
  const register = await loadRegister();
  return LOCALES.flatMap((l) => register.providers.map((provider) => ({ params: { locale: l.path, id: provider.id }, props: { provider } })));
}

/** One page per service or right and language. */
export async function servicePaths() {
  const register = await loadRegister();
  return LOCALES.flatMap((l) => register.services.map((service) => ({ params: { locale: l.path, id: service.id }, props: { service } })));
}

export function categoryPaths() {
  return LOCALES.flatMap((l) => CATEGORIES.map((category) => ({ params: { locale: l.path, category }, props: { category } })));
}

export function needPaths() {
  return LOCALES.flatMap((l) => NEEDS.map((need) => ({ params: { locale: l.path, need: need.key }, props: { need } })));
}
