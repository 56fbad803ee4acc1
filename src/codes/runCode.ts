/**
 * Run codes: a whole run in short URL-safe text — model version, scenario,
 * seed, parameter overrides, the decision log and the run hash — so a trainee
 * can hand a run in through any form and an instructor can replay it exactly.
 *
 * Layout: `sf2.<body>.<check>` (compactRun.ts: the identity as positional
 * binary fields in base64url, a facilitator's scenario named by its
 * fingerprint, and a check of the body, which catches typos and truncation).
 * The first layout, `sf1.` (the identity as compressed JSON, the scenario
 * carried whole, envelope.ts), is still read. Tampering that keeps the
 * check is caught by the hash: opening a code reruns it (verifyRunCode).
 */
import { checkDecisions, decisionLogSchema, MODEL_VERSION, paramKeySchema, paramValueSchema, ParamError, simulate, type Decision, type RunResult } from '../sim';
import { scenarioParams, UnknownScenarioError } from '../scenarios';
import { z } from '../sim/zod';
import { checksum, extractFrom, MAX_CODE_LENGTH, RunCodeError, unseal } from './envelope';
import { breaksRules, checkScenario, scenarioRunLog, scenarioRunParams, scenarioSchema, type FacilitatorScenario } from './facilitatorScenario';
import { COMPACT_PREFIX, decodeCompact, encodeCompact, type RunFields } from './compactRun';
import { BytesError } from './bytes';
import { scenarioFingerprint, type ScenarioLookup } from './fingerprint';

export { checksum, MAX_CODE_LENGTH, RunCodeError, type CodeProblem } from './envelope';
export { scenarioFingerprint, type ScenarioLookup } from './fingerprint';

/** The code this build writes; LEGACY_PREFIX codes are still read. */
export const RUN_CODE_PREFIX = COMPACT_PREFIX;
export const LEGACY_PREFIX = 'sf1';

/** Everything that makes a run: the same identity always gives the same hash. */
export interface RunIdentity extends RunFields {
  /** the facilitator's scenario it was played on, if any: its overrides and events apply before the run's own */
  custom?: FacilitatorScenario;
}

/** The first layout's compressed JSON: short keys, since every character counts in a QR code. */
const payloadSchema = z.object({
  m: z.string().max(40),
  s: z.string().max(100),
  e: z.string().max(200),
  o: z.record(paramKeySchema, paramValueSchema),
  d: decisionLogSchema,
  h: z.string().regex(/^[0-9a-f]{16}$/),
  /** optional: the facilitator's scenario (codes without it decode as before) */
  c: scenarioSchema.optional(),
});

/** The compact fields once read, checked for shape as the first layout's JSON is. */
const compactSchema = payloadSchema.omit({ c: true });

/** A run's code, `sf2.…`: a facilitator's scenario is named by its fingerprint, so whoever opens the code needs that scenario too (a lookup). */
export function encodeRunCode(id: RunIdentity): string {
  const body = encodeCompact({ model: id.model, scenario: id.scenario, seed: id.seed, overrides: id.overrides, decisions: id.decisions, hash: id.hash, ...(id.custom ? { fingerprint: scenarioFingerprint(id.custom) } : {}) });
  return `${RUN_CODE_PREFIX}.${body}.${checksum(body)}`;
}

/** The fingerprint of the facilitator's scenario a code was played on, without opening the rest; undefined for a code of a plain story, a first-layout code or text that is not a code. */
export function codeFingerprint(text: string): string | undefined {
  try {
    const code = extractCode(text);
    const [prefix, body] = code.split('.');
    if (prefix !== RUN_CODE_PREFIX || !body) return undefined;
    return decodeCompact(body).fingerprint;
  } catch {
    return undefined;
  }
}

/** A code as people paste it: spaces, line breaks and a wrapping link (`?code=`) are forgiven. */
export function extractCode(text: string): string {
  return extractFrom(text, 'code');
}

/**
 * Reads a code without running it: its format, checksum, contents and model
 * version, and that its scenario, overrides and decisions make a valid run.
 * A code of a facilitator's scenario needs it: `lookup` finds it by its
 * fingerprint, RunCodeError('scenario', { fingerprint }) when it does not.
 * Throws RunCodeError; never anything else.
 */
