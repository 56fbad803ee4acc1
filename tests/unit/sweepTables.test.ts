/**
 * The streaming pieces under `salesfloor sweep` and `merge`, at sizes the
 * command-line tests never reach: a table cut into several Parquet row groups
 * gives the same bytes however its rows arrive, and reads back whole; a CSV
 * read in tiny chunks gives back every record, quotes, commas, newlines and
 * multi-byte text included.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import type { ColumnKind, Row } from '../../src/lab/rows';
import { parseCsv, recordsToCsv } from '../../src/shared/csv';
import { CsvReader } from '../../src/cli/csvRead';
import { TableSink } from '../../src/cli/sweepTables';

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-tables-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const kindOf = (c: string): ColumnKind => (c === 'index' ? 'int' : c === 'seed' ? 'text' : 'number');
const rows: Row[] = Array.from({ length: 50 }, (_, i) => ({ index: i, seed: i % 7 === 0 ? `s"${i}",\nété` : String(i), value: i / 3, big: i * 1e21 }));
const COLUMNS = ['index', 'seed', 'value', 'big'];
const bytes = (file: string) => readFileSync(join(TMP, file));
const arrayBuffer = (b: Buffer): ArrayBuffer => new Uint8Array(b).buffer;

function write(name: string, batches: number[]): void {
  const sink = new TableSink(join(TMP, `${name}.csv`), join(TMP, `${name}.parquet`), kindOf, 8);
  let at = 0;
  for (const size of batches) {
    sink.add({ columns: COLUMNS, rows: rows.slice(at, at + size).map((r) => COLUMNS.map((c) => r[c])) });
    at += size;
  }
  sink.close();
}

describe('a table written as it grows', () => {
  it('gives the same CSV and Parquet bytes whatever the batches, in row groups of a fixed size', async () => {
    write('one', [50]);
    write('many', [1, 2, 0, 13, 7, 8, 19]);
    for (const ext of ['csv', 'parquet']) expect(bytes(`many.${ext}`).equals(bytes(`one.${ext}`)), ext).toBe(true);
    expect(bytes('one.csv').toString()).toBe(recordsToCsv(rows));
    const file = arrayBuffer(bytes('many.parquet'));
    expect(parquetMetadata(file).row_groups.map((g) => Number(g.num_rows))).toEqual([8, 8, 8, 8, 8, 8, 2]);
    expect(await parquetReadObjects({ file })).toEqual(rows);
  });
});

describe('a CSV read as a stream', () => {
  it('gives back every record across chunk boundaries', () => {
    const text = recordsToCsv(rows);
    writeFileSync(join(TMP, 'stream.csv'), text);
    for (const chunk of [1, 2, 3, 5, 64, 1 << 20]) {
      const reader = new CsvReader(join(TMP, 'stream.csv'), chunk);
      expect(reader.header).toEqual(['index', 'seed', 'value', 'big']);
      const got: string[][] = [];
      while (reader.peek !== Infinity) got.push(reader.take());
      reader.close();
      expect(got, `chunk ${chunk}`).toEqual(parseCsv(text, ',').slice(1));
      expect(got.map((cells) => cells[1])).toEqual(rows.map((r) => r.seed));
    }
  });

  it('refuses a file that is not a sweep\'s table', () => {
    writeFileSync(join(TMP, 'other.csv'), 'name,value\na,1\n');
    expect(() => new CsvReader(join(TMP, 'other.csv'))).toThrow(expect.objectContaining({ name: 'CliError', key: 'errors.badShardFile' }));
    writeFileSync(join(TMP, 'unsorted.csv'), 'index,x\n2,1\n1,1\n');
    const reader = new CsvReader(join(TMP, 'unsorted.csv'));
    expect(() => reader.take()).toThrow(expect.objectContaining({ key: 'errors.badShardFile' }));
    reader.close();
  });
});
