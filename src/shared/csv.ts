/**
 * The one CSV module, for every table the project reads or writes.
 *
 * Reading: CSV as form tools write it (Google Forms, Microsoft Forms, Moodle,
 * a spreadsheet): RFC 4180 quoting, with commas, line breaks and doubled
 * quotes inside quoted fields; CRLF, LF or CR line ends; a byte-order mark;
 * the separator (comma, semicolon or tab, as French spreadsheets write it)
 * read from the first line. Never throws: a stray quote is kept as text.
 *
 * Writing data (csvField, csvLine, toCsv, recordsToCsv): comma-separated,
 * LF line ends (what R and pandas read), RFC 4180 quoting, numbers as
 * JavaScript writes them (shortest round-trip form, so a CSV re-read gives
 * back the exact values) and text as it is. The command line, the lab and the
 * game's exports write through it, so the same table has the same bytes
 * wherever it was made, and the same values as its Parquet twin.
 *
 * Writing for a spreadsheet (spreadsheetCsv: the class view's export, opened
 * by an instructor in Excel or LibreOffice): text a spreadsheet would run as
 * a formula gets a leading apostrophe, a semicolon is quoted (French
 * spreadsheets split on it), a missing number is an empty cell, CRLF ends.
 *
 * Hand-written, not a package: about a hundred tested lines, and the bytes a
 * sweep writes must not change with a parser's next release.
 */

const SEPARATORS = [',', ';', '\t'] as const;

/** The separator of the first record: the candidate that occurs most outside quotes (comma on a tie). */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

/** The records of a CSV text, each a list of fields; blank lines are kept as a record with one empty field. */
export function parseCsv(input: string, separator = detectSeparator(input)): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
    } else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += c;
    }
    i++;
  }
  // the last record, unless the text ended with its line break
  if (field !== '' || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export type Cell = string | number | boolean | null | undefined;

/** One field of a data table: quoted when it holds a comma, a quote or a line break. */
export function csvField(cell: Cell): string {
  // a number's text never holds a quote, comma or line break: no test (a sweep's tables are millions of numbers)
  if (typeof cell === 'number') return String(cell);
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record as a CSV line, its newline included (a table written a line at a time). */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\n`;
}

/** A CSV text of rows of cells (the first row is the header). */
export function toCsv(rows: ReadonlyArray<readonly Cell[]>): string {
  return rows.map(csvLine).join('');
}

/** One field for a spreadsheet: formulas defused, semicolons quoted, a number that is not finite left empty. */
export function spreadsheetField(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = cell === null || cell === undefined ? '' : String(cell);
  // a spreadsheet would run text starting with = + - @ as a formula
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV text for a spreadsheet, CRLF line ends as RFC 4180 writes them. */
export function spreadsheetCsv(rows: ReadonlyArray<readonly Cell[]>): string {
  return rows.map((r) => `${r.map(spreadsheetField).join(',')}\r\n`).join('');
}

/** A CSV text of a list of flat records: the header is the first record's keys, in order. */
export function recordsToCsv(records: readonly object[]): string {
  if (records.length === 0) return '';
  const header = Object.keys(records[0]);
  return toCsv([header, ...records.map((record) => header.map((key) => (record as Record<string, Cell>)[key]))]);
}
