/**
 * A worker thread of `salesfloor sweep` (run by piscina): one run of the
 * sweep, simulated with the same simulate() as `salesfloor run`. It is the
 * second entry of the command line's bundle (bin/cliBundle.mjs); from the
 * TypeScript sources it is loaded through sweepWorkerTsx.mjs.
 */
import { simulate, type Params } from '../sim';
import type { RunOutcome } from '../lab/rows';

export interface SweepTask {
  params: Params;
  seed: string;
}

export default function runOne(task: SweepTask): RunOutcome {
  const { hash, totals, weeks } = simulate({ params: task.params, seed: task.seed });
  return { hash, totals, weeks };
}
