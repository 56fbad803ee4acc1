/** Words for what a replay shows: a decision, a key moment, a week. */
import { findSpec, quarterOf, weekInQuarter, weekNumber, type Decision } from '../../sim';
import { t } from '../../i18n';
import type { Moment } from '../../play/analysis/moments';
import { int, money, pct } from '../../i18n/format';
import { leverLabel, showValue } from '../../play/levers';

/** A facilitator's market event, listed apart from the trainee's decisions in replay and compare. */
export const isEvent = (d: Decision): boolean => d.type === 'event';

export function decisionText(d: Decision): string {
  switch (d.type) {
    case 'set': {
      const spec = findSpec(d.key);
      return t('replay.decision.set', { param: leverLabel(d.key), value: spec ? showValue(spec, d.value) : String(d.value) });
    }
    case 'gemba':
      return t('replay.decision.gemba', { n: d.rep + 1 });
    case 'hire':
      return t('replay.decision.hire', { n: d.count });
    case 'event':
      return t(`replay.decision.event.${d.event}`, 'size' in d ? { size: pct(d.size, 0), weeks: d.weeks } : {});
    case 'dilemma':
      return t(`replay.decision.dilemma.${d.kind}.${d.accept ? 'yes' : 'no'}`, { n: d.rep + 1, c: d.customer + 1 });
    default: {
      const other = d as { type?: unknown; week: number };
      return t('replay.decision.other', { type: String(other.type), week: weekNumber(other.week) });
    }
  }
}

export function momentText(m: Moment): string {
  const fmt = (k: string, v: number) => (['from', 'to'].includes(k) ? pct(v) : k === 'revenue' ? money(v) : int(v));
  return t(`ui.moments.${m.kind}`, Object.fromEntries(Object.entries(m.values).map(([k, v]) => [k, fmt(k, v)])));
}

/** "Week 27 of 104 (quarter 3, week 1)" once `week` weeks are played (the last one played is named); 0 is the start. */
export function weekText(week: number, total: number): string {
  if (week <= 0) return t('replay.weekStart', { total });
  const w = week - 1;
  return `${t('replay.weekTitle', { week: weekNumber(w), total })} (${t('replay.quarterWeek', { q: quarterOf(w) + 1, w: weekNumber(weekInQuarter(w)) })})`;
}
