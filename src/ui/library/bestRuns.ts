/**
 * My runs' best game on each story, so a second game has something to beat:
 * among the finished runs of a story (or of a facilitator's scenario), the
 * one that met its goal with the most profit, else the most profitable.
 * Records kept before goals existed (no profit on record) are left out.
 */
import { t } from '../../i18n';
import { money, pct } from '../../i18n/format';
import type { RunRecord } from '../../play/library/store';
import { runTitle } from '../../play/library/runTitle';
import { h } from '../kit/dom';

type Scored = RunRecord & { finished: { profit: number; reputation: number; goalMet?: boolean } };

function better(a: Scored, b: Scored): boolean {
  const am = a.finished.goalMet === true;
  const bm = b.finished.goalMet === true;
  return am !== bm ? am : a.finished.profit > b.finished.profit;
}

/** The best finished run of each story, in the order the stories were first played. */
export function bestByStory(runs: readonly RunRecord[]): Scored[] {
  const best = new Map<string, Scored>();
  for (const r of runs) {
    const f = r.finished;
    if (r.save.phase !== 'debrief' || !f || f.profit === undefined || f.reputation === undefined) continue;
    const key = r.save.sc ?? r.save.scenario;
    const scored = r as Scored;
    const held = best.get(key);
    if (!held || better(scored, held)) best.set(key, scored);
  }
  return [...best.values()];
}

/** The list of bests, or null when no finished run has one. */
export function bestRunsList(runs: readonly RunRecord[]): HTMLElement | null {
  const best = bestByStory(runs);
  if (best.length === 0) return null;
  return h(
    'ul',
    { class: 'best-runs', 'data-testid': 'best-runs' },
    best.map((r) =>
      h(
        'li',
        { 'data-testid': 'best-run' },
        h('strong', {}, runTitle(r.save)),
        ' — ',
        t('story.goal.best', { profit: money(r.finished.profit, true), rep: pct(r.finished.reputation), met: r.finished.goalMet ? t('story.goal.bestMet') : '' }),
      ),
    ),
  );
}
