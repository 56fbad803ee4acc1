// The sweep's worker thread when the command line runs from its TypeScript
// sources (SALESFLOOR_CLI_TSX=1, the tests): a worker thread does not inherit
// the parent's tsx loader, so it registers its own before loading the worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./sweepWorker.ts');
export default worker.default;
export const runInWorker = worker.runInWorker;
export const runParcel = worker.runParcel;
