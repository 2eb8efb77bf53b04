/**
 * Every page's `getStaticPaths`, in one place: a page in every language, and one per entry,
 * category or need in every language. Pages read their locale from `Astro.locals.route`.
 */
import { NEEDS } from '../config/editions.ts';
import { LOCALES } from '../i18n/locales.ts';
import { loadRegister } from '../model/load.ts';
import { CATEGORIES } from '../schemas/taxonomy.ts';
import { handoutKey } from '../handout/handout.ts';

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

/** One handout per entry and language (beside the default second language), and its QR code. */
export async function handoutEntryPaths() {
  const register = await loadRegister();
  const entries = [...register.services, ...register.providers];
  return LOCALES.flatMap((l) => entries.map((entry) => ({ params: { locale: l.path, entry: handoutKey(entry) }, props: { entry } })));
}

/** One handout per need of the brochure, client language and second language (the same one: a single column). */
export function handoutNeedPaths() {
  return LOCALES.flatMap((client) =>
    NEEDS.flatMap((need) =>
      LOCALES.map((second) => ({ params: { locale: client.path, need: `need-${need.key}`, second: second.path }, props: { need, second: second.tag } })),
    ),
  );
}
