/**
 * Wide tables stacked on a phone (src/ui/kit/stackTable.ts): each body and
 * footer cell carries its column's heading, a cell across several columns
 * none; the review's team table and the debrief's score table are built so.
 * How they look at 390 px is tests/browser/phoneLayout.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { h } from '../../src/ui/kit/dom';
import { stackable } from '../../src/ui/kit/stackTable';

describe('stackable tables', () => {
  it('labels each cell with its column’s heading (its short form if it has one), skipping the row headings and the cells across columns', () => {
    const table = stackable(
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('td'), h('th', { scope: 'col' }, 'Deals'), h('th', { scope: 'col', colspan: '2', abbr: 'Rev.' }, 'Revenue'))),
        h('tbody', {}, h('tr', {}, h('th', { scope: 'row' }, 'Rep 1'), h('td', {}, '3'), h('td', {}, '€10'), h('td', {}, '€12'))),
        h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Lost'), h('td', { colspan: '3' }, '4'))),
      ),
    );
    expect(table.classList.contains('stack-table')).toBe(true);
    expect([...table.querySelectorAll('tbody td')].map((td) => (td as HTMLElement).dataset.label)).toEqual(['Deals', 'Rev.', 'Rev.']);
    expect(table.querySelector('tbody th')?.hasAttribute('data-label')).toBe(false);
    expect(table.querySelector('tfoot td')?.hasAttribute('data-label')).toBe(false);
  });
});
