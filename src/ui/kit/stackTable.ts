/**
 * A wide table that becomes stacked rows on a phone: each body cell carries
 * its column's heading in data-label, which src/ui/shell/phone.css shows
 * before the value once the table no longer fits (each row a small card: its
 * row heading, then label and value pairs). On a wider screen it is the same
 * table as before. The labels are read from the table's own heading row (a
 * heading's abbr, its short form, where it has one), so a column added later
 * is labelled too.
 */
export function stackable<T extends HTMLTableElement>(table: T): T {
  const span = (cell: Element) => Number(cell.getAttribute('colspan') ?? 1);
  const labels: string[] = [];
  for (const cell of table.querySelector(':scope > thead > tr:last-child')?.children ?? []) {
    // a heading's short form (its abbr) where it has one
    const label = cell.getAttribute('abbr') || (cell.textContent?.trim() ?? '');
    for (let i = 0; i < span(cell); i++) labels.push(label);
  }
  for (const row of table.querySelectorAll(':scope > tbody > tr, :scope > tfoot > tr')) {
    let col = 0;
    for (const cell of row.children) {
      const label = labels[col];
      if (cell instanceof HTMLTableCellElement && cell.tagName === 'TD' && span(cell) === 1 && label) cell.dataset.label = label;
      col += span(cell);
    }
  }
  table.classList.add('stack-table');
  return table;
}
