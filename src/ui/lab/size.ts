/**
 * A batch's size before it runs: how many runs, and about how long on the
 * lab's workers. The estimate is work (weeks × customers, summed over the
 * runs) times a cost per unit: a first guess measured in Node on this model
 * until the lab has timed a batch of its own, then what that batch took.
 * Above CONFIRM_RUNS the lab asks before it starts.
 */
import { designOf, designWork, type SweepSpec } from '../../lab/sweepSpec';

/** Runs above which the lab asks for a confirmation (the "say 5,000 runs"). */
export const CONFIRM_RUNS = 5000;

/** Most run-weeks a sweep keeps in the page for its weeks table: 1,000 runs of the game's 104 weeks. */
export const WEEKS_KEPT_MAX = 104_000;

/** Seconds per week per customer on one worker: a 104-week run of 3,000 customers takes about 22 ms in Node. */
const FIRST_GUESS = 7e-8;
let cost = FIRST_GUESS;

export interface Size {
  runs: number;
  /** design points per scenario (the grid's times the sample's) */
  points: number;
  seeds: number;
  scenarios: number;
  /** weeks simulated in all, over every run */
  runWeeks: number;
  /** weeks × customers, over every run: what the time goes with */
  work: number;
}

/** The size of a checked spec, without building its runs: every design point (grid × sample) of every scenario, with its own run length and market size. */
export function sizeOf(spec: SweepSpec): Size {
  const design = designOf(spec);
  const { runWeeks, work } = designWork(design);
  return { runs: design.size, points: design.points, seeds: design.seeds.length, scenarios: design.scenarios.length, runWeeks, work };
}

/** Whether a sweep keeps its weeks for weeks.csv: up to WEEKS_KEPT_MAX run-weeks (a bigger weeks table is the command line's). */
export function keepsWeeks(spec: SweepSpec): boolean {
  return sizeOf(spec).runWeeks <= WEEKS_KEPT_MAX;
}

/** About how many seconds the batch takes on `workers` workers. */
export function estimateSeconds(size: Pick<Size, 'work'>, workers: number): number {
  return (size.work * cost) / Math.max(1, workers);
}

/** What a finished batch took: the next estimates use it. */
export function timed(size: Pick<Size, 'work'>, seconds: number, workers: number): void {
  if (size.work > 0 && seconds > 0) cost = (seconds * Math.max(1, workers)) / size.work;
}

/** Back to the first guess (tests). */
export function resetCost(): void {
  cost = FIRST_GUESS;
}
