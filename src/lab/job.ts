/** One run of the lab as plain data, what a worker (or the page, without workers) computes from it. */
import { simulate, type Params, type Totals, type WeekRecord } from '../sim';

export interface LabJob {
  params: Params;
  seed: string;
  /** keep the weekly records (fan charts, weekly CSV); a sweep needs only the totals */
  weeks: boolean;
}

export interface LabResult {
  seed: string;
  hash: string;
  totals: Totals;
  weeks: WeekRecord[];
}

export function runJob(job: LabJob): LabResult {
  const r = simulate({ params: job.params, seed: job.seed });
  return { seed: job.seed, hash: r.hash, totals: r.totals, weeks: job.weeks ? r.weeks : [] };
}
