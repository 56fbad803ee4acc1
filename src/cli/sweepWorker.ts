/**
 * A worker thread of `salesfloor sweep` (run by piscina): a parcel of runs
 * of the sweep (runParcel) or one (the default export), each simulated with
 * the same simulate() as `salesfloor run`. The weeks come back as one Float64Array (every field of a week record is a number;
 * copying it is one memcpy), or not at all when only runs.csv is wanted:
 * unpacking 104 objects per run is what kept the main thread busy. It is the second entry of the command line's bundle
 * (bin/cliBundle.mjs); from the TypeScript sources it is loaded through
 * sweepWorkerTsx.mjs. Its export runInWorker is one run of `salesfloor run` with many
 * runs (src/cli/runChunk.ts).
 */
import { simulate, type Params, type RunResult, type WeekRecord } from '../sim';
import { weekRow } from '../shared/dataWeek';
import { measureRun, type MeasureSpec } from '../research/measures';

export { runInWorker } from './runChunk';

/** The week record's fields that are not numbers: none, or this file fails to compile (they would not fit a Float64Array). */
type NotNumbers = { [K in keyof WeekRecord]: WeekRecord[K] extends number ? never : K }[keyof WeekRecord];
export const WEEK_FIELDS_ARE_NUMBERS: [NotNumbers] extends [never] ? true : false = true;

export interface SweepTask {
  params: Params;
  seed: string;
  /** whether to send the weeks back */
  weeks: boolean;
  /** the measures to compute from the weeks (src/research/measures.ts), in the worker: none when absent */
  measures?: MeasureSpec;
}

export interface SweepOutcome extends Pick<RunResult, 'hash' | 'totals'> {
  /** the week record's fields, in its order */
  weekKeys: string[];
  /** every week's values as weeks.csv writes them (src/shared/dataWeek.ts), week after week, weekKeys.length per week */
  weekValues: Float64Array;
  /** the task's measures, in its spec's key order (empty without one) */
  measures: number[];
}

/**
 * A parcel of runs, one after the other: one message each way for several
 * runs, and one copy of a grid point's parameters for all its seeds (a
 * message clones an object it holds many times once).
 */
export function runParcel(tasks: readonly SweepTask[]): SweepOutcome[] {
  return tasks.map(runOne);
}

export default function runOne(task: SweepTask): SweepOutcome {
  const { hash, totals, weeks } = simulate({ params: task.params, seed: task.seed });
  const weekKeys = task.weeks && weeks.length > 0 ? Object.keys(weeks[0]) : [];
  const weekValues = new Float64Array(weekKeys.length * weeks.length);
  if (weekKeys.length > 0) weeks.forEach((week, w) => weekValues.set(Object.values(weekRow(week)) as number[], w * weekKeys.length));
  const measures = task.measures === undefined ? [] : measureRun(task.measures, weeks);
  return { hash, totals, weekKeys, weekValues, measures };
}
