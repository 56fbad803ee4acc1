/** The causes (why.ts, runWhy.ts) in the player's language, with their numbers. */
import { DEAL_SOURCES, findSpec, quarterOf, weekInQuarter } from '../../sim';
import { t } from '../../i18n';
import { int, money, pct, signed } from '../../i18n/format';
import { leverLabel, showValue } from '../levers';
import { eventText } from '../eventText';
import type { EventDecision } from '../../codes/facilitatorScenario';
import type { Change } from './changes';
import type { Effect } from './quarterCauses';
import type { Departure } from './teamMoves';
import type { RunLine } from './runWhy';
import type { WhyLine } from './why';

/** Below these, a difference is noise and is not named: a deal, a euro, half a point of a share. */
const SHARE_EPS = 0.005;

export const repName = (id: number) => t('ui.rep.name', { n: id + 1 });
export const weekName = (week: number) => t('ui.common.weekShort', { q: quarterOf(week) + 1, w: weekInQuarter(week) + 1 });
const signedMoney = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '') + money(Math.abs(v), true);
const signedPts = (v: number) => signed(v * 100, 1).replace('-', '−');
const signedInt = (v: number) => signed(v).replace('-', '−');

/** A lever's value as the planning panel shows it (3 % rather than 0.03). */
function leverValue(key: string, value: number | string): string {
  const spec = findSpec(key);
  return spec ? showValue(spec, value) : String(value);
}

export function changeText(c: Change): string {
  if (c.kind === 'set') return t('why.change.set', { label: leverLabel(c.key), from: leverValue(c.key, c.from), to: leverValue(c.key, c.to) });
  if (c.kind === 'hire') return c.count === 1 ? t('why.change.hireOne') : t('why.change.hireMany', { n: c.count });
  return c.count === 1 ? t('why.change.gembaOne') : t('why.change.gembaMany', { n: c.count });
}

/** "deals +41, revenue +€52K, profit −€8K, satisfaction −2.1 pts": only what moved; empty when nothing did. */
export function effectParts(e: Effect): string {
  const parts: string[] = [];
  if (Math.round(e.deals) !== 0) parts.push(t('why.parts.deals', { d: signedInt(e.deals) }));
  if (Math.abs(e.revenue) >= 1) parts.push(t('why.parts.revenue', { d: signedMoney(e.revenue) }));
  if (Math.abs(e.profit) >= 1) parts.push(t('why.parts.profit', { d: signedMoney(e.profit) }));
  for (const k of ['satisfaction', 'reputation', 'careMotive'] as const) if (Math.abs(e[k]) >= SHARE_EPS) parts.push(t(`why.parts.${k}`, { d: signedPts(e[k]) }));
  if (e.quits !== 0) parts.push(t('why.parts.quits', { d: signedInt(e.quits) }));
  return parts.join(', ');
}

/** Who takes a departed rep's place: arrived, due, or no one. */
export function replacementText(d: Departure): string {
  if (d.replacedBy !== null) return t('why.replacedBy', { rep: repName(d.replacedBy), week: weekName(d.replacedWeek ?? d.week) });
  return d.replacedWeek !== null ? t('why.replacementDue', { week: weekName(d.replacedWeek) }) : t('why.noReplacement');
}

/** The numbers behind a quit, for the reason's sentence. */
const reasonVars = (d: Departure) => ({ fatigue: pct(d.fatigue), care: pct(d.care), pay: money(d.pay), line: money(d.payLine) });

function departureText(d: Departure): string {
  return `${t(`why.reason.${d.reason}`, { rep: repName(d.rep), ...reasonVars(d) })}, ${replacementText(d)}`;
}

/** The reason alone, for the list of who left ("worn out (fatigue 82%)"). */
export function reasonText(d: Departure): string {
  return t(`why.people.reason.${d.reason}`, reasonVars(d));
}

