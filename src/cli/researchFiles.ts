/**
 * The files of the research commands: a JSON spec read and checked (sweep,
 * sensitivity, calibrate, optimize: every problem a CliError, exit 2, one
 * line, naming the file), the team's data read, the evaluator a research loop runs on, and
 * the report's files (jsonText for their JSON) written into --out.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSpecError } from '../research/specError';
import type { MeasureSpec } from '../research/measures';
import { CliError, fsReason } from './errors';
import { openEvaluator, type Evaluator, type EvaluatorOptions } from './evaluate';
import type { Tr } from './locale';

/** A SpecError (a research, sweep or measure spec's refusal) in the CLI's language; undefined for any other error. */
export function specMessage(error: unknown, tr: Tr): string | undefined {
  return isSpecError(error) ? tr.any(error.key, error.vars) : undefined;
}

export function readText(file: string, tr: Tr): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('research.unreadable', { file, reason: fsReason(error, tr) });
  }
}

/** The spec in FILE (a sweep's, a sensitivity analysis', a calibration's or an optimisation's), parsed and checked by `check`; every problem is a CliError naming the file. */
export function readResearchSpec<T>(file: string, tr: Tr, check: (json: unknown) => T): T {
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
    throw new CliError('errors.badSpec', { file, message: tr('errors.notJson', { detail: (error as Error).message.split('\n')[0] }) });
  }
  try {
    return check(json);
  } catch (error) {
    throw badSpec(error, file, tr);
  }
}

/** A spec's refusal (a SpecError) as the CliError that names its file; any other error as it is. */
export function badSpec(error: unknown, file: string, tr: Tr): unknown {
  const message = specMessage(error, tr);
  return message === undefined ? error : new CliError('errors.badSpec', { file, message });
}

/** Writes each file into dir (created if needed). */
export function writeFiles(dir: string, files: Record<string, string>, tr: Tr): void {
  let file = dir;
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      file = join(dir, name);
      writeFileSync(file, text);
    }
  } catch (error) {
    throw new CliError('errors.unwritable', { file, reason: fsReason(error, tr) });
  }
}

/** A report's JSON file: indented, NaN and infinities (a measure whose window lies outside a run) as null, JSON having neither. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

/**
 * fn's result, fn opening the evaluator once it knows its measures (on the
 * pool kept open for the whole loop); every evaluator it opened closed afterwards, even
 * when fn throws.
 */
export async function withEvaluator<T>(options: Pick<EvaluatorOptions, 'workers'>, fn: (open: (measures: MeasureSpec) => Evaluator) => Promise<T>): Promise<T> {
  const opened: Evaluator[] = [];
  try {
    return await fn((measures) => {
      const evaluator = openEvaluator({ ...options, measures });
      opened.push(evaluator);
      return evaluator;
    });
  } finally {
    // every evaluator the loop opened, not only its last: each holds worker threads
    await Promise.all(opened.map((e) => e.close()));
  }
}
