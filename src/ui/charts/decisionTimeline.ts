/**
 * The player's decisions on a timeline under the debrief's charts: a mark
 * per week where the plan changed, reps were hired, a rep was visited, the
 * facilitator's market moved, or a rep left (what followed, with why). Each mark is a button (reachable with Tab)
 * whose tooltip says what was decided; the quarters are ticked below.
 */
import './timeline.css';
import { quarterOf, WEEKS_PER_QUARTER } from '../../sim';
import { t } from '../../i18n';
import type { EventDecision } from '../../codes/facilitatorScenario';
import type { TimelineMark } from '../../play/analysis/runWhy';
import { changeText, reasonText, repName, weekName } from '../../play/analysis/whyText';
import { h } from '../kit/dom';
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
  return t('why.timeline.mark', { week: weekName(m.week), what: what.join(', ') });
}

/** Marks of one kind this close (a share of the run) would overlap: they share one button, its tooltip listing each. */
const CLOSE = 0.035;

interface Cluster {
  kind: Kind;
  week: number;
  marks: TimelineMark[];
}

export function clusterMarks(marks: readonly TimelineMark[], weeks: number): Cluster[] {
  const out: Cluster[] = [];
  const last = new Map<Kind, Cluster>();
  for (const m of marks) {
    const kind = kindOf(m);
    const prev = last.get(kind);
    if (prev && kind !== 'plan' && m.week - prev.week <= CLOSE * weeks) {
      prev.marks.push(m);
      continue;
    }
    const c = { kind, week: m.week, marks: [m] };
    out.push(c);
    last.set(kind, c);
  }
  return out;
}

export function decisionTimeline(marks: readonly TimelineMark[], weeks: number, quarters: number): HTMLElement {
  const at = (week: number) => `${((week + 0.5) / Math.max(1, weeks)) * 100}%`;
  const body =
    marks.length === 0
      ? h('p', { class: 'hint' }, t('why.timeline.none'))
      : h(
          'div',
          { class: 'timeline' },
          h(
            'ol',
            { class: 'timeline-marks', 'aria-label': t('why.timeline.label') },
            clusterMarks(marks, weeks).map(({ kind, week, marks: group }) => {
              const text = group.map(markText).join('; ');
              const label = SHORT[kind](group[0]) + (group.length > 1 ? ` ${group.length}` : '');
              return h(
                'li',
                { class: `timeline-mark kind-${kind}${week > weeks * 0.6 ? ' tip-end' : week < weeks * 0.15 ? ' tip-start' : ''}`, style: `left: ${at(week)}` },
                // its name is the visible label then the whole text (a name must hold what the eye reads); the tooltip is for the eye
                h('button', { type: 'button', class: 'timeline-button', 'data-testid': 'timeline-mark' }, label, h('span', { class: 'sr-only' }, ` — ${text}`)),
                h('span', { class: 'timeline-tip', 'aria-hidden': 'true' }, text),
              );
            }),
          ),
          h(
            'div',
            { class: 'timeline-axis', 'aria-hidden': 'true' },
            Array.from({ length: quarters }, (_, q) => h('span', { class: 'timeline-quarter', style: `left: ${(q * WEEKS_PER_QUARTER * 100) / Math.max(1, weeks)}%; width: ${(WEEKS_PER_QUARTER * 100) / Math.max(1, weeks)}%` }, t('ui.common.q', { n: q + 1 }))),
          ),
        );
  return h('section', { class: 'card decision-timeline', 'data-testid': 'timeline' }, h('h2', {}, t('why.timeline.heading')), h('p', { class: 'hint' }, t('why.timeline.hint')), body);
}
