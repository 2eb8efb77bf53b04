/**
 * The @page rules of a print edition: its paper size and margins, the title as a running header,
 * and the page number in the footer; none on the cover. Written per language because the header is
 * text, and injected by the PDF step (Chromium draws @page margin boxes since version 131).
 */
import { PRINT_DOCUMENTS, type PrintDocument } from './documents.ts';

const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function pageCss(document: PrintDocument, runningTitle: string): string {
  const { size } = PRINT_DOCUMENTS[document];
  const margin = size === 'A4' ? '18mm 16mm 20mm' : '14mm 12mm 16mm';
  const box = 'font-family: "Noto Sans", sans-serif; font-size: 8pt; color: #4a4a4a;';
  return `
@page { size: ${size}; margin: ${margin};
  @top-center { content: ${cssString(runningTitle)}; ${box} }
  @bottom-center { content: counter(page); ${box} }
}
@page :first { @top-center { content: none; } @bottom-center { content: none; } }
`;
}
