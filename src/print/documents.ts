/**
 * The print editions: which documents exist, their page size, where each is rendered from and
 * where its PDF is published. One place, read by the pages, the PDF step of the build and the tests.
 */
import { LOCALES, localeConfig, type LocaleTag } from '../i18n/locales.ts';
import { routes } from '../i18n/routes.ts';

export const PRINT_DOCUMENTS = {
  /** The full register, for professionals. */
  register: { size: 'A4', route: routes.printRegister, titleKey: 'print.registerTitle' },
  /** The short guide for direct users: folded A4 sheets, so its pages come in fours. */
  brochure: { size: 'A5', route: routes.printBrochure, titleKey: 'print.brochureTitle', pagesMultipleOf: 4 },
} as const;
export type PrintDocument = keyof typeof PRINT_DOCUMENTS;

export const DOWNLOADS_DIR = 'downloads';

/** "downloads/register-sr-latn.pdf", under the site's base. */
export function pdfPath(document: PrintDocument, locale: LocaleTag): string {
  return `${DOWNLOADS_DIR}/${document}-${localeConfig(locale).path}.pdf`;
}

/** Where a document's print page is, after the language prefix. */
export const printRoute = (document: PrintDocument) => PRINT_DOCUMENTS[document].route;

export const ALL_PDFS = LOCALES.flatMap((l) => (Object.keys(PRINT_DOCUMENTS) as PrintDocument[]).map((document) => ({ document, locale: l.tag })));
