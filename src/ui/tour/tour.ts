/**
 * The guided first game: coach marks, in the manner of explorable
 * explanations, that point at the real things of this run in order: the town
 * and the plan at the first planning; a relating rep, a pushing rep and a
 * customer who talks a couple of weeks into the quarter (the town pauses
 * while the card is up); the two ledgers at the review. Next and Skip; Esc
 * skips; the focus moves to the card and back. It only points: the run, its
 * log and its hash are the same with or without it.
 *
 * Not modal: the ring dims the page without catching pointers, and the card
 * keeps clear of what it points at and of the controls (place.ts), so the
 * game can be played with the card up.
 */
import { t } from '../../i18n';
import { shieldFromScenes } from '../shell/shield';
import type { AppContext } from '../shell/context';
import { h } from '../kit/dom';
import { placeCard, type Box } from './place';
import { askForTour, setTourProgress, tourAsked, tourProgress, type TourPart } from './progress';
import { PART_START, TOUR_LENGTH, tourSteps, type TourStep } from './steps';
import './tour.css';

const SCREEN: Record<TourPart, string> = { plan: 'planning', play: 'playing', review: 'review' };
const NEXT_PART: Record<TourPart, 'play' | 'review' | 'done'> = { plan: 'play', play: 'review', review: 'done' };
/** the play part waits for this many weeks of the quarter, so that reps have a way of selling and customers a feeling */
const PLAY_AFTER_WEEKS = 2;
/** How often the tour looks for the part that is due, in ms. */
export const POLL_MS = 300;
const AVOID = ['.panel', '.panel-footer', '.quarter-bar', '.sticky-actions', '[data-testid="next-quarter"]', '[data-testid="start-quarter"]'];

interface Open {
  part: TourPart;
  steps: TourStep[];
  index: number;
  card: HTMLElement;
  ring: HTMLElement;
  frame: number;
  /** focused before the card took the focus */
  before: Element | null;
  escape: (e: KeyboardEvent) => void;
}

let open: Open | null = null;

/** Watches the app's screens and opens the part of the tour that is due; returns what stops watching. */
export function watchTour(ctx: AppContext): () => void {
  const timer = setInterval(() => poll(ctx), POLL_MS);
  return () => clearInterval(timer);
}

/** The title's "Guided tour": again from the start, at the next planning (of the game in progress, else of a new one). */
export function replayTour(ctx: AppContext): void {
  askForTour();
  const s = ctx.saved;
  if (s && s.phase !== 'debrief') ctx.navigate({ name: 'play', scenario: s.scenario, seed: s.seed, ...(s.sc ? { sc: s.sc } : {}) });
  else ctx.navigate({ name: 'scenarios', seed: null });
}

function screen(): string {
  return document.body.dataset.screen ?? '';
}

function due(ctx: AppContext): TourPart | null {
  const progress = tourProgress();
  const s = ctx.session;
  if (progress === 'done' || !s || document.querySelector('dialog[open]')) return null;
  const on = screen();
  if (progress === 'plan' && on === 'planning' && (s.quarter === 0 || tourAsked())) return 'plan';
  if (progress === 'play' && on === 'playing' && s.state.week - s.quarterStart() >= PLAY_AFTER_WEEKS) return 'play';
  if ((progress === 'play' || progress === 'review') && on === 'review') return 'review';
  return null;
}

function poll(ctx: AppContext): void {
  if (open) {
    // the player moved on (started the quarter, skipped it, went to the next): this part is over
    if (screen() !== SCREEN[open.part]) close(ctx, NEXT_PART[open.part], false);
    return;
  }
  const part = due(ctx);
  if (part) start(ctx, part);
}

