/**
 * The guided tour's steps, part by part. What a step points at is found in
 * the real game: the office and the plan's confirm button at the first
 * planning; this run's most relating rep, its most pushing rep and a customer
 * who talks, read from the state a couple of weeks into the quarter; the two
 * ledgers of the review. Reading the state changes nothing in the run.
 */
import type { TownTarget } from '../../game/bridge';
import { SAT_BINS } from '../../game/theme';
import { t } from '../../i18n';
import type { RunState } from '../../sim';
import type { AppContext } from '../shell/context';
import { pct } from '../../i18n/format';
import type { Box } from './place';
import type { TourPart } from './progress';

export interface TourStep {
  id: string;
  title: string;
  text: string;
  /** what it points at: an element of the screen it runs on, or something in the town (a test checks each exists there) */
  anchor: { selector: string } | { town: TownTarget };
  /** where it points, in CSS pixels of the viewport (re-read every frame: the town moves); null for none */
  target(): Box | null;
  /** brought into view when the step opens */
  reveal?(): void;
}

/** the steps in the whole tour, for "n of N": town, plan; relating, pushing, talker; result, effect */
export const TOUR_LENGTH = 7;
export const PART_START: Record<TourPart, number> = { plan: 0, play: 2, review: 5 };

function pad(b: Box | null, by: number): Box | null {
  return b ? { left: b.left - by, top: b.top - by, width: b.width + 2 * by, height: b.height + 2 * by } : null;
}

function elementBox(selector: string): Box | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0 ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
}

function union(boxes: (Box | null)[]): Box | null {
  const bs = boxes.filter((b): b is Box => b !== null);
  if (!bs.length) return null;
  const left = Math.min(...bs.map((b) => b.left));
  const top = Math.min(...bs.map((b) => b.top));
  const right = Math.max(...bs.map((b) => b.left + b.width));
  const bottom = Math.max(...bs.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
}

function inTown(ctx: AppContext, target: TownTarget): Box | null {
  let box: Box | null = null;
  ctx.game((c) => {
    box = c.locate?.(target) ?? null;
  });
  return box;
}

/** The most relating and the most pushing of the active reps (by this week's share of pushing visits). */
export function tellingReps(state: RunState): { relating: number; pushing: number } | null {
  const reps = state.reps.filter((r) => r.active);
  if (reps.length < 2) return null;
  let relating = reps[0];
  let pushing = reps[0];
  for (const r of reps) {
    if (r.pushShare < relating.pushShare) relating = r;
    if (r.pushShare > pushing.pushShare) pushing = r;
  }
  return relating === pushing ? null : { relating: relating.id, pushing: pushing.id };
}

/** A customer who talks: the most delighted active customer (a promoter), else the most unhappy (a detractor). */
export function talkingCustomer(state: RunState): { customer: number; happy: boolean } | null {
  const { status, sat } = state.customers;
  let best = -1;
  let worst = -1;
  for (let c = 0; c < status.length; c++) {
    if (status[c] !== 2) continue;
    if (best < 0 || sat[c] > sat[best]) best = c;
    if (worst < 0 || sat[c] < sat[worst]) worst = c;
  }
  // the core's promoter and detractor thresholds, as the houses show them
  const promoter = SAT_BINS[SAT_BINS.length - 1];
  const detractor = SAT_BINS[1];
  if (best >= 0 && sat[best] >= promoter) return { customer: best, happy: true };
  if (worst >= 0 && sat[worst] < detractor) return { customer: worst, happy: false };
  return null;
}

export function tourSteps(part: TourPart, ctx: AppContext): TourStep[] {
  if (part === 'plan') {
    return [
      { id: 'town', title: t('tour.town.title'), text: t('tour.town.text'), anchor: { town: 'office' }, target: () => pad(inTown(ctx, 'office'), 10) },
      {
        id: 'plan',
        title: t('tour.plan.title'),
        text: t('tour.plan.text'),
        anchor: { selector: '[data-testid="start-quarter"]' },
        target: () => pad(elementBox('[data-testid="start-quarter"]'), 6),
        reveal: () => document.querySelector('[data-testid="start-quarter"]')?.scrollIntoView({ block: 'nearest' }),
      },
    ];
  }
  if (part === 'play') {
    const state = ctx.session?.state;
    if (!state) return [];
    const steps: TourStep[] = [];
    const reps = tellingReps(state);
    if (reps) {
      const share = (id: number) => state.reps.find((r) => r.id === id)?.pushShare ?? 0;
      steps.push(
        { id: 'relating', title: t('tour.relating.title'), text: t('tour.relating.text', { n: reps.relating + 1, share: pct(1 - share(reps.relating)) }), anchor: { town: { rep: reps.relating } }, target: () => pad(inTown(ctx, { rep: reps.relating }), 8) },
        { id: 'pushing', title: t('tour.pushing.title'), text: t('tour.pushing.text', { n: reps.pushing + 1, share: pct(share(reps.pushing)) }), anchor: { town: { rep: reps.pushing } }, target: () => pad(inTown(ctx, { rep: reps.pushing }), 8) },
      );
    }
    const talker = talkingCustomer(state);
    if (talker) {
      steps.push({
        id: 'talker',
        title: t('tour.talker.title'),
        text: talker.happy ? t('tour.talker.happy') : t('tour.talker.unhappy'),
        anchor: { town: { customer: talker.customer } },
        target: () => pad(inTown(ctx, { customer: talker.customer }), 10),
      });
    }
    return steps;
  }
  const ledger = (which: string) => () => union([elementBox(`.ledger-${which} h2`), elementBox(`.ledger-${which} .kpis`)]) ?? elementBox(`.ledger-${which}`);
  const reveal = (which: string) => () => document.querySelector(`.ledger-${which}`)?.scrollIntoView({ block: 'start' });
  return [
    { id: 'result', title: t('tour.result.title'), text: t('tour.result.text'), anchor: { selector: '.ledger-result' }, target: ledger('result'), reveal: reveal('result') },
    { id: 'effect', title: t('tour.effect.title'), text: t('tour.effect.text'), anchor: { selector: '.ledger-effect' }, target: ledger('effect'), reveal: reveal('effect') },
  ];
}
