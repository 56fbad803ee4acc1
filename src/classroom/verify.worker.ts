/**
 * A Web Worker that opens run codes off the page's thread, under the shared
 * pool (src/shared/workerPool.ts): decode, replay, compare the hash
 * (openCandidate). Candidates in, plain-data results (a ClassRun or a
 * BadCode) out.
 */
import { serveJobs } from '../shared/workerProtocol';
import { openCandidate } from './runs';

serveJobs(openCandidate);