function start(ctx: AppContext, part: TourPart): void {
  const steps = tourSteps(part, ctx);
  if (!steps.length) {
    setTourProgress(NEXT_PART[part]);
    return;
  }
  if (part === 'play') ctx.game((c) => c.setSpeed(0));
  const ring = h('div', { class: 'tour-ring', 'aria-hidden': 'true', 'data-testid': 'tour-ring' });
  const card = h('div', { class: 'tour-card', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'tour-title', 'aria-describedby': 'tour-text', 'data-testid': 'tour' });
  shieldFromScenes(card);
  card.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close(ctx, 'done', true);
  });
  document.body.append(ring, card);
  // Esc anywhere skips the tour, unless it is closing a dialog (a rep's card) on the way
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('dialog[open]')) close(ctx, 'done', true);
  };
  document.addEventListener('keydown', escape);
  open = { part, steps, index: 0, card, ring, frame: 0, before: document.activeElement, escape };
  show(ctx);
  const follow = () => {
    if (!open) return;
    position(open);
    open.frame = requestAnimationFrame(follow);
  };
  open.frame = requestAnimationFrame(follow);
}

function show(ctx: AppContext): void {
  const o = open;
  if (!o) return;
  const step = o.steps[o.index];
  const last = o.index === o.steps.length - 1;
  const label = last ? (o.part === 'play' ? t('tour.resume') : t('tour.done')) : t('tour.next');
  const next = h('button', { type: 'button', class: 'btn btn-primary btn-small', 'data-testid': 'tour-next', onclick: () => advance(ctx) }, label);
  o.card.dataset.step = step.id;
  // what it points at, for a check that it exists on this screen (tests/components/tour.test.ts)
  o.card.dataset.anchor = JSON.stringify(step.anchor);
  o.card.replaceChildren(
    h('p', { class: 'tour-count' }, t('tour.count', { n: PART_START[o.part] + o.index + 1, total: TOUR_LENGTH })),
    h('h2', { id: 'tour-title', tabindex: '-1' }, step.title),
    h('p', { id: 'tour-text' }, step.text),
    h('p', { class: 'tour-hint' }, t('tour.skipHint')),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn-quiet btn-small', 'data-testid': 'tour-skip', onclick: () => close(ctx, 'done', true) }, t('tour.skip')), next),
  );
  step.reveal?.();
  position(o);
  next.focus({ preventScroll: true });
}

function advance(ctx: AppContext): void {
  const o = open;
  if (!o) return;
  if (o.index + 1 < o.steps.length) {
    o.index++;
    show(ctx);
  } else close(ctx, NEXT_PART[o.part], true);
}

function close(ctx: AppContext, progress: 'play' | 'review' | 'done', giveFocusBack: boolean): void {
  const o = open;
  if (!o) return;
  open = null;
  document.removeEventListener('keydown', o.escape);
  cancelAnimationFrame(o.frame);
  o.card.remove();
  o.ring.remove();
  setTourProgress(progress);
  if (o.part === 'play' && ctx.session?.phase === 'playing') {
    ctx.game((c) => {
      c.reframe?.();
      c.setSpeed(ctx.speed);
    });
  }
  if (!giveFocusBack) return;
  const back = o.before instanceof HTMLElement && o.before.isConnected && o.before !== document.body ? o.before : document.querySelector<HTMLElement>('#main h1');
  back?.focus({ preventScroll: true });
}

function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** The ring round the step's target and the card beside it, for where things are this frame. */
function position(o: Open): void {
  const target = o.steps[o.index].target();
  const view: Box = { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
  if (target) {
    Object.assign(o.ring.style, { display: 'block', left: `${target.left}px`, top: `${target.top}px`, width: `${target.width}px`, height: `${target.height}px` });
  } else o.ring.style.display = 'none';
  const avoid: Box[] = [];
  for (const sel of AVOID) for (const el of document.querySelectorAll(sel)) if (!o.card.contains(el)) avoid.push(boxOf(el));
  const card = o.card.getBoundingClientRect();
  const at = placeCard({ width: card.width, height: card.height }, target, avoid, view);
  o.card.style.left = `${at.left}px`;
  o.card.style.top = `${at.top}px`;
}
