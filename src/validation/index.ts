/**
 * Model validity: every check of EVIDENCE.md as a paired experiment over the
 * public API of src/sim. Pure TypeScript (no Node built-ins), so the lab's
 * web workers can run the same experiments as `npm run validate`.
 */
import { MODEL_NAME, MODEL_VERSION } from '../sim';
import { CALIBRATION_MARKETS, judgeCalibration, measureCalibration } from './calibration';
import { MARKET_CHECKS } from './checks/market';
import { RELATIONSHIP_CHECKS } from './checks/relationship';
import { E14 } from './checks/team';
import { THESIS } from './checks/thesis';
import { TIMING_CHECKS } from './checks/timing';
import { runExperiment, type CheckResult, type Experiment, type RunOptions, type Sample } from './types';

export * from './types';
export * from '../shared/stats';
export { calibrate, CALIBRATION_MARKETS, type Calibration, type CalibrationRow } from './calibration';
export { E1, E1b, E2, E3, E4, E5 } from './checks/timing';
export { E6, E7, E8, E9, E10 } from './checks/relationship';
export { E11, E12, E13, bassPeak } from './checks/market';
export { THESIS, crossingWeek, splitLead, HYPOTHESIS_OFF, PRESSURE_OFF } from './checks/thesis';
export { E14 } from './checks/team';
export { formatTable, toMarkdown, type ValidationReport } from './report';
import type { ValidationReport } from './report';

export const EXPERIMENTS: readonly Experiment[] = [...TIMING_CHECKS, ...RELATIONSHIP_CHECKS, ...MARKET_CHECKS, E14, THESIS];

export function findExperiment(id: string): Experiment | undefined {
  return EXPERIMENTS.find((e) => e.id.toLowerCase() === id.toLowerCase());
}

/** One check in the `(seeds) => CheckResult` form. */
export function check(id: string, seeds: readonly string[], options: RunOptions = { quick: false }): CheckResult {
  const exp = findExperiment(id);
  if (!exp) throw new RangeError(`unknown check "${id}"; valid checks: ${EXPERIMENTS.map((e) => e.id).join(', ')}`);
  return runExperiment(exp, seeds, options);
}

export function defaultSeeds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `v${i + 1}`);
}

export interface Progress {
  done: number;
  total: number;
  label: string;
}

/**
 * Runs the chosen experiments (all by default) and the calibration over the
 * seeds. `onProgress` is called after every seed of every experiment,
 * weighted by the runs it took.
 */
export function runValidation(
  seeds: readonly string[],
  options: RunOptions & { only?: readonly string[]; calibration?: boolean } = { quick: false },
  onProgress?: (p: Progress) => void,
): ValidationReport {
  const chosen = options.only && options.only.length > 0
    ? EXPERIMENTS.filter((e) => options.only?.some((id) => id.toLowerCase() === e.id.toLowerCase()))
    : EXPERIMENTS;
  const withCalibration = options.calibration ?? true;
  const calibrationRuns = withCalibration ? CALIBRATION_MARKETS.length * 3 : 0;
  const total = seeds.length * (chosen.reduce((s, e) => s + e.runsPerSeed, 0) + calibrationRuns);
  let done = 0;
  const checks: CheckResult[] = [];
  for (const exp of chosen) {
    checks.push(runExperiment(exp, seeds, options, () => {
      done += exp.runsPerSeed;
      onProgress?.({ done, total, label: exp.id });
    }));
  }
  const samples: Record<string, Sample[]> = {};
  if (withCalibration) {
    for (const market of CALIBRATION_MARKETS) {
      samples[market] = seeds.map((seed) => {
        const s = measureCalibration(market, seed);
        done += 3;
        onProgress?.({ done, total, label: `calibration ${market}` });
        return s;
      });
    }
  }
  return {
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    seeds: [...seeds],
    quick: options.quick,
    checks,
    calibration: judgeCalibration(samples),
  };
}
