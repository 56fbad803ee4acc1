/**
 * A sweep's table as Parquet (hyparquet-writer), the twin of its CSV: the
 * same columns in the same order and the same values, typed by columnKind
 * (INT32, DOUBLE or UTF-8 text). Framework-free; gives the file's bytes.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnKind, Row } from './rows';

const TYPES = { int: 'INT32', number: 'DOUBLE', text: 'STRING' } as const;

export function toParquet(rows: readonly Row[], kindOf: (column: string) => ColumnKind): ArrayBuffer {
  const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
  return parquetWriteBuffer({
    columnData: columns.map((name) => {
      const kind = kindOf(name);
      const data = rows.map((row) => (kind === 'text' ? String(row[name]) : Number(row[name])));
      return { name, data, type: TYPES[kind], nullable: false };
    }),
    createdBy: 'salesfloor',
  });
}
