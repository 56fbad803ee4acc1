/**
 * A Web Worker that simulates runs for the lab off the page's thread, under
 * the shared pool (src/shared/workerPool.ts, its protocol in workerProtocol.ts): parcels of LabJobs in, their
 * LabResults out (each the run's hash, totals and, when asked, its weekly
 * records). It warms up as it starts (the pool starts it when the lab opens):
 * a few runs of the lab's first configuration (the first scenario), so the
 * engine has compiled the model before the researcher's first batch instead
 * of during it (a fresh worker's first runs are many times slower).
 */
import { SCENARIO_IDS, scenarioParams } from '../scenarios';
import { serveJobs } from '../shared/workerProtocol';
import { runJob } from './job';

serveJobs(runJob);

const WARM_UP_RUNS = 24;
const warm = scenarioParams(SCENARIO_IDS[0]);
for (let i = 0; i < WARM_UP_RUNS; i++) runJob({ params: warm, seed: `warm-up ${i}`, weeks: true });
