/**
 * A Web Worker that simulates runs for the lab off the page's thread.
 * Messages: a Parcel { first, jobs } in; a Reply { first, results } out,
 * each result the run's hash, totals and (when asked) its weekly records;
 * or { first, error } when a run throws. It warms up as it starts (the pool
 * starts it when the lab opens): a few runs of the lab's first configuration
 * (the first scenario), so the engine has compiled the model before the
 * researcher's first batch instead of during it (a fresh worker's first runs
 * are many times slower).
 */
import { SCENARIO_IDS, scenarioParams } from '../scenarios';
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

const WARM_UP_RUNS = 24;
const warm = scenarioParams(SCENARIO_IDS[0]);
for (let i = 0; i < WARM_UP_RUNS; i++) runJob({ params: warm, seed: `warm-up ${i}`, weeks: true });
