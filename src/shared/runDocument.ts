/**
 * The run document: one record for a whole run, the same for `salesfloor run`
 * (JSON), the game's "download the run" and anything that reads them back.
 */
import type { Decision, RunResult } from '../sim';

/** A run as `salesfloor run` prints it (and the game's export): its fields in this order. */
export type RunDocument = { model: RunResult['model']; scenario: string } & Pick<RunResult, 'seed' | 'params' | 'hash'> & {
    /** the run code: `salesfloor run --code` replays the run from it */
    code: string;
    decisions: Decision[];
  } & Pick<RunResult, 'weeks' | 'reps' | 'totals'>;
