/**
 * The player's decisions on a timeline under the debrief's charts: a mark
 * per week where the plan changed, reps were hired, a rep was visited, the
 * facilitator's market moved, or a rep left (what followed, with why). Each mark is a button (reachable with Tab)
 * whose tooltip says what was decided; the quarters are ticked below. Marks
 * of one kind too close to tell apart at the width drawn share a button that
 * counts what it holds.
 */
import './timeline.css';
import { quarterOf, WEEKS_PER_QUARTER } from '../../sim';
import { t } from '../../i18n';
import type { EventDecision } from '../../codes/facilitatorScenario';
import type { TimelineMark } from '../../play/analysis/runWhy';
import { changeText, reasonText, repName } from '../../play/analysis/whyText';
import { weekShort } from '../../play/weekLabel';
import { h } from '../kit/dom';
import { emojiIcon } from '../kit/emoji';
import { eventText } from '../../play/eventText';

type Kind = 'plan' | 'gemba' | 'market' | 'people';

function kindOf(m: TimelineMark): Kind {
  if (m.changes.some((c) => c.kind !== 'gemba')) return 'plan';
  if (m.changes.length > 0) return 'gemba';
  return m.events.length > 0 ? 'market' : 'people';
}

const SHORT: Record<Kind, (m: TimelineMark) => string> = {
  plan: (m) => t('ui.common.q', { n: quarterOf(m.week) + 1 }),
  gemba: () => '👁',
  market: () => '⚡',
  people: () => '⬅',
};

export function markText(m: TimelineMark): string {
  const what = [
    ...m.changes.map(changeText),
    ...m.events.map((e) => `${t('why.timeline.market')}: ${eventText(e as EventDecision)}`),
    ...m.departures.map((d) => t('why.timeline.left', { rep: repName(d.rep), reason: reasonText(d) })),
  ];
  return t('why.timeline.mark', { week: weekShort(m.week), what: what.join(', ') });
}

/** The timeline's width when it cannot be measured (before layout): a desktop card's. */
const UNMEASURED_PX = 900;
/** The space kept between two buttons of one row, in px. */
const SPACE_PX = 4;

/** One button on the timeline: the marks of one kind it stands for, drawn at the middle of their weeks. */
export interface Cluster {
  kind: Kind;
  week: number;
  marks: TimelineMark[];
  /** the decisions and events it holds: each gemba walk, hire, lever change, market event and departure */
  count: number;
}

function countOf(m: TimelineMark): number {
  return m.changes.reduce((n, c) => n + (c.kind === 'gemba' ? c.count : 1), 0) + m.events.length + m.departures.length;
}

/** A button's visible label: its kind's sign (for plan changes, the quarters they span). */
function shortLabel(c: Cluster): string {
  if (c.kind !== 'plan') return SHORT[c.kind](c.marks[0]);
  const first = quarterOf(c.marks[0].week) + 1;
  const last = quarterOf(c.marks[c.marks.length - 1].week) + 1;
  return first === last ? t('ui.common.q', { n: first }) : `${t('ui.common.q', { n: first })}–${last}`;
}

/** About how wide a button is drawn, in px (timeline.css: 0.8rem bold label, padding, the count's badge); an emoji counts two characters. */
export function buttonPx(c: Cluster): number {
  const chars = [...shortLabel(c)].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2000 && !/[–—]/.test(ch) ? 2 : 1), 0);
  return Math.max(30, 12 + 8 * chars) + (c.count > 1 ? 12 + 7 * String(c.count).length : 0);
}

/**
 * The marks as buttons for a timeline `widthPx` wide: in each row (a kind),
 * two buttons that would overlap are merged, the worst overlap first, until
 * none do; a merged button sits at the middle of its weeks, counts all it
 * holds, and its label lists them.
 */
