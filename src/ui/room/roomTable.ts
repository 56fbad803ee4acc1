/**
 * The dashboard's live table: one row per player, the room's own figures for
 * their game (its copy of the run, stepped with their decisions), their
 * quarter and where they are. Players in name order, so the instructor finds
 * one; each row carries its figures as data-* for the browser test.
 */
import { t } from '../../i18n';
import { int, money } from '../../i18n/format';
import type { PlayerRow } from '../../room/protocol';
import { rowStatus } from '../../room/roomExport';
import { h } from '../kit/dom';
import { share } from '../class/table';
import { stackable } from '../kit/stackTable';

const COLUMNS = ['name', 'status', 'quarter', 'week', 'profit', 'reputation', 'deals', 'quits', 'misconduct'] as const;

export function roomTable(rows: readonly PlayerRow[], hold: number | null): HTMLElement {
  const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name) || (a.player < b.player ? -1 : 1));
  const num = (v: string) => h('td', { class: 'num' }, v);
  return stackable(
    h(
      'table',
      { class: 'class-table room-table', 'data-testid': 'room-table' },
      h('caption', {}, t('room.dash.tableCaption')),
      h('thead', {}, h('tr', {}, COLUMNS.map((c) => h('th', { scope: 'col', class: c === 'name' || c === 'status' ? 'text' : 'num' }, t(`room.dash.columns.${c}`))))),
      h(
        'tbody',
        {},
        sorted.map((r) => {
          const status = rowStatus(r, hold);
          return h(
            'tr',
            { 'data-testid': `room-row-${r.player}`, 'data-name': r.name, 'data-status': status, 'data-quarter': r.quarter, 'data-week': r.week, 'data-profit': r.profit, ...(r.hash ? { 'data-hash': r.hash } : {}) },
            h('th', { scope: 'row' }, r.name),
            h('td', { class: `status-${status}` }, t(`room.dash.status.${status}`)),
            num(int(r.quarter + 1)),
            num(int(r.week)),
            num(money(r.profit)),
            num(share(r.reputation)),
            num(int(r.deals)),
            num(int(r.quits)),
            num(int(r.misconduct)),
          );
        }),
      ),
    ),
  );
}
