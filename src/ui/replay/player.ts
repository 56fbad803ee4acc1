/**
 * The replay's transport: play and pause, a week back and forth, to the start
 * and the end, a timeline of the whole run (a range input) with the key
 * moments and the decisions marked on it, and the presenter's keyboard
 * (space, ←/→, Home/End, 1–9 for the key moments). One week is shown at a
 * time; `onWeek` draws it.
 */
import { t } from '../../i18n';
import { announce, h } from '../kit/dom';
import { button } from '../shell/header';
import { weekText } from './describe';

export interface Mark {
  week: number;
  /** what the mark says (its tooltip and accessible name) */
  label: string;
  /** which of two runs it belongs to (side by side): its colour */
  run?: 'a' | 'b';
}

export interface PlayerOptions {
  weeks: number;
  start: number;
  moments: Mark[];
  decisions: Mark[];
  onWeek(week: number): void;
  /** the screen's lifecycle: when it ends, the clock stops and the keys are let go */
  signal: AbortSignal;
}

export interface Player {
  element: HTMLElement;
  week(): number;
  go(week: number): void;
}

/** Weeks shown per second while playing: the choices, and the one a replay starts with. */
const SPEEDS = [2, 4, 8, 16, 32] as const;
const START_SPEED = 4;

const percent = (week: number, weeks: number) => `${(100 * week) / Math.max(1, weeks)}%`;

/** Width of a key-moment marker, in pixels: markers closer than that sit side by side. */
const MARK_WIDTH = 28;

/**
 * How many markers to the right each marker sits, so that moments in the same
 * or nearby quarters do not cover each other (within 3% of the run).
 */
function sideBySide(marks: readonly number[], weeks: number): number[] {
  const order = marks.map((w, i) => [w, i] as const).sort((a, b) => a[0] - b[0]);
  const shift = new Array<number>(marks.length).fill(0);
  let clusterStart = -Infinity;
  let k = 0;
  for (const [w, i] of order) {
    if (w - clusterStart <= 0.03 * weeks) {
      k += 1;
    } else {
      clusterStart = w;
      k = 0;
    }
    shift[i] = k;
  }
  return shift;
}

let players = 0;

export function createPlayer(opts: PlayerOptions): Player {
  const { weeks } = opts;
  let week = Math.max(0, Math.min(weeks, opts.start));
  let timer: ReturnType<typeof setInterval> | null = null;
  let speed: number = START_SPEED;

  const range = h('input', { type: 'range', min: '0', max: String(weeks), step: '1', value: String(week), class: 'timeline-range', 'aria-label': t('replay.timeline'), 'data-testid': 'replay-timeline' });
  const label = h('p', { class: 'replay-week', 'data-testid': 'replay-week', 'data-week': String(week) });
  const playBtn = button(t('replay.play'), () => toggle(), { class: 'btn btn-small btn-primary replay-play', 'data-testid': 'replay-play' });
  const lanes = sideBySide(opts.moments.map((m) => m.week), weeks);
  const momentMarks = opts.moments.map((m, i) =>
    h('button', { type: 'button', class: `mark mark-moment${m.run ? ` mark-${m.run}` : ''}`, style: `left: calc(${percent(m.week, weeks)} + ${lanes[i] * MARK_WIDTH}px)`, title: m.label, 'aria-label': m.label, 'data-testid': `moment-${i + 1}`, onclick: () => {
      jump(m.week);
    } }, String(i + 1)),
  );
  const decisionMarks = opts.decisions.map((d) => h('span', { class: 'mark mark-decision', style: `left: ${percent(d.week, weeks)}`, title: d.label }));

  const show = () => {
    range.value = String(week);
    range.setAttribute('aria-valuetext', weekText(week, weeks));
    label.textContent = weekText(week, weeks);
    label.dataset.week = String(week);
    playBtn.textContent = timer ? t('replay.pause') : t('replay.play');
    playBtn.setAttribute('aria-label', timer ? t('replay.pause') : t('replay.play'));
    playBtn.title = playBtn.getAttribute('aria-label') ?? '';
    playBtn.dataset.playing = String(timer !== null);
    opts.onWeek(week);
  };

  const go = (w: number) => {
    week = Math.max(0, Math.min(weeks, Math.round(w)));
    show();
  };

  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };

  const toggle = () => {
    if (timer) {
      stop();
      show();
      return;
    }
    if (week >= weeks) week = 0;
    run();
    show();
  };

  /** (Re)starts the clock at the chosen speed. */
  const run = () => {
    stop();
    timer = setInterval(() => {
      if (week >= weeks) {
        stop();
        show();
        return;
      }
      go(week + 1);
    }, 1000 / speed);
  };

  /** Goes to a week and says so (the buttons, the keys, the moments; the timeline speaks for itself). */
  const jump = (w: number) => {
    stop();
    go(w);
    announce(weekText(week, weeks));
  };
  const step = (by: number) => jump(week + by);

  const speedId = `replay-speed-${++players}`;
  const speedSelect = h('select', { id: speedId, 'data-testid': 'replay-speed' }, SPEEDS.map((n) => h('option', { value: String(n), selected: n === START_SPEED }, t('replay.speedValue', { n }))));
  speedSelect.addEventListener('change', () => {
    speed = Number(speedSelect.value);
    if (timer) run();
  });

  range.addEventListener('input', () => {
    stop();
    go(Number(range.value));
  });

  const small = (text: string, aria: string, testid: string, onclick: () => void) => button(text, onclick, { class: 'btn btn-small', 'aria-label': aria, title: aria, 'data-testid': testid });
  const element = h(
    'div',
    { class: 'player' },
    h(
      'div',
      { class: 'player-controls', role: 'toolbar', 'aria-label': t('replay.controls') },
      small('|◀', t('replay.toStart'), 'replay-start', () => step(-weeks)),
      small('◀', t('replay.back'), 'replay-back', () => step(-1)),
      playBtn,
      small('▶', t('replay.forward'), 'replay-forward', () => step(1)),
      small('▶|', t('replay.toEnd'), 'replay-end', () => step(weeks)),
      label,
      h('span', { class: 'replay-speed' }, h('label', { for: speedId }, t('replay.speed')), speedSelect),
    ),
    h('div', { class: 'timeline' }, h('div', { class: 'timeline-marks timeline-moments' }, momentMarks), range, h('div', { class: 'timeline-marks timeline-decisions', 'aria-hidden': 'true' }, decisionMarks)),
    h('p', { class: 'hint' }, t('replay.keys')),
  );

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement | null;
    const typing = target && (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'range'));
    if (typing) return;
    // the timeline moves itself with the arrows and Home/End when it has the focus
    const onRange = target === range;
    if (e.key === ' ') {
      e.preventDefault();
      toggle();
    } else if (!onRange && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      step(e.key === 'ArrowLeft' ? -1 : 1);
    } else if (!onRange && (e.key === 'Home' || e.key === 'End')) {
      e.preventDefault();
      step(e.key === 'Home' ? -weeks : weeks);
    } else if (/^[1-9]$/.test(e.key)) {
      const m = opts.moments[Number(e.key) - 1];
      if (!m) return;
      e.preventDefault();
      jump(m.week);
    }
  };
  document.addEventListener('keydown', onKey, { signal: opts.signal });
  opts.signal.addEventListener('abort', stop);

  show();
  return { element, week: () => week, go };
}
