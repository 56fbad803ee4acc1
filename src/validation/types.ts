/**
 * The shape of a validation check. An experiment measures one seed at a time
 * (so a runner can show progress, or spread seeds over web workers) and then
 * judges all seeds together: paired differences, their 95% CI, pass or fail.
 */
import type { Estimate, Interval } from '../shared/stats';

/** What one seed measured: named numbers (NaN where undefined for that seed). */
export type Sample = Record<string, number>;

export interface RunOptions {
  /** shorter runs for the fast subset inside `npm test` */
  quick: boolean;
}

export interface SubCheck {
  label: string;
  expected: string;
  effect: number;
  ci: Interval;
  pass: boolean;
}

export interface Ablation {
  description: string;
  effect: number;
  ci: Interval;
  /** the effect shrank or vanished as it should */
  pass: boolean;
}

/** A table a check reports beside its verdict (the thesis's 2×2 of premises), with a sentence that reads it. */
export interface ResultTable {
  title: string;
  headers: string[];
  rows: string[][];
  /** what the table says, in words */
  reading: string;
}

export interface CheckResult {
  id: string;
  finding: string;
  metric: string;
  expected: string;
  effect: number;
  ci: Interval;
  /** seeds that gave a finite effect */
  n: number;
  /** the main effect and every sub-check hold (the ablation is reported beside it) */
  pass: boolean;
  ablation?: Ablation;
  subchecks?: SubCheck[];
  tables?: ResultTable[];
  notes: string;
}

export interface Experiment {
  id: string;
  finding: string;
  metric: string;
  expected: string;
  /** runs needed per seed, for progress and budgeting */
  runsPerSeed: number;
  measure(seed: string, options: RunOptions): Sample;
  judge(samples: Sample[], options: RunOptions): CheckResult;
}

export function column(samples: readonly Sample[], key: string): number[] {
  return samples.map((s) => (key in s ? s[key] : NaN));
}

export function sub(label: string, expected: string, e: Estimate, pass: boolean): SubCheck {
  return { label, expected, effect: e.mean, ci: e.ci, pass };
}

export function ablation(description: string, e: Estimate, pass: boolean): Ablation {
  return { description, effect: e.mean, ci: e.ci, pass };
}

/** Runs one experiment over the seeds: the `(seeds) => CheckResult` form. */
export function runExperiment(
  exp: Experiment,
  seeds: readonly string[],
  options: RunOptions = { quick: false },
  onSeed?: (seed: string) => void,
): CheckResult {
  const samples: Sample[] = [];
  for (const seed of seeds) {
    samples.push(exp.measure(seed, options));
    onSeed?.(seed);
  }
  return exp.judge(samples, options);
}
