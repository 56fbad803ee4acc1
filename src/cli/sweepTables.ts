/**
 * A sweep's table written as it grows, so a sweep of any size runs in little
 * memory: the CSV a batch of rows at a time (numbers exactly as
 * src/cli/csv.ts writes them), the Parquet twin a row group of ROW_GROUP rows
 * at a time. Groups are cut by row count, never by batch, so the same rows
 * give the same bytes however they arrived (sweep, shards, merge).
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { fileWriter, parquetWriteBuffer, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { ColumnKind, Row } from '../lab/rows';
import { toCsv } from './csv';

export const ROW_GROUP = 100_000;

const PARQUET_TYPES = { int: 'INT32', number: 'DOUBLE', text: 'STRING' } as const;

/** CSV text of rows, the header before the first batch only. */
export class CsvLines {
  private started = false;

  add(rows: readonly Row[]): string {
    if (rows.length === 0) return '';
    const text = toCsv(rows);
    if (this.started) return text.slice(text.indexOf('\n') + 1);
    this.started = true;
    return text;
  }
}

export class TableSink {
  private readonly fd: number;
  private readonly csv = new CsvLines();
  private columns: string[] | null = null;
  private buffer: Row[] = [];
  private parquet: ParquetWriter | null = null;

  constructor(
    private readonly csvFile: string,
    private readonly parquetFile: string,
    private readonly kindOf: (column: string) => ColumnKind,
    private readonly rowGroup = ROW_GROUP,
  ) {
    this.fd = openSync(csvFile, 'w');
  }

  add(rows: readonly Row[]): void {
    if (rows.length === 0) return;
    this.columns ??= Object.keys(rows[0]);
    writeSync(this.fd, this.csv.add(rows));
    for (const row of rows) {
      this.buffer.push(row);
      if (this.buffer.length === this.rowGroup) this.writeGroup();
    }
  }

  close(): void {
    closeSync(this.fd);
    if (this.buffer.length > 0) this.writeGroup();
    if (this.parquet === null) writeFileSync(this.parquetFile, new Uint8Array(parquetWriteBuffer({ columnData: [], createdBy: 'salesfloor' })));
    else this.parquet.finish();
  }

  private writeGroup(): void {
    const rows = this.buffer;
    this.buffer = [];
    const columnData = (this.columns ?? []).map((name) => {
      const kind = this.kindOf(name);
      const data = rows.map((row) => (kind === 'text' ? String(row[name]) : Number(row[name])));
      return { name, data, type: PARQUET_TYPES[kind], nullable: false };
    });
    this.parquet ??= new ParquetWriter({ writer: fileWriter(this.parquetFile), schema: schemaFromColumnData({ columnData }), createdBy: 'salesfloor' });
    void this.parquet.write({ columnData, rowGroupSize: this.rowGroup });
  }
}
