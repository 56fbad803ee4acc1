/**
 * How each event of the week shows in the town, where it happens: a ping
 * on the house a rep calls at, 💰 deals with their value (🏷 with the
 * discount, ⏪ pulled in from a later period, ⚠ when the sale was misconduct),
 * ⏸ deals held back into the next period (👋 when the customer would not wait), 📦 returns, a goodbye or an
 * angry face when a customer leaves, praise and complaints travelling to a
 * neighbour, and hires, quits (with the reason) and bonuses over the rep. Pings and word of
 * mouth are the first to go when the screen is crowded (Effects.room).
 */
import type { RunState, SimEvent } from '../../sim';
import { t } from '../../i18n';
import { ICON, iconFrame } from '../art';
import { money, pct } from '../../i18n/format';
import { SAT_BINS } from '../theme';
import type { Effects } from './effects';
import type { HouseLayer } from './houses';
import { housePoint, type Point, type TownLayout } from './layout';
import type { Cue } from './schedule';
import type { Walkers } from './walkers';

export interface EventView {
  layout: TownLayout;
  houses: HouseLayer;
  effects: Effects;
  walkers: Walkers;
  customers: RunState['customers'] | null;
}

const a: Point = { x: 0, y: 0 };
const b: Point = { x: 0, y: 0 };
/** The label a departure leaves on the town: who, and the reason the model recorded. */
export function departureLabel(e: Extract<SimEvent, { type: 'quit' }>): string {
  return `${t('game.repShort', { n: e.rep + 1 })} ${t(`why.fx.${e.reason}`)}`;
}

/** below this satisfaction a leaving customer leaves angry (the core's detractor threshold) */
const ANGRY = SAT_BINS[1];

export function showEvent(v: EventView, cue: Cue, dur: number): void {
  const e = cue.event;
  const { layout, houses, effects, walkers, customers: cu } = v;
  switch (e.type) {
    case 'visit':
      houses.touch(cu, e.customer);
      if (!cue.toured && effects.room) {
        housePoint(layout, e.customer, a);
        effects.pop(iconFrame(e.push ? ICON.push : ICON.relate), a.x, a.y, 18, dur * 0.55);
      }
      break;
    case 'deal': {
      houses.touch(cu, e.customer);
      housePoint(layout, e.customer, a);
      const discounted = e.discount > 0.005;
      // a deal a rep pulled in from a later period shows as such, with the discount it took
      const pulled = e.source === 'pulledIn';
      const icon = e.misconduct ? ICON.misconduct : pulled ? ICON.pulledIn : discounted ? ICON.discount : ICON.deal;
      const label = `${pulled ? `${t('why.fx.pulledIn')} ` : ''}+${money(e.value, true)}${discounted ? ` −${pct(e.discount)}` : ''}`;
      effects.pop(iconFrame(icon), a.x, a.y, 26, pulled ? dur * 1.3 : dur, label, e.misconduct ? '#9a3b00' : pulled ? '#7a4a00' : '#14633a');
      break;
    }
    case 'hold':
      // a deal due now held back into the next period: the customer waits, or walks away
      houses.touch(cu, e.customer);
      housePoint(layout, e.customer, a);
      effects.pop(iconFrame(e.walked ? ICON.leaves : ICON.heldBack), a.x, a.y, 24, dur * 1.3, t(e.walked ? 'why.fx.walkedAway' : 'why.fx.heldBack'), '#7a4a00');
      break;
    case 'return':
      houses.touch(cu, e.customer);
      housePoint(layout, e.customer, a);
      effects.pop(iconFrame(ICON.returned), a.x, a.y, 24, dur);
      break;
    case 'churn': {
      houses.touch(cu, e.customer);
      housePoint(layout, e.customer, a);
      const angry = cu ? cu.sat[e.customer] < ANGRY : false;
      effects.pop(iconFrame(angry ? ICON.angry : ICON.leaves), a.x, a.y, 22, dur);
      break;
    }
    case 'wom':
      if (!effects.room) {
        // no bubble: the listener's house takes its new colour now rather than on arrival
        houses.touch(cu, e.to);
        break;
      }
      housePoint(layout, e.from, a);
      housePoint(layout, e.to, b);
      effects.travel(
        iconFrame(e.positive ? ICON.praise : ICON.complaint),
        e.positive ? 'ring-pos' : 'ring-neg',
        a.x, a.y, b.x, b.y, 20, dur * 0.6, e.to,
      );
      break;
    case 'hire': {
      const p = walkers.position(e.rep);
      // an arrival is shown with who it is and why: the player's hire or the replacement of a rep who left
      if (p) effects.pop(iconFrame(ICON.hire), p.x, p.y, 30, dur * 2, `${t('game.repShort', { n: e.rep + 1 })} · ${t(e.replacement ? 'why.fx.replacement' : 'why.fx.hire')}`, '#14633a');
      break;
    }
    case 'quit': {
      const p = walkers.position(e.rep);
      // a departure stays up longer than a deal, with the reason the model recorded
      if (p) effects.pop(iconFrame(ICON.quit), p.x, p.y, 28, dur * 2, departureLabel(e), '#9a3b00');
      walkers.leave(e.rep);
      break;
    }
    case 'bonus': {
      const p = walkers.position(e.rep);
      if (p) effects.pop(iconFrame(ICON.bonus), p.x, p.y, 28, dur * 1.3, `+${money(e.amount, true)}`, '#7a5a00');
      break;
    }
  }
}
