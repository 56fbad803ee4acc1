/**
 * A Web Worker that simulates runs for the lab off the page's thread.
 * Messages: { id, params, seed, weeks } in; { id, result } out, where the
 * result is the run's hash, totals and (when asked) its weekly records.
 */
import { runJob, type LabJob } from './job';

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ id: number; job: LabJob }>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (e) => {
  const { id, job } = e.data;
  try {
    scope.postMessage({ id, result: runJob(job) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
