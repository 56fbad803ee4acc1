/** One run of the lab as plain data, what a worker (or the page, without workers) computes from it. */
import { simulate, type Params, type Totals, type WeekRecord } from '../sim';
import { measureRun, type MeasureSpec } from '../research/measures';

export interface LabJob {
  params: Params;
  seed: string;
  /** keep the weekly records (fan charts, weekly CSV); a sweep needs only the totals and the measures */
  weeks: boolean;
  /** the outcome measures to compute from the run's weeks (src/research/measures.ts), in this order */
  measures?: MeasureSpec;
}

export interface LabResult {
  seed: string;
  hash: string;
  totals: Totals;
  weeks: WeekRecord[];
  /** the job's measures, in its spec's key order (empty when it asked for none) */
  measures: number[];
}

export function runJob(job: LabJob): LabResult {
  const r = simulate({ params: job.params, seed: job.seed });
  const measures = job.measures ? measureRun(job.measures, r.weeks) : [];
  return { seed: job.seed, hash: r.hash, totals: r.totals, weeks: job.weeks ? r.weeks : [], measures };
}
