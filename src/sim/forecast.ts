/**
 * What a rep can foresee of the rest of a quota period from their pipeline
 * and the sales cycle: each opportunity's stage and win probability, what the
 * ones due before the period's end should bring, and how much of the new
 * business still to be won lands in time (late effort books into the next
 * period). The forecast of incentives.ts and the moves of pipeline.ts read it.
 */
import { VALUES } from './constants';
import type { Week } from './context';
import { log, pow } from './math';
import { WEEKS_PER_YEAR, type Opportunity, type RepState, type Stage } from './types';

const { COMMIT_WEEKS, SLIP_HAZARD, CYCLE_MAX } = VALUES;

/** The longest wait the tables here and in pipeline.ts hold: a deal at the end of the sales cycle, seen from the start of a year. */
export const WEEKS_MAX = CYCLE_MAX + WEEKS_PER_YEAR;

/** (1 − SLIP_HAZARD)^n for n = 0..WEEKS_MAX: a proposal's chance of not slipping away in n weeks. */
const KEEPS = (() => {
  const t = new Float64Array(WEEKS_MAX + 1);
  for (let n = 0; n <= WEEKS_MAX; n++) t[n] = pow(1 - SLIP_HAZARD, n);
  return t;
})();

/**
 * What the sales cycle's mean gives every week of a run: log s and s^n for
 * n = 0..WEEKS_MAX, s = mean/(1 + mean), worked out once for the mean of the
 * last call (the same numbers log and pow give, not once per deal and rep).
 */
let cycleMean = NaN;
let logStay = 0;
const stayPowers = new Float64Array(WEEKS_MAX + 1);

function cycle(mean: number): void {
  if (mean === cycleMean) return;
  const stay = mean / (1 + mean);
  logStay = log(stay);
  for (let n = 0; n <= WEEKS_MAX; n++) stayPowers[n] = pow(stay, n);
  cycleMean = mean;
}

/** s^n for the sales cycle's mean (from the table when n fits in it). */
function stayPow(mean: number, n: number): number {
  if (n < 0 || n > WEEKS_MAX) return pow(mean / (1 + mean), n);
  cycle(mean);
  return stayPowers[n];
}

/** An opportunity's stage this week: a commit within COMMIT_WEEKS of its close, a proposal before. */
export function stageOf(o: Opportunity, week: number): Stage {
  return o.closeWeek - week <= COMMIT_WEEKS ? 'commit' : 'proposal';
}

/** The chance an open opportunity is won: a commit is, a proposal if it does not slip away before it becomes one. */
export function winProbability(o: Opportunity, week: number): number {
  const proposalWeeks = o.closeWeek - week - COMMIT_WEEKS;
  if (proposalWeeks <= 0) return 1;
  return proposalWeeks <= WEEKS_MAX ? KEEPS[proposalWeeks] : pow(1 - SLIP_HAZARD, proposalWeeks);
}

/**
 * The sales cycle: the weeks from a customer's "yes" to the close they mean,
 * geometric with mean market.salesCycle (a yes closes the same week with
 * chance 1/(1 + mean)), at most CYCLE_MAX weeks.
 */
export function drawLag(u: number, mean: number): number {
  if (mean <= 0) return 0;
  cycle(mean);
  return Math.min(CYCLE_MAX, Math.floor(log(1 - u) / logStay));
}

/** log(1 − SLIP_HAZARD), once. */
const LOG_KEEP = log(1 - SLIP_HAZARD);

/**
 * The weeks a proposal stays before it would slip away: geometric, each week
 * with chance SLIP_HAZARD (0 with that chance), drawn once when it is won
 * rather than once a week (the same law, one draw).
 */
export function drawSlip(u: number): number {
  return Math.floor(log(1 - u) / LOG_KEEP);
}

/**
 * Of `weeks` weeks of new business, how many weeks' worth closes within them:
 * a "yes" won with k weeks left closes in time with P(lag ≤ k − 1) = 1 − s^k
 * (s = mean/(1 + mean)), summed: weeks − s(1 − s^weeks)/(1 − s). Late effort
 * books into the next period; the rep's forecast knows it.
 */
export function landingWeeks(weeks: number, mean: number): number {
  if (mean <= 0 || weeks <= 0) return Math.max(0, weeks);
  const stay = mean / (1 + mean);
  return weeks - (stay * (1 - stayPow(mean, weeks))) / (1 - stay);
}

/** The chance a "yes" won this week, with `weeksLeft` weeks left in the period (this one included), closes in it. */
export function landsInTime(weeksLeft: number, mean: number): number {
  if (mean <= 0) return 1;
  return 1 - stayPow(mean, weeksLeft);
}

/** What the rep's open opportunities due before the period ends should bring: the net value weighed by each one's win probability, and its variance. */
export function pipelineDue(w: Week, rep: RepState): { mean: number; variance: number } {
  const end = w.plan.periodEnd;
  let mean = 0;
  let variance = 0;
  for (const o of rep.pipeline) {
    if (o.closeWeek >= end) continue;
    const p = winProbability(o, w.week);
    const net = o.value * (1 - o.discount);
    mean += p * net;
    variance += p * (1 - p) * net * net;
  }
  return { mean, variance };
}

