/** The causes (why.ts, runWhy.ts) in the player's language, with their numbers. */
import { DEAL_SOURCES, findSpec } from '../../sim';
import { weekShort } from '../weekLabel';
import { t } from '../../i18n';
import { int, money, pct, signed } from '../../i18n/format';
import { leverLabel, showValue } from '../levers';
import { eventText } from '../eventText';
import type { EventDecision } from '../../codes/facilitatorScenario';
import type { Change } from './changes';
import type { Cut } from './departureCauses';
import type { ChangeEffect, Effect } from './quarterCauses';
import type { Departure } from './teamMoves';
import type { RunLine } from './runWhy';
import type { QuarterCosts, WhyLine } from './why';

/** Below these, a difference is noise and is not named: a deal, a euro, half a point of a share. */
const SHARE_EPS = 0.005;

export const repName = (id: number) => t('ui.rep.name', { n: id + 1 });
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
  if (d.replacedBy !== null) return t('why.replacedBy', { rep: repName(d.replacedBy), week: weekShort(d.replacedWeek ?? d.week) });
  return d.replacedWeek !== null ? t('why.replacementDue', { week: weekShort(d.replacedWeek) }) : t('why.noReplacement');
}

/** The numbers behind a quit, for the reason's sentence. */
const reasonVars = (d: Departure) => ({ fatigue: pct(d.fatigue), care: pct(d.care), pay: money(d.pay), line: money(d.payLine) });

function departureText(d: Departure, cut: Cut | undefined): string {
  const after = cut ? `, ${t('why.afterCut', { change: changeText(cut), week: weekShort(cut.week) })}` : '';
  return `${t(`why.reason.${d.reason}`, { rep: repName(d.rep), ...reasonVars(d) })}${after}, ${replacementText(d)}`;
}

/** How many changes' own effects the sentence names (the biggest). */
const ALONE_NAMED = 3;

/** "Each on its own …: bonus …: profit −€40K; coaching …: no measurable difference." */
function aloneText(alone: readonly ChangeEffect[]): string {
  const list = alone.slice(0, ALONE_NAMED).map((a) => {
    const parts = effectParts(a.effect);
    const change = changeText(a.changes[0]);
    return parts ? t('why.aloneItem', { change, parts }) : t('why.aloneNone', { change });
  });
  return t('why.alone', { list: list.join(t('why.sep')) });
}

const LOSS_ITEMS = ['pay', 'goods', 'management', 'fixed', 'refunds'] as const;

/** The costs of a losing quarter, biggest first; the discounts, already off the revenue, named apart. */
function lossText(profit: number, revenue: number, costs: QuarterCosts): string {
  const items = LOSS_ITEMS.filter((k) => costs[k] >= 1)
    .sort((a, b) => costs[b] - costs[a])
    .map((k) => t(`why.lossItem.${k}`, { v: money(costs[k], true) }));
  const vars = { loss: money(-profit, true), revenue: money(revenue, true), discounts: money(costs.discounts, true), costs: items.join(', ') };
  return t(costs.discounts >= 1 ? 'why.lossDiscounts' : 'why.loss', vars);
}

/** "most" only for a majority; otherwise the largest source. */
const sourceLead = (share: number, run: boolean) => (share > 0.5 ? (run ? 'why.run.sourcesMost' : 'why.sourcesMost') : run ? 'why.run.sourcesLargest' : 'why.sourcesLargest');

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
      return line.alone.length > 0 ? `${head} ${aloneText(line.alone)}` : head;
    }
    case 'market': {
      const parts = effectParts(line.effect);
      const event = eventText(line.event as EventDecision);
      return parts ? t('why.market', { event, parts }) : t('why.marketNone', { event });
    }
    case 'quits': {
      const list = line.departures.map((d) => departureText(d, line.cuts.get(d.rep))).join(t('why.sep'));
      return line.departures.length === 1 ? t('why.quitsOne', { list }) : t('why.quitsMany', { n: line.departures.length, list });
    }
    case 'sources': {
      const lead = t(sourceLead(line.topShare, false), { source: t(`ui.sources.${DEAL_SOURCES[line.top]}`), share: pct(line.topShare), deals: int(line.deals) });
      if (!line.mover) return lead;
      const { source, from, to } = line.mover;
      const moved = t('why.sourcesMoved', { mover: t(`ui.sources.${DEAL_SOURCES[source]}`), d: signedInt(to - from), from: int(from), to: int(to), why: t(`why.sourceWhy.${DEAL_SOURCES[source]}`) });
      // the change leads: it is what the quarter did differently
      return `${moved} ${lead}`;
    }
    case 'loss':
      return lossText(line.profit, line.revenue, line.costs);
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
      return t('why.timing.line', { parts: parts.join(t('why.sep')) });
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
    case 'sources': {
      const lead = t(sourceLead(line.topShare, true), { source: t(`ui.sources.${DEAL_SOURCES[line.top]}`), share: pct(line.topShare), deals: int(line.deals) });
      return line.moved >= 0.005 ? `${lead} ${t('why.run.moved', { moved: pct(line.moved) })}` : lead;
    }
    case 'wom':
      return t('why.run.wom', { pos: int(line.positive), neg: int(line.negative), first: pct(line.first), second: pct(line.second) });
  }
}
