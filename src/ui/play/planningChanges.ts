/**
 * The plan's pending changes as a list under the planning panel: each lever
 * moved, the hires, the gemba walks booked, with a button that takes that one
 * change back. Nothing in it is in the run until the plan is confirmed.
 */
import { t } from '../../i18n';
import { h } from '../kit/dom';

export interface PendingChange {
  /** stable across redraws: the data-testid of its remove button */
  id: string;
  text: string;
  undo(): void;
}

export function pendingList(changes: PendingChange[]): HTMLElement {
  if (changes.length === 0) return h('p', { class: 'hint pending-none' }, t('ui.planning.noChange'));
  return h(
    'ul',
    { class: 'pending-changes', 'aria-label': t('ui.planning.pendingLabel') },
    changes.map((c) =>
      h(
        'li',
        { 'data-testid': `pending-${c.id}` },
        h('span', {}, c.text),
        h('button', { type: 'button', class: 'remove-change', 'data-testid': `remove-${c.id}`, 'aria-label': t('ui.planning.removeChange', { change: c.text }), onclick: () => c.undo() }, '✕'),
      ),
    ),
  );
}
