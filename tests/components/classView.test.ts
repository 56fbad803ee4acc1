/**
 * The class view under happy-dom: thirty codes pasted with three bad ones and
 * a line that holds none, a language switch while they open, the table and its
 * sorting, the median and spread, the scatter's points (each run's final
 * reputation and profit, as Node computes them), comparing two, the CSV
 * export; a form tool's CSV and a JSON list picked as files, a text file
 * dropped, a facilitator's title shown as text. happy-dom has no Web Workers,
 * so the codes open through the pool's fallback on the page's thread;
 * tests/browser/classView.test.ts opens them in real workers, clicks a drawn
 * point, sorts by the keyboard and reloads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeRunCode, encodeRunCode, identityOf, runIdentity } from '../../src/codes/runCode';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { classFixture } from '../browser/helpers/classCodes';
import { openApp, waitUntil, type AppUnderTest } from './harness';
import { liveCharts } from './fakeChart';
import { all, catchDownloads, control, drop, pick } from './instructorHelpers';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());
const downloads = catchDownloads();
const fx = classFixture(30);

const rowCodes = () => all('class-row').map((r) => r.dataset.code ?? '');
const ariaSort = (column: string) => document.querySelector(`[data-testid="class-sort-${column}"]`)?.closest('th')?.getAttribute('aria-sort');

function loaded(a: AppUnderTest, text: string, timeout = 60_000): Promise<unknown> {
  return waitUntil(`the class view to say “${text}”`, () => a.find('class-progress')?.textContent?.includes(text), timeout);
}

/** The scatter's points, as given to Chart.js: each run's final reputation (x) and cumulative profit (y). */
async function scatterPoints(): Promise<Array<{ x: number; y: number }>> {
  const chart = await waitUntil('the scatter', () => liveCharts().find((c) => c.canvas.dataset.testid === 'class-scatter-canvas'));
  return chart.data.datasets.flatMap((d) => d.data as Array<{ x: number; y: number }>);
}

/** What Node's run of each code ends with, as the scatter plots it. */
function nodePoints(codes: readonly string[]): Array<{ x: number; y: number }> {
  return codes.map((c) => {
    const { totals } = runIdentity(decodeRunCode(c));
    return { x: totals.finalReputation, y: totals.profit };
  });
}

