/**
 * A Web Worker that simulates runs for the lab off the page's thread.
 * Messages: a Parcel { first, jobs } in; a Reply { first, results } out,
 * each result the run's hash, totals and (when asked) its weekly records;
 * or { first, error } when a run throws.
 */
import { runJob } from './job';
import type { Parcel, Reply } from './pool';

const scope = self as unknown as { onmessage: ((e: MessageEvent<Parcel>) => void) | null; postMessage(message: Reply): void };

scope.onmessage = (e) => {
  const { first, jobs } = e.data;
  try {
    scope.postMessage({ first, results: jobs.map(runJob) });
  } catch (error) {
    scope.postMessage({ first, error: error instanceof Error ? error.message : String(error) });
  }
};
