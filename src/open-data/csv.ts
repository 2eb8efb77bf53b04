/**
 * CSV as RFC 4180 writes it: comma-separated, a header row, CRLF line ends, and a field in double
 * quotes (its quotes doubled) when it holds a comma, a quote, a line break or spaces at its ends.
 */
export type Cell = string | number | boolean | undefined | null;

function field(value: Cell): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of a header and rows; `bom` starts it with a byte order mark, for spreadsheet programs. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], { bom = false } = {}): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `${bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
