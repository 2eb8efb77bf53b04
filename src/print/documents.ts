/**
 * The print editions: which documents exist, their page size, where each is rendered from and
 * where its PDF is published. Each is printed whole and in parts that stay short however large the
 * register grows: the register one sector at a time; the brochure for all of Serbia (the services
 * that serve everywhere) and for each area (the City of Belgrade, a district) with local services
 * of its own (them, and the numbers for all of Serbia). Only editions with content exist.
 */
import { localeConfig, type LocaleTag } from '../i18n/locales.ts';
import { routes } from '../i18n/routes.ts';
import { localEditionAreas } from '../model/queries.ts';
import type { Register } from '../model/register.ts';
import type { Sector } from '../schemas/taxonomy.ts';
import { areaLabel } from '../view/areas.ts';
import type { PageContext } from '../view/context.ts';

export const PRINT_DOCUMENTS = {
  /** The full register, for professionals; each of its parts is one sector. */
  register: { size: 'A4', path: routes.printRegister, titleKey: 'print.registerTitle' },
  /** The short guide for direct users, on folded A4 sheets, so its pages come in fours; each part is an area's. */
  brochure: { size: 'A5', path: routes.printBrochure, titleKey: 'print.brochureTitle', pagesMultipleOf: 4 },
} as const;
export type PrintDocument = keyof typeof PRINT_DOCUMENTS;

/** One print edition: a document whole, or one part of it (a sector of the register, an area's brochure). */
export interface Edition {
  document: PrintDocument;
  /** The sector (register) or the area (brochure); none for the whole register and the brochure for all of Serbia. */
  part?: string;
}

export const DOWNLOADS_DIR = 'downloads';

/** Every edition the register has content for, the whole documents first. */
export function editionsOf(register: Register): Edition[] {
  // A register of one sector is its own only part.
  const sectors = register.bySector.length > 1 ? register.bySector.map(({ sector }) => sector) : [];
  return [
    { document: 'register' },
    ...sectors.map((part): Edition => ({ document: 'register', part })),
    { document: 'brochure' },
    ...localEditionAreas(register).map((part): Edition => ({ document: 'brochure', part })),
  ];
}

/** Every PDF of the register: each edition in each language. */
export const allPdfs = (register: Register, locales: readonly { tag: LocaleTag }[]) =>
  editionsOf(register).flatMap((edition) => locales.map(({ tag }) => ({ edition, locale: tag })));

/** Where an edition's PDF is published, under the site's base: "downloads/register-police-sr.pdf". */
export function pdfPath({ document, part }: Edition, locale: LocaleTag): string {
  return `${DOWNLOADS_DIR}/${document}-${part ? `${part}-` : ''}${localeConfig(locale).path}.pdf`;
}

/** Where an edition is printed from: its own print page, after the language prefix. */
export const printSource = ({ document, part }: Edition): string =>
  `${PRINT_DOCUMENTS[document].path}${part ? `${part}/` : ''}`;

/** An edition's title, in the PDF's metadata, on its cover and at the top of its pages. */
export function editionTitle({ document, part }: Edition, ctx: PageContext): string {
  const { t } = ctx;
  if (!part) return t(PRINT_DOCUMENTS[document].titleKey);
  return document === 'register'
    ? t('print.registerPartTitle', { sector: t(`sector.${part as Sector}`) })
    : t('print.localBrochureTitle', { area: areaLabel(part, ctx) });
}