export function clusterMarks(marks: readonly TimelineMark[], weeks: number, widthPx = UNMEASURED_PX): Cluster[] {
  const pxPerWeek = Math.max(1, widthPx) / Math.max(1, weeks);
  const rows = new Map<Kind, Cluster[]>();
  for (const m of [...marks].sort((a, b) => a.week - b.week)) {
    const kind = kindOf(m);
    const row = rows.get(kind) ?? [];
    row.push({ kind, week: m.week, marks: [m], count: countOf(m) });
    rows.set(kind, row);
  }
  const overlap = (a: Cluster, b: Cluster) => (buttonPx(a) + buttonPx(b)) / 2 + SPACE_PX - (b.week - a.week) * pxPerWeek;
  for (const row of rows.values()) {
    for (;;) {
      let worst = -1;
      for (let i = 0; i + 1 < row.length; i++) if (overlap(row[i], row[i + 1]) > 0 && (worst < 0 || overlap(row[i], row[i + 1]) > overlap(row[worst], row[worst + 1]))) worst = i;
      if (worst < 0) break;
      const [a, b] = [row[worst], row[worst + 1]];
      const merged = [...a.marks, ...b.marks];
      row.splice(worst, 2, { kind: a.kind, week: (merged[0].week + merged[merged.length - 1].week) / 2, marks: merged, count: a.count + b.count });
    }
  }
  return [...rows.values()].flat().sort((a, b) => a.week - b.week);
}

/** The bundled pictures of the marks that show a sign rather than a quarter (not the emoji font: a system without one draws a box). */
const KIND_ICON: Record<Exclude<Kind, 'plan'>, string> = { gemba: 'eye', market: 'high-voltage', people: 'left-arrow' };

function markList(clusters: readonly Cluster[], weeks: number): HTMLElement[] {
  const at = (week: number) => `${((week + 0.5) / Math.max(1, weeks)) * 100}%`;
  return clusters.map((c) => {
    const text = c.marks.map(markText).join('; ');
    const count = c.count > 1 ? h('span', { class: 'timeline-count', 'data-testid': 'timeline-count' }, String(c.count)) : null;
    return h(
      'li',
      { class: `timeline-mark kind-${c.kind}${c.week > weeks * 0.6 ? ' tip-end' : c.week < weeks * 0.15 ? ' tip-start' : ''}`, style: `left: ${at(c.week)}` },
      // its name is the visible label and count, then the whole text (a name must hold what the eye reads); the tooltip is for the eye
      h('button', { type: 'button', class: 'timeline-button', 'data-testid': 'timeline-mark', 'data-count': String(c.count) }, c.kind === 'plan' ? shortLabel(c) : emojiIcon(KIND_ICON[c.kind], 16), count ? ' ' : '', count, h('span', { class: 'sr-only' }, ` — ${text}`)),
      h('span', { class: 'timeline-tip', 'aria-hidden': 'true' }, text),
    );
  });
}

export function decisionTimeline(marks: readonly TimelineMark[], weeks: number, quarters: number): HTMLElement {
  if (marks.length === 0) return frame(h('p', { class: 'hint' }, t('why.timeline.none')));
  const list = h('ol', { class: 'timeline-marks', 'aria-label': t('why.timeline.label') }, markList(clusterMarks(marks, weeks), weeks));
  const timeline = h(
    'div',
    { class: 'timeline' },
    list,
    h(
      'div',
      { class: 'timeline-axis', 'aria-hidden': 'true' },
      Array.from({ length: quarters }, (_, q) => h('span', { class: 'timeline-quarter', style: `left: ${(q * WEEKS_PER_QUARTER * 100) / Math.max(1, weeks)}%; width: ${(WEEKS_PER_QUARTER * 100) / Math.max(1, weeks)}%` }, t('ui.common.q', { n: q + 1 }))),
    ),
  );
  // laid out again for the width it is drawn at: on a phone, marks that would overlap share a button
  let drawnFor = UNMEASURED_PX;
  if (typeof ResizeObserver === 'function') {
    const watch = new ResizeObserver(() => {
      if (!timeline.isConnected) return void watch.disconnect();
      const width = timeline.clientWidth;
      if (width <= 0 || width === drawnFor) return;
      drawnFor = width;
      list.replaceChildren(...markList(clusterMarks(marks, weeks, width), weeks));
    });
    watch.observe(timeline);
  }
  return frame(timeline);
}

function frame(body: HTMLElement): HTMLElement {
  return h('section', { class: 'card decision-timeline', 'data-testid': 'timeline' }, h('h2', {}, t('why.timeline.heading')), h('p', { class: 'hint' }, t('why.timeline.hint')), body);
}
