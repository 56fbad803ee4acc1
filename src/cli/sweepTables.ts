/**
 * A sweep's table written as it grows, so a sweep of any size runs in little
 * memory and time: rows come as arrays of cells under one list of columns;
 * the CSV is written a batch at a time (numbers exactly as src/cli/csv.ts
 * writes them), the Parquet twin a row group of ROW_GROUP rows at a time from
 * column arrays. Groups are cut by row count, never by batch, so the same rows
 * give the same bytes however they arrived (sweep, shards, merge). A table
 * given its columns but no rows (an empty shard) still writes its header and
 * a Parquet file with its columns; the Parquet file carries the sweep's
 * provenance as key-value metadata.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { fileWriter, parquetWriteBuffer, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { Cell, ColumnKind } from '../lab/rows';
import { csvLine } from '../shared/csv';

export const ROW_GROUP = 100_000;

const PARQUET_TYPES = { int: 'INT32', number: 'DOUBLE', text: 'STRING' } as const;

/** Rows of one table: its columns, and each row's cells in that order. */
export interface Batch {
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/** Parquet key-value metadata: what a reader sees beside the columns (pyarrow's schema.metadata). */
export interface KeyValue {
  key: string;
  value: string;
}

export class TableSink {
  private readonly fd: number;
  private columns: readonly string[] | null = null;
  private kinds: ColumnKind[] = [];
  private data: Cell[][] = [];
  private count = 0;
  private parquet: ParquetWriter | null = null;

  constructor(
    csvFile: string,
    private readonly parquetFile: string,
    private readonly kindOf: (column: string) => ColumnKind,
    private readonly rowGroup = ROW_GROUP,
    private readonly kvMetadata: readonly KeyValue[] = [],
  ) {
    this.fd = openSync(csvFile, 'w');
  }

  /** Sets the columns (the first call wins) and writes the header: an empty table is its header. */
  head(columns: readonly string[]): void {
    if (this.columns !== null) return;
    this.columns = columns;
    this.kinds = columns.map(this.kindOf);
    this.data = columns.map(() => []);
    writeSync(this.fd, csvLine(columns));
  }

  add({ columns, rows }: Batch): void {
    if (rows.length === 0) return;
    this.head(columns);
    let text = '';
    for (const row of rows) {
      text += csvLine(row);
      for (let j = 0; j < this.data.length; j++) this.data[j].push(row[j]);
      if (++this.count === this.rowGroup) this.writeGroup();
    }
    writeSync(this.fd, text);
  }

  close(): void {
    closeSync(this.fd);
    if (this.count > 0) this.writeGroup();
    if (this.parquet === null) writeFileSync(this.parquetFile, new Uint8Array(parquetWriteBuffer({ columnData: this.columnData(), createdBy: 'salesfloor', kvMetadata: [...this.kvMetadata] })));
    else this.parquet.finish();
  }

  private columnData() {
    return (this.columns ?? []).map((name, j) => {
      const kind = this.kinds[j];
      const data = kind === 'text' ? this.data[j].map(String) : this.data[j].map(Number);
      return { name, data, type: PARQUET_TYPES[kind], nullable: false };
    });
  }

  private writeGroup(): void {
    const columnData = this.columnData();
    this.data = this.data.map(() => []);
    this.count = 0;
    this.parquet ??= new ParquetWriter({ writer: fileWriter(this.parquetFile), schema: schemaFromColumnData({ columnData }), createdBy: 'salesfloor', kvMetadata: [...this.kvMetadata] });
    void this.parquet.write({ columnData, rowGroupSize: this.rowGroup });
  }
}
