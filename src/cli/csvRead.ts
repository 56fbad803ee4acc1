/**
 * Reading back the CSV tables `salesfloor sweep` writes (RFC 4180: quoted
 * cells may hold commas, quotes and newlines) as a stream of records, for
 * `salesfloor merge`, each record's cells split by the classroom's parseCsv.
 * A record that is not a sweep's row is a CliError naming the file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parseCsv } from '../shared/csv';
import { CliError } from './errors';

/** The cells of one CSV record (RFC 4180), its final newline excluded. */
function cellsOf(record: string): string[] {
  return parseCsv(`${record}\n`, ',')[0] ?? [];
}

/** A CSV file of a sweep's table read record by record, in chunks (1 MB); `peek` is the next record's index (the first cell, `index` or the points table's `point`), Infinity at the end. */
export class CsvReader {
  private readonly fd: number;
  private readonly chunk: Buffer;
  private readonly decoder = new TextDecoder();
  private text = '';
  private pos = 0;
  private eof = false;
  readonly header: string[];
  private current: string[] | null;

  constructor(
    readonly file: string,
    chunkBytes = 1 << 20,
    first = 'index',
  ) {
    this.chunk = Buffer.alloc(chunkBytes);
    this.fd = openSync(file, 'r');
    this.header = this.read() ?? [];
    this.current = this.read();
    if (this.header.length > 0 && this.header[0] !== first) throw new CliError('errors.badShardFile', { file });
  }

  get peek(): number {
    return this.current === null ? Infinity : Number(this.current[0]);
  }

  take(): string[] {
    const cells = this.current as string[];
    if (cells.length !== this.header.length || !Number.isInteger(Number(cells[0]))) throw new CliError('errors.badShardFile', { file: this.file });
    this.current = this.read();
    if (this.peek < Number(cells[0])) throw new CliError('errors.badShardFile', { file: this.file });
    return cells;
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The next record's cells, or null at the end of the file. */
  private read(): string[] | null {
    let quoted = false;
    for (let i = this.pos; ; i++) {
      if (i >= this.text.length) {
        if (!this.fill()) return null;
        i = this.pos - 1; // rescan the record from its start with the new text
        quoted = false;
        continue;
      }
      const c = this.text[i];
      if (c === '"') quoted = !quoted;
      else if (c === '\n' && !quoted) {
        const record = this.text.slice(this.pos, i);
        this.pos = i + 1;
        return cellsOf(record);
      }
    }
  }

  /** Appends the next chunk to the unread text; false at the end of the file. */
  private fill(): boolean {
    if (this.eof) return false;
    const n = readSync(this.fd, this.chunk, 0, this.chunk.length, null);
    if (n === 0) {
      this.eof = true;
      return false;
    }
    this.text = this.text.slice(this.pos) + this.decoder.decode(this.chunk.subarray(0, n), { stream: true });
    this.pos = 0;
    return true;
  }
}

