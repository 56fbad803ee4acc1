/**
 * The one way Node code runs many (point, seed) pairs for their measures:
 * sensitivity analyses, calibrations, optimisations and `salesfloor serve`
 * ask for batches of parameter sets, each run on the same seeds (paired:
 * common random numbers), and get back one flat array of measures. The runs
 * go to the command line's worker threads (src/cli/workerPool.ts), kept open
 * across batches so a loop pays their start once, or run on this thread
 * (`workers: 'inline'`: tests, small jobs). Either way the numbers are the
 * same: each run is simulate() of its parameters and seed, measured by
 * src/research/measures.ts in the same order.
 */
import { simulate, type Params } from '../sim';
import { measureRun, type MeasureSpec } from '../research/measures';
import type { SweepOutcome, SweepTask } from './sweepWorker';
import { openPool, parcels } from './workerPool';

export interface Evaluator {
  /** the measures' names, in the order of each run's values */
  readonly names: string[];
  /**
   * Every point on every seed: values[(p * seeds.length + s) * names.length + m].
   * A run whose window lies outside it gives NaN (src/research/measures.ts).
   */
  evaluate(points: readonly Params[], seeds: readonly string[]): Promise<Float64Array>;
  close(): Promise<void>;
}

export interface EvaluatorOptions {
  /** worker threads, or 'inline' to run on this thread */
  workers: number | 'inline';
  measures: MeasureSpec;
  /** a progress bar's format (cli-progress) on stderr, or none */
  progress?: string | null;
}

export function openEvaluator({ workers, measures, progress = null }: EvaluatorOptions): Evaluator {
  const names = Object.keys(measures);
  const width = names.length;
  if (workers === 'inline') {
    return {
      names,
      evaluate: async (points, seeds) => {
        const values = new Float64Array(points.length * seeds.length * width);
        let k = 0;
        for (const params of points) {
          for (const seed of seeds) {
            values.set(measureRun(measures, simulate({ params, seed }).weeks), k);
            k += width;
          }
        }
        return values;
      },
      close: async () => {},
    };
  }
  const pool = openPool(workers);
  return {
    names,
    evaluate: async (points, seeds) => {
      const tasks: SweepTask[] = [];
      for (const params of points) for (const seed of seeds) tasks.push({ params, seed, weeks: false, measures });
      const values = new Float64Array(tasks.length * width);
      let k = 0;
      await pool.run<SweepTask[], SweepOutcome[]>(parcels(tasks, workers).map((p) => p.tasks), { progress, name: 'runParcel', weight: (p) => p.length }, (_, outcomes) => {
        for (const outcome of outcomes) {
          values.set(outcome.measures, k);
          k += width;
        }
      });
      return values;
    },
    close: () => pool.close(),
  };
}
