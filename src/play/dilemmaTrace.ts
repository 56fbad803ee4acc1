/**
 * What the player's answers to the game's dilemmas did, traced through the
 * run (sim/dilemmas.ts): the discounts approved and what they cost, how many
 * of those customers later returned the order, the rival's offer matched or
 * refused, the public complaints made right or ignored. Read from the run's
 * own events (replayed from the recipe), so the review and the debrief say
 * what happened, not what the card promised.
 */
import { createRun, decisionsAt, isDone, step, quarterOf } from '../sim';
import type { Decision, DilemmaKind, SimEvent } from '../sim';
import { t } from '../i18n';
import { money } from '../i18n/format';
import type { RunRecipe } from './analysis/replayRun';

export interface DilemmaOutcome {
  kind: DilemmaKind;
  week: number;
  rep: number;
  customer: number;
  accept: boolean;
  /** what the answer paid at once */
  cost: number;
  /** discount: the customer returned the order afterwards (up to `until`) */
  returned: boolean;
}

/** The dilemmas answered in the recipe's log before week `until`, and what followed up to it. */
export function traceDilemmas(recipe: RunRecipe, until: number): DilemmaOutcome[] {
  if (!recipe.log.some((d) => d.type === 'dilemma' && d.week < until)) return [];
  const state = createRun(recipe.params, recipe.seed);
  const out: DilemmaOutcome[] = [];
  const pulled = new Map<number, DilemmaOutcome>();
  const sink = (e: SimEvent) => {
    if (e.type === 'dilemma') {
      const o: DilemmaOutcome = { kind: e.kind, week: state.week, rep: e.rep, customer: e.customer, accept: e.accept, cost: e.cost, returned: false };
      out.push(o);
      if (e.kind === 'discount' && e.accept && e.cost > 0) pulled.set(e.customer, o);
    } else if (e.type === 'return') {
      const o = pulled.get(e.customer);
      if (o) o.returned = true;
    } else if (e.type === 'deal' && !e.repeat) {
      // a new first sale to the same business is another story
      pulled.delete(e.customer);
    }
  };
  while (state.week < until && !isDone(state)) {
    const week: Decision[] = [...decisionsAt(recipe.events, state.week), ...decisionsAt(recipe.log, state.week)];
    step(state, week, sink);
  }
  return out;
}

/** The outcomes of one quarter's dilemmas (0-based), or of the whole run (quarter null), in sentences. */
export function dilemmaLines(outcomes: readonly DilemmaOutcome[], quarter: number | null): string[] {
  const these = outcomes.filter((o) => quarter === null || quarterOf(o.week) === quarter);
  const lines: string[] = [];
  const sum = (xs: readonly DilemmaOutcome[]) => money(xs.reduce((s, o) => s + o.cost, 0));
  const rep = (o: DilemmaOutcome) => t('ui.rep.name', { n: o.rep + 1 });
  const discounts = these.filter((o) => o.kind === 'discount');
  const approved = discounts.filter((o) => o.accept);
  if (approved.length > 0) {
    const k = approved.filter((o) => o.returned).length;
    const returned = k > 0 ? t('story.dilemma.trace.discountReturned', { k }) : '';
    lines.push(t('story.dilemma.trace.discountYes', { n: approved.length, cost: sum(approved), returned }));
  }
  const refused = discounts.length - approved.length;
  if (refused > 0) lines.push(t('story.dilemma.trace.discountNo', { n: refused }));
  for (const o of these.filter((x) => x.kind === 'poach')) {
    lines.push(o.accept ? t('story.dilemma.trace.poachYes', { rep: rep(o), cost: money(o.cost) }) : t('story.dilemma.trace.poachNo', { rep: rep(o) }));
  }
  const complaints = these.filter((o) => o.kind === 'complaint');
  const madeRight = complaints.filter((o) => o.accept);
  if (madeRight.length > 0) lines.push(t('story.dilemma.trace.complaintYes', { n: madeRight.length, cost: sum(madeRight) }));
  if (complaints.length > madeRight.length) lines.push(t('story.dilemma.trace.complaintNo', { n: complaints.length - madeRight.length }));
  return lines;
}
