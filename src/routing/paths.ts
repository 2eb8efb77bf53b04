/**
 * Every page's `getStaticPaths`, in one place: a page in every language, and one per entry,
 * category or need in every language. Pages read their locale from `Astro.locals.route`. Each path
 * carries the key a later build may copy its page under (src/build/page-key.ts).
 */
import { NEEDS } from '../config/editions.ts';
import { LOCALES } from '../i18n/locales.ts';
import { loadRegister } from '../model/load.ts';
import { CATEGORIES } from '../schemas/taxonomy.ts';
import { editionsOf, type PrintDocument } from '../print/documents.ts';
import { statusRows } from '../model/translation-status.ts';
import { PAGE_SIZE, pageParam, pagesOf, ROWS_PAGE_SIZE } from './pagination.ts';
import { handoutKey } from '../print/handout.ts';
import { buildKey } from '../build/page-key.ts';

/** Each path with the key of the register's pages. */
async function keyed<P extends object>(paths: P[]): Promise<(P & { cacheKey: string })[]> {
  const cacheKey = await buildKey();
  return paths.map((path) => ({ ...path, cacheKey }));
}

/** One page per language. */
export function localePaths() {
  return keyed(LOCALES.map((l) => ({ params: { locale: l.path } })));
}

/** The step-by-step page in every language, where the register has steps (content/steps.yaml). */
export async function stepsPaths() {
  return (await loadRegister()).steps.length > 0 ? localePaths() : [];
}

/** One page per provider and language. */
export async function providerPaths() {
  const register = await loadRegister();
  return keyed(
    LOCALES.flatMap((l) =>
      register.providers.map((provider) => ({ params: { locale: l.path, id: provider.id }, props: { provider } })),
    ),
  );
}

/** One page per service or right and language. */
export async function servicePaths() {
  const register = await loadRegister();
  return keyed(
    LOCALES.flatMap((l) =>
      register.services.map((service) => ({ params: { locale: l.path, id: service.id }, props: { service } })),
    ),
  );
}

/**
 * The pages of long lists in every language: each list's first page, and one more per PAGE_SIZE
 * entries (src/routing/pagination.ts). The number of pages is the same in every language.
 */
function pagedPaths<P extends Record<string, unknown>>(
  lists: { params: Record<string, string>; props: P; count: number }[],
  size = PAGE_SIZE,
) {
  return keyed(
    LOCALES.flatMap((l) =>
      lists.flatMap(({ params, props, count }) =>
        pagesOf(Array.from({ length: count }), size).map((_, i) => ({
          params: { locale: l.path, ...params, page: pageParam(i + 1) },
          props: { ...props, page: i + 1 },
        })),
      ),
    ),
  );
}

export async function categoryPaths() {
  const register = await loadRegister();
  return pagedPaths(
    CATEGORIES.map((category) => ({
      params: { category },
      props: { category },
      count: register.byCategory.find((c) => c.category === category)!.services.length,
    })),
  );
}

/** The register's pages: one list per sector, of its organisations with their units. */
export async function registerSectorPaths() {
  const register = await loadRegister();
  return pagedPaths(
    register.bySector.map(({ sector, providers }) => ({
      params: { sector },
      props: { sector },
      count: providers.length,
    })),
  );
}

/** Every right, by sector. */
export async function rightsPaths() {
  const register = await loadRegister();
  return pagedPaths([
    { params: {}, props: {}, count: register.services.filter((s) => s.facts.kind === 'right').length },
  ]);
}

/** The status of every text: a row per entry or page. */
export async function translationStatusPaths() {
  const register = await loadRegister();
  return pagedPaths([{ params: {}, props: {}, count: statusRows(register).length }], ROWS_PAGE_SIZE);
}

export function needPaths() {
  return keyed(
    LOCALES.flatMap((l) => NEEDS.map((need) => ({ params: { locale: l.path, need: need.key }, props: { need } }))),
  );
}

/** One handout per entry and language (beside the default second language), and its QR code. */
export async function handoutEntryPaths() {
  const register = await loadRegister();
  const entries = [...register.services, ...register.providers];
  return keyed(
    LOCALES.flatMap((l) =>
      entries.map((entry) => ({ params: { locale: l.path, entry: handoutKey(entry) }, props: { entry } })),
    ),
  );
}

/** One handout per need of the brochure, client language and second language (the same one: a single column). */
export function handoutNeedPaths() {
  return keyed(
    LOCALES.flatMap((client) =>
      NEEDS.flatMap((need) =>
        LOCALES.map((second) => ({
          params: { locale: client.path, need: `need-${need.key}`, second: second.path },
          props: { need, second: second.tag },
        })),
      ),
    ),
  );
}

/**
 * The print pages of a document in every language: the whole (no part) and each part, a sector of
 * the register or an area's brochure (src/print/documents.ts).
 */
async function printPaths(document: PrintDocument) {
  const editions = editionsOf(await loadRegister()).filter((e) => e.document === document);
  return keyed(
    LOCALES.flatMap((l) =>
      editions.map((edition) => ({ params: { locale: l.path, part: edition.part }, props: { edition } })),
    ),
  );
}

export const printRegisterPaths = () => printPaths('register');
export const printBrochurePaths = () => printPaths('brochure');
