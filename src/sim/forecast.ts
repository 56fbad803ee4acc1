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
import type { Opportunity, RepState, Stage } from './types';

const { COMMIT_WEEKS, SLIP_HAZARD, CYCLE_MAX } = VALUES;

/** An opportunity's stage this week: a commit within COMMIT_WEEKS of its close, a proposal before. */
export function stageOf(o: Opportunity, week: number): Stage {
  return o.closeWeek - week <= COMMIT_WEEKS ? 'commit' : 'proposal';
}

/** The chance an open opportunity is won: a commit is, a proposal if it does not slip away before it becomes one. */
export function winProbability(o: Opportunity, week: number): number {
  const proposalWeeks = o.closeWeek - week - COMMIT_WEEKS;
  return proposalWeeks > 0 ? pow(1 - SLIP_HAZARD, proposalWeeks) : 1;
}

/**
 * The sales cycle: the weeks from a customer's "yes" to the close they mean,
 * geometric with mean market.salesCycle (a yes closes the same week with
 * chance 1/(1 + mean)), at most CYCLE_MAX weeks.
 */
export function drawLag(u: number, mean: number): number {
  if (mean <= 0) return 0;
  const stay = mean / (1 + mean);
  return Math.min(CYCLE_MAX, Math.floor(log(1 - u) / log(stay)));
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
  return weeks - (stay * (1 - pow(stay, weeks))) / (1 - stay);
}

/** The chance a "yes" won this week, with `weeksLeft` weeks left in the period (this one included), closes in it. */
export function landsInTime(weeksLeft: number, mean: number): number {
  if (mean <= 0) return 1;
  return 1 - pow(mean / (1 + mean), weeksLeft);
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

