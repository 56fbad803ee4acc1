/**
 * The dashboard's market event for everyone: a kind, a first week, and for
 * the timed kinds a size and a duration, in the facilitator page's words.
 * An event may only go after the quarter the class is held at (no run can
 * have played that week): without a hold the form says so and stays shut.
 */
import { t } from '../../i18n';
import { EVENT_KINDS, EVENT_SIZE, EVENT_WEEKS, TIMED_EVENTS, WEEKS_PER_QUARTER, weekIndex, weekNumber } from '../../sim';
import { h } from '../kit/dom';
import type { EventDecision } from './transport';

/** The first week (index) an event may take while the class is held at `hold`; null without a hold. */
export function firstEventWeek(hold: number | null): number | null {
  return hold === null ? null : (hold + 1) * WEEKS_PER_QUARTER;
}

export interface EventForm {
  element: HTMLElement;
  /** the room's hold and the run's length changed */
  update(hold: number | null, runWeeks: number): void;
}

export function eventForm(push: (e: EventDecision) => void): EventForm {
  let first: number | null = null;
  let last = 0;
  const kind = h('select', { id: 'room-event-kind', 'data-testid': 'room-event-kind' }, EVENT_KINDS.map((k) => h('option', { value: k }, t(`facilitator.kinds.${k}`))));
  const week = h('input', { id: 'room-event-week', type: 'number', min: '1', step: '1', 'data-testid': 'room-event-week' });
  const size = h('input', { id: 'room-event-size', type: 'number', min: String(EVENT_SIZE.min * 100), max: String(EVENT_SIZE.max * 100), step: '1', value: '20', 'data-testid': 'room-event-size' });
  const span = h('input', { id: 'room-event-weeks', type: 'number', min: String(EVENT_WEEKS.min), step: '1', value: '8', 'data-testid': 'room-event-weeks' });
  const field = (label: string, control: HTMLElement) => h('label', {}, label, control);
  const timed = h('span', { class: 'room-event-timed' }, field(t('facilitator.eventSize'), size), field(t('facilitator.eventWeeks'), span));
  const hint = h('p', { class: 'hint', 'data-testid': 'room-event-hint' });
  const error = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'room-event-error' });
  const add = h('button', { type: 'submit', class: 'btn', 'data-testid': 'room-event-add' }, t('room.dash.eventAdd'));
  const showKind = () => (timed.hidden = !TIMED_EVENTS.includes(kind.value as never));
  kind.addEventListener('change', showKind);
  showKind();
  const form = h(
    'form',
    {
      class: 'room-event',
      // the page's own sentence says what is wrong, in the page's language
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (first === null) return;
        const w = weekIndex(Number(week.value));
        const s = Number(size.value) / 100;
        const n = Number(span.value);
        const isTimed = TIMED_EVENTS.includes(kind.value as never);
        const ok = Number.isInteger(w) && w >= first && w < last && (!isTimed || (s >= EVENT_SIZE.min && s <= EVENT_SIZE.max && Number.isInteger(n) && n >= EVENT_WEEKS.min && n <= EVENT_WEEKS.max));
        error.textContent = ok ? '' : t('room.dash.eventBad', { first: weekNumber(first), last: weekNumber(last - 1) });
        if (!ok) return;
        push(isTimed ? { week: w, type: 'event', event: kind.value, size: s, weeks: n } : { week: w, type: 'event', event: kind.value });
      },
    },
    h('fieldset', {}, h('legend', {}, t('room.dash.eventHeading')), field(t('facilitator.eventKind'), kind), field(t('facilitator.eventWeek'), week), timed, add),
    hint,
    error,
  );
  return {
    element: form,
    update(hold, runWeeks) {
      first = firstEventWeek(hold);
      last = runWeeks;
      const open = first !== null && first < runWeeks;
      for (const c of [kind, week, size, span, add]) c.disabled = !open;
      hint.textContent = first === null ? t('room.dash.eventNeedsHold') : t('room.dash.eventHint', { first: weekNumber(first) });
      if (first !== null) {
        week.min = String(weekNumber(first));
        week.max = String(weekNumber(runWeeks - 1));
        if (Number(week.value) < weekNumber(first)) week.value = String(weekNumber(first));
      }
    },
  };
}
