/**
 * The @page rules of a print edition: its paper size and margins, the title as a running header,
 * and the page number in the footer; none on the cover. Written per language because the header is
 * text, and injected by the PDF step (Chromium draws @page margin boxes since version 131).
 */
import { PRINT_DOCUMENTS, type PrintDocument } from './documents.ts';

/** Each paper's size and margins (top, sides, bottom), in millimetres. */
const PAPER = {
  A4: { width: 210, height: 297, margins: [18, 16, 20] },
  A5: { width: 148, height: 210, margins: [14, 12, 16] },
} as const;

const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The box a page's content is laid out in, in millimetres: the paper less its margins. */
export function contentBox(document: PrintDocument): { width: number; height: number } {
  const { width, height, margins } = PAPER[PRINT_DOCUMENTS[document].size];
  const [top, side, bottom] = margins;
  return { width: width - 2 * side, height: height - top - bottom };
}

export function pageCss(document: PrintDocument, runningTitle: string): string {
  const { size } = PRINT_DOCUMENTS[document];
  const margin = PAPER[size].margins.map((m) => `${m}mm`).join(' ');
  const box = 'font-family: "Noto Sans", sans-serif; font-size: 8pt; color: #4a4a4a;';
  return `
@page { size: ${size}; margin: ${margin};
  @top-center { content: ${cssString(runningTitle)}; ${box} }
  @bottom-center { content: counter(page); ${box} }
}
@page :first { @top-center { content: none; } @bottom-center { content: none; } }
`;
}
