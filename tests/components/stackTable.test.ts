/**
 * Wide tables stacked on a phone (src/ui/kit/stackTable.ts): each body and
 * footer cell carries its column's heading, a cell across several columns
 * none; the review's team table and the debrief's score table are built so.
 * How they look at 390 px is tests/browser/phoneLayout.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { h } from '../../src/ui/kit/dom';
import { stackable } from '../../src/ui/kit/stackTable';
import { openApp, SAVE_KEY, type AppUnderTest } from './harness';
import { MODEL_VERSION } from '../../src/sim';
import { openDebrief, PLAYED } from './instructorHelpers';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

/** a table's first body row: each cell's label, and its column's heading (the row heading's column left out) */
function labelled(testid: string): { labels: (string | undefined)[]; headings: string[] } {
  const table = document.querySelector(`[data-testid="${testid}"]`);
  expect(table?.classList.contains('stack-table'), testid).toBe(true);
  const labels = [...(table?.querySelectorAll('tbody tr:first-child td') ?? [])].map((td) => (td as HTMLElement).dataset.label);
  const headings = [...(table?.querySelectorAll('thead th, thead td') ?? [])].slice(1).map((th) => th.getAttribute('abbr') || (th.textContent ?? ''));
  return { labels, headings };
}

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

  it('the review’s deal sources and team, and the debrief’s score, are stackable', async () => {
    localStorage.setItem(SAVE_KEY, JSON.stringify({ version: 1, model: MODEL_VERSION, scenario: 'sales-director', seed: 'stack-1', quarter: 1, phase: 'review', log: [] }));
    app = await openApp('#/play?scenario=sales-director&seed=stack-1');
    await app.get('quarter-review');
    expect(labelled('deal-sources').labels).toEqual(['Deals', 'Change', 'Revenue', 'Share']);
    const team = labelled('team-table');
    expect(team.labels).toHaveLength(7);
    expect(team.labels).toEqual(team.headings);
    app.dispose();
    app = await openDebrief('sales-director', 'stack-1', PLAYED);
    const score = labelled('score');
    expect(score.labels).toHaveLength(3);
    expect(score.labels).toEqual(score.headings);
  });
});