export function decodeRunCode(text: string, lookup?: ScenarioLookup): RunIdentity {
  if (typeof text === 'string' && extractCode(text).startsWith(`${RUN_CODE_PREFIX}.`)) return decodeCompactCode(text, lookup);
  const json = unseal(text, LEGACY_PREFIX, 'code', 'run');
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) throw new RunCodeError('corrupt');
  const p = parsed.data;
  if (p.m !== MODEL_VERSION) throw new RunCodeError('version', { code: p.m, current: MODEL_VERSION });
  const identity: RunIdentity = { model: p.m, scenario: p.s, seed: p.e, overrides: p.o, decisions: p.d as Decision[], hash: p.h };
  if (p.c) identity.custom = p.c as FacilitatorScenario;
  checkRunnable(identity);
  return identity;
}

function decodeCompactCode(text: string, lookup?: ScenarioLookup): RunIdentity {
  const code = extractCode(text);
  if (code.length > MAX_CODE_LENGTH) throw new RunCodeError('format');
  const parts = code.split('.');
  if (parts.length !== 3 || !/^[A-Za-z0-9_-]+$/.test(parts[1]) || parts[2] === '') throw new RunCodeError('format');
  if (checksum(parts[1]) !== parts[2]) throw new RunCodeError('checksum');
  let run;
  try {
    run = decodeCompact(parts[1], (model) => {
      if (model !== MODEL_VERSION) throw new RunCodeError('version', { code: model, current: MODEL_VERSION });
    });
  } catch (error) {
    if (error instanceof BytesError || error instanceof RangeError) throw new RunCodeError('corrupt');
    throw error;
  }
  if (!compactSchema.safeParse({ m: run.model, s: run.scenario, e: run.seed, o: run.overrides, d: run.decisions, h: run.hash }).success) throw new RunCodeError('corrupt');
  const identity: RunIdentity = { model: run.model, scenario: run.scenario, seed: run.seed, overrides: run.overrides, decisions: run.decisions, hash: run.hash };
  if (run.fingerprint) {
    const found = lookup?.(run.fingerprint);
    if (!found || scenarioFingerprint(found) !== run.fingerprint) throw new RunCodeError('scenario', { fingerprint: run.fingerprint });
    identity.custom = found;
  }
  checkRunnable(identity);
  return identity;
}

/** The identity's scenario, seed, overrides and decisions make a valid run; RunCodeError('content') if not. */
function checkRunnable(id: RunIdentity): void {
  try {
    if (id.seed === '') throw new ParamError('the seed is empty');
    const custom = id.custom ? checkScenario(id.custom) : undefined;
    if (custom && custom.base !== id.scenario) throw new ParamError(`the run is of scenario ${id.scenario}, its facilitator's scenario of ${custom.base}`);
    const params = custom ? scenarioRunParams(custom, id.overrides) : scenarioParams(id.scenario, id.overrides);
    checkDecisions(id.decisions, params);
    const broken = custom ? breaksRules(custom, id.decisions) : null;
    if (broken) throw new ParamError(`a decision of week ${broken.week} breaks the facilitator's scenario's locks or bounds`);
  } catch (error) {
    if (error instanceof ParamError || error instanceof UnknownScenarioError) throw new RunCodeError('content', { message: error.message });
    throw error;
  }
}

/** Runs an identity's scenario (a facilitator's included), seed, overrides and decisions (the hash it carries is not used). */
export function runIdentity(id: Omit<RunIdentity, 'hash' | 'model'>): RunResult {
  const params = id.custom ? scenarioRunParams(id.custom, id.overrides) : scenarioParams(id.scenario, id.overrides);
  return simulate({ params, seed: id.seed, decisions: scenarioRunLog(id.custom, id.decisions) });
}

/** The identity of a run, its hash computed by running it. */
export function identityOf(scenario: string, seed: string, overrides: Record<string, number | string>, decisions: readonly Decision[], custom?: FacilitatorScenario): RunIdentity {
  const result = runIdentity({ scenario, seed, overrides, decisions: [...decisions], custom });
  return { model: MODEL_VERSION, scenario, seed, overrides, decisions: [...decisions], hash: result.hash, ...(custom ? { custom } : {}) };
}

/**
 * Opens a code for replay: decodes it, reruns the run and compares the hash
 * it gets with the one the code carries (RunCodeError('hash') if they differ).
 */
export function verifyRunCode(text: string, lookup?: ScenarioLookup): { identity: RunIdentity; result: RunResult } {
  const identity = decodeRunCode(text, lookup);
  let result: RunResult;
  try {
    result = runIdentity(identity);
  } catch (error) {
    // what only the run itself can check, such as a gemba walk with a rep not on the team that week
    if (error instanceof ParamError) throw new RunCodeError('content', { message: error.message });
    throw error;
  }
  if (result.hash !== identity.hash) throw new RunCodeError('hash', { code: identity.hash, run: result.hash });
  return { identity, result };
}
