/**
 * RFC 4180 CSV of a list of flat records: the header is the first record's
 * keys, in order. Numbers print as JavaScript writes them (shortest
 * round-trip form), so a CSV re-read gives back the exact values.
 */
export type Cell = string | number | boolean | null | undefined;

function quote(cell: Cell): string {
  // a number's text never holds a quote, comma or line break: no test (a sweep's tables are millions of numbers)
  if (typeof cell === 'number') return String(cell);
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record as a CSV line, its newline included (a table written a line at a time). */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(quote).join(',')}\n`;
}

export function toCsv(records: readonly object[]): string {
  if (records.length === 0) return '';
  const header = Object.keys(records[0]);
  const lines = [header.map(quote).join(',')];
  for (const record of records) {
    const row = record as Record<string, Cell>;
    lines.push(header.map((key) => quote(row[key])).join(','));
  }
  return `${lines.join('\n')}\n`;
}
