/**
 * A class's batch of runs: each candidate opened with verifyRunCode (decoded,
 * rerun, its hash compared), duplicates counted once, bad codes kept with
 * their reason and origin. Opening yields to the page between codes so a
 * batch of thirty never freezes it, and reports its progress.
 */
import { codeFingerprint, RunCodeError, verifyRunCode, type ScenarioLookup } from '../codes/runCode';
import type { FacilitatorScenario } from '../codes/facilitatorScenario';
import type { Candidate, Origin } from './extract';

/** One run of the class: what the table, the scatter and the export show. */
export interface ClassRun {
  code: string;
  /** whose run it is, when the input said (extract.ts): text from outside, shown as text only */
  name?: string;
  /** the scenario id (a facilitator's scenario: the story it starts from) */
  scenario: string;
  /** a facilitator's scenario's own title, in both languages (text from the code: shown as text only) */
  custom?: { en: string; fr: string };
  seed: string;
  /** cumulative profit over the run */
  profit: number;
  /** reputation at the run's end, 0–1 */
  reputation: number;
  deals: number;
  quits: number;
  misconduct: number;
  hash: string;
  origin: Origin;
}

/** A candidate that could not be opened: an i18n key under codes.errors with its placeholders. */
export interface BadCode {
  text: string;
  origin: Origin;
  name?: string;
  key: string;
  vars: Record<string, string | number>;
}

export interface Batch {
  runs: ClassRun[];
  bad: BadCode[];
  /** candidates skipped because the same code was already in the batch */
  duplicates: number;
}

export const emptyBatch = (): Batch => ({ runs: [], bad: [], duplicates: 0 });

/** A candidate as it is opened (on this thread or in a worker): with the facilitator's scenario its code names, when the reader knows it. */
export interface OpenJob extends Candidate {
  scenario?: FacilitatorScenario;
}

/** The job for a candidate: its code's facilitator's scenario looked up, so a worker needs no storage. */
export function jobOf(c: Candidate, lookup?: ScenarioLookup): OpenJob {
  const fp = lookup ? codeFingerprint(c.text) : undefined;
  const scenario = fp ? lookup?.(fp) : undefined;
  return scenario ? { ...c, scenario } : c;
}

/** Opens one candidate: a run, or the reason it cannot be one. */
export function openCandidate(c: OpenJob): ClassRun | BadCode {
  const name = c.name ? { name: c.name } : {};
  try {
    const { identity, result } = verifyRunCode(c.text, () => c.scenario);
    const t = result.totals;
    const custom = identity.custom ? { custom: { en: identity.custom.title.en, fr: identity.custom.title.fr } } : {};
    return { code: c.text, ...name, scenario: identity.scenario, ...custom, seed: identity.seed, profit: t.profit, reputation: t.finalReputation, deals: t.deals, quits: t.quits, misconduct: t.misconduct, hash: identity.hash, origin: c.origin };
  } catch (error) {
    if (error instanceof RunCodeError) return { text: c.text, ...name, origin: c.origin, key: error.key, vars: error.vars };
    // a code that passes every check yet breaks the run is still only a bad code
    return { text: c.text, ...name, origin: c.origin, key: 'classroom.errors.unexpected', vars: { message: error instanceof Error ? error.message : String(error) } };
  }
}

/** The group a run is plotted and coloured with: its scenario, or its facilitator's scenario by title. */
export function groupOf(run: ClassRun): string {
  return run.custom ? `custom:${run.custom.en}\u0000${run.custom.fr}` : run.scenario;
}

const isRun = (x: ClassRun | BadCode): x is ClassRun => 'profit' in x;

export interface OpenOptions {
  /** called after each candidate with how many are done */
  progress?: (done: number, total: number) => void;
  /** lets the page breathe between codes; a promise that resolves soon (setTimeout 0 in a browser) */
  yieldToPage?: () => Promise<void>;
  /** stop early (a newer load or a clear replaced this one) */
  cancelled?: () => boolean;
  /** how a candidate is opened: on this thread by default, or in a worker (src/shared/workerPool.ts) */
  open?: (c: OpenJob) => Promise<ClassRun | BadCode>;
  /** the facilitator's scenarios the reader knows, by fingerprint (knownScenarios.ts) */
  lookup?: ScenarioLookup;
  /** how many candidates are opened at once (the workers' count) */
  concurrency?: number;
}

/**
 * Adds candidates to a batch, in their order; a code already in the batch
 * (good or bad) counts as a duplicate. With `open` and `concurrency`, several
 * are opened at once; the batch keeps the candidates' order all the same.
 */
export async function openAll(batch: Batch, candidates: readonly Candidate[], options: OpenOptions = {}): Promise<Batch> {
  const seen = new Set<string>([...batch.runs.map((r) => r.code), ...batch.bad.map((b) => b.text)]);
  const out: Batch = { runs: [...batch.runs], bad: [...batch.bad], duplicates: batch.duplicates };
  const todo: Candidate[] = [];
  for (const c of candidates) {
    if (seen.has(c.text)) out.duplicates++;
    else {
      seen.add(c.text);
      todo.push(c);
    }
  }
  const open = options.open ?? ((c: OpenJob) => Promise.resolve(openCandidate(c)));
  const results: Array<ClassRun | BadCode | undefined> = new Array(todo.length);
  let next = 0;
  let done = candidates.length - todo.length;
  if (done > 0) options.progress?.(done, candidates.length);
  const lane = async (): Promise<void> => {
    while (next < todo.length && !options.cancelled?.()) {
      const i = next++;
      results[i] = await open(jobOf(todo[i], options.lookup));
      options.progress?.(++done, candidates.length);
      if (options.yieldToPage) await options.yieldToPage();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, lane));
  for (const r of results) {
    if (r === undefined) continue;
    if (isRun(r)) out.runs.push(r);
    else out.bad.push(r);
  }
  return out;
}
