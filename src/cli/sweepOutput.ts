/**
 * What `salesfloor sweep --out DIR` and `salesfloor merge --out DIR` write:
 * runs.csv and weeks.csv (numbers as src/cli/csv.ts writes them), their
 * Parquet twins and manifest.json, plus what both put in the manifest.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { columnKind, type Row } from '../lab/rows';
import { toParquet } from '../lab/parquet';
import { checkSpec, SweepSpecError, type SweepSpec } from '../lab/sweepSpec';
import { toCsv } from './csv';
import { fsReason } from './decisions';
import { CliError } from './errors';
import type { Tr } from './locale';

export const DATA_FILES = ['runs.csv', 'weeks.csv', 'runs.parquet', 'weeks.parquet'] as const;

/** The spec in FILE, checked; every problem is a CliError (exit 2). */
export function readSpec(file: string, tr: Tr): SweepSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('errors.unreadableSpec', { file, reason: fsReason(error, tr) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError('errors.badSpec', { file, message: tr('errors.notJson', { detail: (error as Error).message }) });
  }
  try {
    return checkSpec(json);
  } catch (error) {
    if (error instanceof SweepSpecError || (error as Error | null)?.name === 'SweepSpecError') throw new CliError('errors.badSpec', { file, message: (error as Error).message });
    throw error;
  }
}

/** The git commit the command line was built from, or null outside a git checkout. */
export function gitCommit(): string | null {
  try {
    const cwd = dirname(fileURLToPath(import.meta.url));
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^[0-9a-f]{40}$/.test(out) ? out : null;
  } catch {
    return null;
  }
}

/** The command as typed, quoted where a shell would need it. */
export function commandLine(argv: readonly string[]): string {
  return ['salesfloor', ...argv].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Writes the four data files and the manifest into dir (created if needed); `csv` gives the CSV texts when they are already made (merge). */
export function writeSweepDir(dir: string, spec: SweepSpec, runs: readonly Row[], weeks: readonly Row[], manifest: object, tr: Tr, csv?: { runs: string; weeks: string }): void {
  const kindOf = (column: string) => columnKind(spec, column);
  const files: [string, string | Uint8Array][] = [
    ['runs.csv', csv?.runs ?? toCsv(runs)],
    ['weeks.csv', csv?.weeks ?? toCsv(weeks)],
    ['runs.parquet', new Uint8Array(toParquet(runs, kindOf))],
    ['weeks.parquet', new Uint8Array(toParquet(weeks, kindOf))],
    ['manifest.json', `${JSON.stringify(manifest, null, 2)}\n`],
  ];
  let file = dir;
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, data] of files) {
      file = join(dir, name);
      writeFileSync(file, data);
    }
  } catch (error) {
    throw new CliError('errors.unwritable', { file, reason: fsReason(error, tr) });
  }
}
