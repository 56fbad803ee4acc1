/**
 * Finding run codes in what an instructor collects: pasted text (a chat, an
 * email, a list of links), the JSON of `salesfloor run` or a JSON list of
 * codes, and the CSV a form tool exports. Each candidate keeps where it came
 * from, so a bad code can be traced back to its line or row, and the name
 * of whoever handed it in when the input gives one (names.ts).
 */
import { parseCsv } from '../shared/csv';
import { nameBefore, nameColumns, nameOfRow } from './names';

/** A run code as written (`sf2.`, or the first layout's `sf1.`), or inside a link (`?code=`, where `~` may be escaped as %7E). */
const CODE_PATTERN = /sf[12]\.[A-Za-z0-9_~-]+\.[0-9a-z]+/g;
/** Longest piece of non-code text kept to show with its error. */
const SNIPPET = 80;

/** Where a candidate came from: pasted text or a file; a line, a CSV row and column, or a place in a JSON file. */
export interface Origin {
  /** a file's name; absent for pasted text */
  file?: string;
  /** 1-based line of pasted text or of a text file */
  line?: number;
  /** 1-based record of a CSV file, the header being 1 (as a spreadsheet numbers it) */
  row?: number;
  /** a CSV column's header */
  column?: string;
  /** 1-based position in a JSON list */
  item?: number;
}

export interface Candidate {
  /** the code, or the text that should have been one (shown with its error) */
  text: string;
  origin: Origin;
  /** the trainee's name, from a form's name column or the text before the code on its line (text from outside: shown as text only) */
  name?: string;
}

/** A file's whole JSON could not be read: reported once, for the file. */
export interface FileProblem {
  origin: Origin;
  problem: 'json' | 'empty';
}

export interface Found {
  candidates: Candidate[];
  problems: FileProblem[];
}

/** Undoes the escapes a link may put in a code: %7E for ~, and the others of its alphabet. */
function unescapeCodes(text: string): string {
  return text.replace(/%(7e|5f|2d|2e)/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The codes in a piece of text, in order; a truncated one (`sf2.` with no check) is returned as is. */
export function codesIn(text: string): string[] {
  const plain = unescapeCodes(text);
  const codes = plain.match(CODE_PATTERN) ?? [];
  if (codes.length > 0) return codes;
  const broken = /sf[12]\.[^\s,;"'<>&#]*/.exec(plain);
  return broken ? [broken[0]] : [];
}

function snippet(text: string): string {
  const t = text.trim();
  return t.length > SNIPPET ? `${t.slice(0, SNIPPET)}…` : t;
}

/** Pasted text or a plain text file: every code on every line; a non-empty line without one is a candidate that will fail. */
export function fromText(text: string, file?: string): Found {
  const candidates: Candidate[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const origin: Origin = file ? { file, line: i + 1 } : { line: i + 1 };
    const codes = codesIn(raw);
    if (codes.length === 0) candidates.push({ text: snippet(raw), origin });
    let from = 0;
    const plain = unescapeCodes(raw);
    for (const code of codes) {
      const at = plain.indexOf(code, from);
      const name = at >= 0 ? nameBefore(plain.slice(from, at)) : undefined;
      if (at >= 0) from = at + code.length;
      candidates.push({ text: code, origin, ...(name ? { name } : {}) });
    }
  });
  return { candidates, problems: file && candidates.length === 0 ? [{ origin: { file }, problem: 'empty' }] : [] };
}

/**
 * A form tool's export: any cell of any row that holds a code. A column where
 * some cell holds a code is a column of codes, so its other non-empty cells
 * (below the header) are candidates that will fail: a trainee who typed
 * something else is listed, not lost.
 */
export function fromCsv(text: string, file: string): Found {
  const rows = parseCsv(text);
  const header = rows[0] ?? [];
  const found: Array<{ codes: string[]; r: number; c: number; cell: string }> = [];
  const codeColumns = new Set<number>();
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const codes = codesIn(cell);
      if (codes.length > 0) codeColumns.add(c);
      found.push({ codes, r, c, cell });
    }),
  );
  const candidates: Candidate[] = [];
  const names = nameColumns(header);
  for (const { codes, r, c, cell } of found) {
    const origin: Origin = { file, row: r + 1, ...(header[c]?.trim() ? { column: header[c].trim() } : {}) };
    const name = r > 0 ? nameOfRow(rows[r], names) : undefined;
    const who = name ? { name } : {};
    if (codes.length > 0) for (const code of codes) candidates.push({ text: code, origin, ...who });
    else if (r > 0 && codeColumns.has(c) && cell.trim() !== '') candidates.push({ text: snippet(cell), origin, ...who });
  }
  return { candidates, problems: candidates.length === 0 ? [{ origin: { file }, problem: 'empty' }] : [] };
}

/** Every string in a JSON value, with its position in the top-level list when the value is a list. */
function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

/**
 * A JSON file: the output of `salesfloor run` (its `code`), a list of codes,
 * a list of such objects, or any JSON holding codes in its strings. Strings
 * without a code are not candidates (a run's JSON holds many).
 */
export function fromJson(text: string, file: string): Found {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { candidates: [], problems: [{ origin: { file }, problem: 'json' }] };
  }
  const items = Array.isArray(value) ? value : [value];
  const candidates: Candidate[] = [];
  items.forEach((item, i) => {
    const origin: Origin = Array.isArray(value) ? { file, item: i + 1 } : { file };
    const texts: string[] = [];
    strings(item, texts);
    const codes = texts.flatMap(codesIn);
    if (codes.length > 0) for (const code of codes) candidates.push({ text: code, origin });
    else if (typeof item === 'string' && item.trim() !== '') candidates.push({ text: snippet(item), origin });
  });
  return { candidates, problems: candidates.length === 0 ? [{ origin: { file }, problem: 'empty' }] : [] };
}

/** A dropped or picked file, by its name: .csv, .json, anything else as text. */
export function fromFile(name: string, text: string): Found {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return fromCsv(text, name);
  if (lower.endsWith('.json')) return fromJson(text, name);
  return fromText(text, name);
}