export function whyText(line: WhyLine): string {
  switch (line.kind) {
    case 'changes': {
      const one = line.changes.length === 1;
      const parts = effectParts(line.effect);
      const list = line.changes.map(changeText).join(', ');
      if (!parts) return one ? t('why.noEffectOne', { change: list }) : t('why.noEffectMany', { count: line.changes.length, list });
      const head = one ? t('why.changesOne', { change: list, parts }) : t('why.changesMany', { count: line.changes.length, list, parts });
      const topParts = line.top ? effectParts(line.top.effect) : '';
      return line.top && topParts ? `${head} ${t('why.topChange', { change: changeText(line.top.changes[0]), parts: topParts })}` : head;
    }
    case 'market': {
      const parts = effectParts(line.effect);
      const event = eventText(line.event as EventDecision);
      return parts ? t('why.market', { event, parts }) : t('why.marketNone', { event });
    }
    case 'quits': {
      const list = line.departures.map(departureText).join('; ');
      return line.departures.length === 1 ? t('why.quitsOne', { list }) : t('why.quitsMany', { n: line.departures.length, list });
    }
    case 'sources': {
      const vars = { source: t(`ui.sources.${DEAL_SOURCES[line.top]}`), share: pct(line.topShare), deals: int(line.deals) };
      if (!line.mover) return t('why.sources', vars);
      return t('why.sourcesMoved', { ...vars, mover: t(`ui.sources.${DEAL_SOURCES[line.mover.source]}`), from: int(line.mover.from), to: int(line.mover.to) });
    }
    case 'wom': {
      const vars = { pos: int(line.positive), neg: int(line.negative), returns: int(line.returns), churned: int(line.churned) };
      return t(line.positive > line.negative ? 'why.womGood' : line.positive < line.negative ? 'why.womBad' : 'why.womEven', vars);
    }
    case 'timing': {
      const parts = [
        line.pulled > 0 ? t('why.timing.pulled', { n: int(line.pulled), discount: pct(line.discount) }) : null,
        line.held > 0 ? t('why.timing.held', { n: int(line.held) }) : null,
        line.walked > 0 ? t('why.timing.walked', { n: int(line.walked) }) : null,
      ].filter((x): x is string => x !== null);
      return t('why.timing.line', { parts: parts.join('; ') });
    }
  }
}

const plan = (id: string) => t(`scenarios.${id}.title`);

/** The debrief's lines (runWhy.ts). */
export function runWhyText(line: RunLine): string {
  switch (line.kind) {
    case 'bestChange':
      return t('why.run.bestChange', { q: line.quarter, changes: line.changes.map(changeText).join(', '), first: effectParts(line.first) || '—', parts: effectParts(line.effect) || '—' });
    case 'kept':
      return t('why.run.kept');
    case 'vsPlans': {
      const list = line.others.map((o) => {
        const d = line.profit - o.profit;
        if (Math.abs(d) < 1) return t('why.run.same', { plan: plan(o.id) });
        return t(d > 0 ? 'why.run.more' : 'why.run.less', { d: money(Math.abs(d), true), plan: plan(o.id) });
      });
      return t('why.run.vsPlans', { profit: money(line.profit, true), list: list.join(t('why.run.and')) });
    }
    case 'effect':
      return t('why.run.effect', { you: pct(line.reputation), list: line.others.map((o) => t('why.run.effectOther', { plan: plan(o.id), value: pct(o.reputation) })).join(', ') });
    case 'quits': {
      if (line.total === 0) return t('why.run.quitsNone');
      const list = line.byReason.map(([reason, n]) => t(`why.run.${n === 1 ? 'reasonOne' : 'reasonCount'}.${reason}`, { n })).join(', ');
      return line.total === 1 ? t('why.run.quitsOne', { list }) : t('why.run.quitsMany', { n: line.total, list });
    }
    case 'sources':
      return t(line.moved >= 0.005 ? 'why.run.sources' : 'why.run.sourcesOnly', { source: t(`ui.sources.${DEAL_SOURCES[line.top]}`), share: pct(line.topShare), deals: int(line.deals), moved: pct(line.moved) });
    case 'wom':
      return t('why.run.wom', { pos: int(line.positive), neg: int(line.negative), first: pct(line.first), second: pct(line.second) });
  }
}
