/** Every dilemma of a run answered one way, for the command line (dilemmas.ts says when they arise). */
import type { Params } from './paramSpecs';
import type { Decision } from './types';
import { createRun } from './create';
import { decisionsAt } from './decisions';
import { dilemmaAt } from './dilemmas';
import { isDone, step } from './step';

/**
 * A log with every dilemma of the run answered the same way (the command
 * line's --dilemmas): the run played once, asking before each week as the
 * game does; the answers join the given decisions, in week order.
 */
export function answerAll(params: Params, seed: string, decisions: readonly Decision[], accept: boolean): Decision[] {
  const state = createRun(params, seed);
  const log = [...decisions];
  while (!isDone(state)) {
    const d = dilemmaAt(state, log);
    if (d) {
      const answer: Decision = { week: d.week, type: 'dilemma', kind: d.kind, rep: d.rep, customer: d.customer, accept };
      log.push(answer);
    }
    step(state, decisionsAt(log, state.week));
  }
  return log.sort((a, b) => a.week - b.week);
}