describe('class view', () => {
  it('loads 30 pasted codes, lists 3 bad ones, sorts, plots, compares and exports', async () => {
    app = await openApp('#/');
    await app.click('open-class');
    await app.get('class-view');
    const pasted = [
      'Class of 30 November:',
      ...fx.codes.slice(0, 10),
      `${fx.codes[10]}, ${fx.codes[11]}`,
      ...fx.codes.slice(12, 20).map((c) => `https://example.org/salesfloor/#/replay?${new URLSearchParams({ code: c }).toString()}`),
      ...fx.codes.slice(20),
      fx.codes[3],
      fx.bad.truncated,
      fx.bad.tampered,
      fx.bad.garbage,
    ].join('\n');
    await app.fill('class-paste', pasted);
    await app.click('class-load');
    // a language switch while the codes are opening: the new screen gets the result
    expect(app.find('class-progress')?.textContent).not.toContain('30');
    await app.click('lang-fr');
    await loaded(app, '30 parties chargées');
    await app.click('lang-en');
    await loaded(app, '30 runs loaded');
    // the heading line is a line without a code, so it is listed too
    expect(await app.text('class-progress')).toContain('4 could not be opened; 1 duplicate counted once');
    expect(all('class-row')).toHaveLength(30);
    const errors = all('class-error').map((e) => e.textContent ?? '');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain('pasted, line 1');
    expect(errors.slice(1).join('\n')).toMatch(/line 32: This is not a Salesfloor run code[\s\S]*line 33: Replaying this code gives a different run[\s\S]*line 34: This is not a Salesfloor run code/);

    // the default order: profit, highest first; a click sorts lowest first; by seed
    const byProfit = [...fx.codes].sort((a, b) => (fx.profit.get(b) ?? 0) - (fx.profit.get(a) ?? 0));
    expect(rowCodes()).toEqual(byProfit);
    expect(ariaSort('profit')).toBe('descending');
    await app.click('class-sort-profit');
    expect(rowCodes()).toEqual([...byProfit].reverse());
    expect(ariaSort('profit')).toBe('ascending');
    await app.click('class-sort-seed');
    const seeds = [...document.querySelectorAll('[data-testid="class-row"] td[data-column="seed"]')].map((td) => td.textContent ?? '');
    expect(seeds).toEqual([...seeds].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
    expect(seeds[0]).toBe('trainee-1');
    expect(ariaSort('seed')).toBe('ascending');
    expect(ariaSort('profit')).toBe('none');
    // the sort keeps the focus on its button (the keyboard's place)
    expect(document.activeElement?.getAttribute('data-testid')).toBe('class-sort-seed');

    // median and spread
    expect(await app.text('class-stat-profit')).toMatch(/^Cumulative profit: median .+, middle half .+ to .+ \(interquartile range .+\)$/);

    // the scatter: a point per run, at Node's final reputation and profit
    const byPoint = (p: { x: number; y: number }, q: { x: number; y: number }) => p.x - q.x || p.y - q.y;
    expect((await scatterPoints()).sort(byPoint)).toEqual(nodePoints(fx.codes).sort(byPoint));

    // the CSV export: a header and a row per run
    const csv = await downloads.next(() => (app as AppUnderTest).click('class-export'));
    const text = await csv.text();
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(31);
    expect(lines[0]).toBe('Name,Scenario,Seed,Cumulative profit,Final reputation,Deals,Quits,Misconduct,Hash,From,Run code');
    expect(fx.codes.every((c) => text.includes(c))).toBe(true);

    // compare two: disabled until exactly two are selected
    expect(control<HTMLButtonElement>(app, 'class-compare').disabled).toBe(true);
    const boxes = all('class-select') as HTMLInputElement[];
    const [a, b] = rowCodes().slice(0, 2);
    for (const box of boxes.slice(0, 2)) {
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await app.click('class-compare');
    expect(decodeURIComponent(location.hash)).toContain(`#/compare?a=${a}&b=${b}`);
    // back to the class: the batch is still there
    await app.go('#/class');
    await loaded(app, '30 runs loaded');
    expect(all('class-row')).toHaveLength(30);
  });

  it('reads a form tool’s CSV picked as a file, a JSON list and a dropped text file', async () => {
    app = await openApp('#/class');
    await app.get('class-view');
    await app.click('class-clear');
    // a run on a facilitator's scenario whose title is markup: shown as text
    const title = '<img src=x onerror="document.title=1">Drill';
    const sc = { base: 'founder', overrides: {}, events: [], locked: [], bounds: {}, title: { en: title, fr: title }, briefing: { en: '', fr: '' } };
    const custom = encodeRunCode(identityOf('founder', 'drill-1', {}, [], sc));
    const csv = [
      'Timestamp,"Name, first and last",Run code,Comment',
      ...fx.codes.slice(0, 6).map((c, i) => `2026-11-30 10:0${i},"Trainee ${i}, group ""A""","${c}","line one\nline two, with a comma"`),
      '2026-11-30 10:09,Late,"no idea",',
    ].join('\r\n');
    await pick(app, 'class-files', [
      { name: 'Responses.csv', type: 'text/csv', text: csv },
      { name: 'more.json', type: 'application/json', text: JSON.stringify([...fx.codes.slice(6, 9), custom]) },
    ]);
    // the facilitator's run names its scenario, which this browser does not know yet: the view asks for its scenario code, once
    await loaded(app, '9 runs loaded');
    expect(all('class-error').map((e) => e.textContent)).toEqual([expect.stringContaining('Responses.csv, row 8'), expect.stringContaining('class scenario')]);
    await app.fill('class-scenario-ask-field', encodeScenarioCode(sc));
    await app.click('class-scenario-ask-open');
    await loaded(app, '10 runs loaded');
    expect(app.find('class-scenario-ask')).toBeNull();
    expect(all('class-row')).toHaveLength(10);
    expect(document.querySelector(`[data-code="${custom}"] td[data-column="scenario"]`)?.textContent).toBe(title);
    // each row's name from the form's name column, set as text
    expect(document.querySelector(`[data-code="${fx.codes[2]}"] td[data-column="name"]`)?.textContent).toBe('Trainee 2, group "A"');
    expect(document.querySelector(`[data-code="${custom}"] td[data-column="name"]`)?.textContent).toBe('');
    expect(document.querySelectorAll('[data-testid="class-view"] img')).toHaveLength(0);
    expect(all('class-error').map((e) => e.textContent)).toEqual([expect.stringContaining('Responses.csv, row 8, column "Run code": This is not a Salesfloor run code')]);
    expect(await scatterPoints()).toHaveLength(10);
    await app.click('class-clear');
    expect(all('class-row')).toHaveLength(0);
    // a text file dropped on the drop zone
    const markup = '<img src=x onerror="x()">Zed';
    await drop(await app.get('class-drop'), { name: 'chat.txt', type: 'text/plain', text: `Anna: here is mine ${fx.codes[20]}\nBen: ${fx.codes[21]} :)\n${markup} — https://example.org/#/replay?code=${fx.codes[22]}` });
    await loaded(app, '3 runs loaded');
    expect(all('class-row')).toHaveLength(3);
    // the names before the codes: a sortable first column, kept as text (markup included), and in the export
    await app.click('class-sort-name');
    expect(all('class-row').map((r) => r.querySelector('td[data-column="name"]')?.textContent)).toEqual([markup, 'Anna', 'Ben']);
    await app.click('class-sort-name');
    expect(all('class-row').map((r) => r.querySelector('td[data-column="name"]')?.textContent)).toEqual(['Ben', 'Anna', markup]);
    expect(document.querySelectorAll('[data-testid="class-view"] img')).toHaveLength(0);
    // the scatter's tooltip starts with the trainee's name
    const chart = await waitUntil('the scatter', () => liveCharts().find((c) => c.canvas.dataset.testid === 'class-scatter-canvas'));
    const label = (chart.options as { plugins: { tooltip: { callbacks: { label(item: { datasetIndex: number; dataIndex: number }): string } } } }).plugins.tooltip.callbacks.label;
    const tips = chart.data.datasets.flatMap((d, datasetIndex) => d.data.map((_p, dataIndex) => label({ datasetIndex, dataIndex }))).filter((tip) => tip !== undefined);
    expect(tips.filter((tip) => /^(Anna|Ben|<img src=x onerror="x\(\)">Zed): /.test(tip))).toHaveLength(3);
    const exported = await (await downloads.next(() => (app as AppUnderTest).click('class-export'))).text();
    expect(exported.split('\r\n')[0].startsWith('Name,Scenario')).toBe(true);
    expect(exported).toContain(`Anna,`);
    // the two picked go to compare with their names
    for (const row of all('class-row').slice(0, 2)) (row.querySelector('[data-testid="class-select"]') as HTMLInputElement).click();
    await app.click('class-compare');
    await waitUntil('compare with names', () => /na=Ben&nb=Anna/.test(location.hash));
    await app.go('#/class');
    await app.get('class-view');
    await app.click('class-clear');
    expect(all('class-row')).toHaveLength(0);
  });
});
