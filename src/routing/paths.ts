/**
 * Every page's `getStaticPaths`, in one place: a page, and one per entry, category, need or sheet, in every
 * language. Pages read their locale from `Astro.locals.route` and type their props from these
 * (`InferGetStaticPropsType`). Each path carries the key a later build may copy its page under (src/build/page-key.ts).
 */
import { NEEDS } from '../config/editions.ts';
import { PROSE_PAGES } from '../content/layout.ts';
import { LOCALES, type LocaleProfile } from '../i18n/locales.ts';
import { loadRegister } from '../model/load.ts';
import { isRight, servicesFor } from '../model/queries.ts';
import { editionsOf, type PrintDocument } from '../print/documents.ts';
import { statusRows } from '../model/translation-status.ts';
import { PAGE_SIZE, pagesOf, ROWS_PAGE_SIZE } from './pagination.ts';
import { defaultSecond, handoutKey } from '../print/handout.ts';
import { buildKey } from '../build/page-key.ts';

/** The paths `pathsOf` gives for each language, under its `locale`, with the key of the register's pages. */
async function inEveryLanguage<P extends { params?: object }>(pathsOf: (locale: LocaleProfile) => P[]) {
  const cacheKey = await buildKey();
  return LOCALES.flatMap((l) =>
    pathsOf(l).map((path) => ({ ...path, params: { locale: l.path, ...path.params }, cacheKey })),
  );
}

/** One page per language. */
export const localePaths = () => inEveryLanguage(() => [{}]);

/** The step-by-step page in every language, where the register has steps (content/steps.yaml). */
export const stepsPaths = async () => ((await loadRegister()).steps.length > 0 ? localePaths() : []);

/** The pages of prose, at their own addresses ("about/"). */
export const prosePaths = () =>
  inEveryLanguage(() => PROSE_PAGES.map((page) => ({ params: { prose: page }, props: { page } })));

/** One page per provider, service or right. */
export async function entryPaths() {
  const { providers, services } = await loadRegister();
  return inEveryLanguage(() =>
    [...providers, ...services].map((entry) => ({
      params: { kind: entry.kind === 'provider' ? 'providers' : 'services', id: entry.id },
      props: { entry },
    })),
  );
}

/**
 * The pages of long lists in every language: a list's first page, and one more per `size` entries
 * (src/routing/pagination.ts), as many in every language; a list's params are its pages' props too.
 */
function pagedPaths<P extends Record<string, string>>(lists: { params: P; count: number }[], size = PAGE_SIZE) {
  return inEveryLanguage(() =>
    lists.flatMap(({ params, count }) =>
      pagesOf(Array.from({ length: count }), size).map((_, i) => ({
        params: { ...params, page: i > 0 ? String(i + 1) : undefined },
        props: { ...params, page: i + 1 },
      })),
    ),
  );
}

export async function categoryPaths() {
  const { byCategory } = await loadRegister();
  return pagedPaths(byCategory.map(({ category, services }) => ({ params: { category }, count: services.length })));
}

/** The register's pages: one list per sector, of its organisations with their units. */
export async function registerSectorPaths() {
  const { bySector } = await loadRegister();
  return pagedPaths(bySector.map(({ sector, providers }) => ({ params: { sector }, count: providers.length })));
}

/** Every right, by sector. */
export const rightsPaths = async () =>
  pagedPaths([{ params: {}, count: (await loadRegister()).services.filter(isRight).length }]);

/** The status of every text: a row per entry or page. */
export const translationStatusPaths = async () =>
  pagedPaths([{ params: {}, count: statusRows(await loadRegister()).length }], ROWS_PAGE_SIZE);

export const needPaths = () =>
  inEveryLanguage(() => NEEDS.map((need) => ({ params: { need: need.key }, props: { need } })));

/** Every entry in every language: its QR code for the handouts. */
export async function handoutEntryPaths() {
  const { services, providers } = await loadRegister();
  return inEveryLanguage(() =>
    [...services, ...providers].map((entry) => ({ params: { entry: handoutKey(entry) }, props: { entry } })),
  );
}

/**
 * The ready sheets to hand a client, in every client language: one per entry, beside the default
 * second language; and one per need of the brochure and second language (the client's own too: a
 * single column), of the need's services for all of Serbia, as its national edition has them.
 */
export async function handoutSheetPaths() {
  const register = await loadRegister();
  return inEveryLanguage((client) => [
    ...[...register.services, ...register.providers].map((entry) => ({
      params: { sheet: handoutKey(entry) },
      props: { entries: [entry], second: defaultSecond(client.tag) },
    })),
    ...NEEDS.flatMap((need) =>
      LOCALES.map((second) => ({
        params: { sheet: `need-${need.key}/${second.path}` },
        props: { entries: servicesFor(register, need, client.tag, 'national'), second: second.tag },
      })),
    ),
  ]);
}

/**
 * The print pages of a document in every language: the whole (no part) and each part, a sector of
 * the register or an area's brochure (src/print/documents.ts).
 */
export async function printPaths(document: PrintDocument) {
  const editions = editionsOf(await loadRegister()).filter((e) => e.document === document);
  return inEveryLanguage(() => editions.map((edition) => ({ params: { part: edition.part }, props: { edition } })));
}
