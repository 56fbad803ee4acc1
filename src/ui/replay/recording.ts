/**
 * Opens a run code for replay: decodes it, records the run once with its
 * snapshots and compares the hash it gets with the one the code carries, the
 * same check as verifyRunCode on the one run the replay needs. Throws only
 * RunCodeError. The last few recordings are kept, so a language switch or a
 * return to the page does not run them again.
 */
import { scenarioRunLog, scenarioRunParams } from '../../codes/facilitatorScenario';
import { decodeRunCode, RunCodeError, type RunIdentity } from '../../codes/runCode';
import { RunSnapshots } from '../../replay/snapshots';
import { scenarioParams, UnknownScenarioError } from '../../scenarios';
import { ParamError, WEEKS_PER_QUARTER } from '../../sim';
import { scenarioTitleOf } from '../../play/library/runTitle';
import { quarterStats, type QuarterStat } from '../../play/analysis/quarters';
import { keyMoments, type Moment } from '../../play/analysis/moments';
import { knownScenarios } from '../kit/scenarioField';

export interface Recording {
  code: string;
  identity: RunIdentity;
  snaps: RunSnapshots;
  quarters: QuarterStat[];
  moments: Moment[];
}

const KEEP = 4;
const cache = new Map<string, Recording>();

/** Whether a code's run is already recorded (opening it again is immediate). */
export function isRecorded(code: string): boolean {
  return cache.has(code);
}

export function openRecording(code: string): Recording {
  const hit = cache.get(code);
  if (hit) return hit;
  const identity = decodeRunCode(code, knownScenarios.lookup);
  let snaps: RunSnapshots;
  try {
    // as runIdentity runs it: a facilitator's scenario brings its parameters and its events
    const params = identity.custom ? scenarioRunParams(identity.custom, identity.overrides) : scenarioParams(identity.scenario, identity.overrides);
    snaps = RunSnapshots.record({ params, seed: identity.seed, decisions: scenarioRunLog(identity.custom, identity.decisions) });
  } catch (error) {
    // a decision the run refuses when it comes (a gemba walk with a rep who has left)
    if (error instanceof ParamError || error instanceof UnknownScenarioError) throw new RunCodeError('content', { message: error.message });
    throw error;
  }
  if (snaps.hash !== identity.hash) throw new RunCodeError('hash', { code: identity.hash, run: snaps.hash });
  const quarters = quarterStats(snaps.records);
  const first = snaps.records[0];
  const rec: Recording = { code, identity, snaps, quarters, moments: keyMoments(quarters, first?.reputation ?? 0.5, first?.careMotive ?? 0.6) };
  cache.set(code, rec);
  while (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return rec;
}

/** The week a key moment is shown at: the end of its quarter (quarters count from 1). */
/** The run's story as the reader's language names it: a facilitator's own title, or the scenario's. */
export function scenarioTitle(identity: RunIdentity): string {
  return scenarioTitleOf(identity.scenario, identity.custom);
}

export function momentWeek(m: Moment, weeks: number): number {
  return Math.min(weeks, m.quarter * WEEKS_PER_QUARTER);
}
