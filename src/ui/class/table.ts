/**
 * The class table: one row per run, sortable by any column (the header is a
 * button; aria-sort says the order), a checkbox per row to pick two runs to
 * compare, and a link to each run's replay.
 */
import { ownText, t } from '../../i18n';
import { COLUMNS, isNumeric, nextOrder, sortRuns, type Column, type SortOrder } from '../../classroom/table';
import type { ClassRun } from '../../classroom/runs';
import { h, tableWrap } from '../kit/dom';
import { int, money, numberFormat } from '../../i18n/format';
import { routeHash } from '../shell/router';

/** A reputation as a percentage with one decimal always shown, so a column lines up: 40.0%, 37.7%. */
export function share(value: number): string {
  return numberFormat({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A run's scenario as a person reads it: a facilitator's scenario by its own title. */
export function runTitle(run: ClassRun): string {
  return run.custom ? ownText(run.custom) : t(`scenarios.${run.scenario}.title`);
}

export interface TableInput {
  runs: readonly ClassRun[];
  order: SortOrder;
  selected: ReadonlySet<string>;
  originText: (run: ClassRun) => string;
  onSort: (order: SortOrder) => void;
  onSelect: (code: string, on: boolean) => void;
}

function cellText(run: ClassRun, column: Column): string {
  switch (column) {
    case 'name':
      return run.name ?? '';
    case 'scenario':
      return runTitle(run);
    case 'profit':
      return money(run.profit);
    case 'reputation':
      return share(run.reputation);
    case 'seed':
    case 'hash':
      return run[column];
    default:
      return int(run[column]);
  }
}

export function classTable(input: TableInput): HTMLElement {
  const { order } = input;
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('classroom.table.select'))),
    COLUMNS.map((c) => {
      const sorted = order.column === c;
      return h(
        'th',
        { scope: 'col', 'aria-sort': sorted ? order.direction : 'none', class: isNumeric(c) ? 'num' : 'text' },
        h(
          'button',
          { type: 'button', class: 'sort', 'data-testid': `class-sort-${c}`, title: t('classroom.table.sortBy', { column: t(`classroom.columns.${c}`) }), onclick: () => input.onSort(nextOrder(order, c)) },
          t(`classroom.columns.${c}`),
          h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sorted ? (order.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'),
        ),
      );
    }),
    h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('classroom.table.replay'))),
  );
  const rows = sortRuns(input.runs, order, cellText).map((run) =>
    h(
      'tr',
      { 'data-testid': 'class-row', 'data-code': run.code },
      h(
        'td',
        {},
        h('label', { class: 'pick' }, h('input', {
          type: 'checkbox',
          'data-testid': 'class-select',
          checked: input.selected.has(run.code),
          'aria-label': t('classroom.table.selectRun', { seed: run.seed, origin: run.name ? `${run.name}, ${input.originText(run)}` : input.originText(run) }),
          onchange: (e: Event) => input.onSelect(run.code, (e.target as HTMLInputElement).checked),
        })),
      ),
      // h() sets a string child as a text node: a name is never markup
      COLUMNS.map((c) => h('td', { class: isNumeric(c) ? 'num' : c === 'hash' ? 'text mono' : 'text', 'data-column': c }, cellText(run, c))),
      h('td', {}, h('a', { href: routeHash({ name: 'replay', code: run.code }), 'aria-label': t('classroom.table.replayRun', { seed: run.seed }) }, t('classroom.table.replay'))),
    ),
  );
  return tableWrap(h('table', { class: 'class-table', 'data-testid': 'class-table' }, h('caption', { class: 'sr-only' }, t('classroom.table.caption')), h('thead', {}, head), h('tbody', {}, rows)));
}
