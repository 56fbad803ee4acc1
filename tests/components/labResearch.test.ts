/**
 * The lab as a researcher uses it for a paper (issue 20 §7), under happy-dom
 * on small, short runs (200 customers, 8–26 weeks): B as another scenario on
 * A's seeds, a headline in a chosen outcome measure (Node's paired
 * differences), a sweep's weeks table and its measures as runs.csv columns,
 * a heatmap beside its intervals' half-widths, a chart per scenario, the size
 * and estimate before a sweep and a confirmation above 5,000 runs, and a
 * manifest that names the model beside every batch's files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MODEL_NAME, MODEL_VERSION, simulate, type RunResult } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { parseCsv } from '../../src/shared/csv';
import { meanCi } from '../../src/shared/stats';
import { modelProvenance } from '../../src/research/provenance';
import { checkSpec, expandSpec } from '../../src/lab/sweepSpec';
import { openApp, waitUntil, type AppUnderTest } from './harness';
import { all, catchDownloads, choose, control, pick } from './instructorHelpers';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());
const downloads = catchDownloads();

const text = (a: AppUnderTest, testid: string) => a.find(testid)?.textContent ?? '';
const status = (a: AppUnderTest, what: RegExp) => waitUntil(`the lab's status to match ${what}`, () => what.test(text(a, 'lab-status')), 30_000);
const saved = async (a: AppUnderTest, testid: string) => downloads.next(() => a.click(testid));
const table = (csv: string) => {
  const [header, ...rows] = parseCsv(csv.trim());
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};
/** Opens the panel's groups of the run and the market, as a researcher opens them to type there. */
const openGroups = (a: AppUnderTest) => ['run', 'market'].forEach((g) => (control<HTMLDetailsElement>(a, `lab-group-${g}`).open = true));
const sum = (r: RunResult, key: 'profit' | 'revenue') => r.weeks.reduce((s, w) => s + w[key], 0);

describe('the lab for a paper', () => {
  it('compares A with another scenario on paired seeds, headlined in a chosen measure', async () => {
    app = await openApp('#/lab');
    await app.get('lab');
    openGroups(app);
    await app.fill('lab-param-run.weeks', '13');
    await app.fill('lab-param-market.size', '200');
    await app.fill('lab-seeds', '4');
    await choose(app, 'lab-compare', true);
    await choose(app, 'lab-b-scenario', 'sales-director');
    expect(text(app, 'lab-b-hint')).toContain('B is the scenario');
    // over another scenario, B's changes are its own (A's market size is not B's)
    await app.fill('lab-b', 'market.size = 200');
    await app.click('lab-run-seeds');
    await status(app, /^8 runs in/);
    const specB = JSON.parse(await (await saved(app, 'lab-b-spec')).text());
    expect(specB).toEqual({ scenario: 'sales-director', seeds: 4, weeks: 13, set: { 'market.size': 200 } });

    const a = Array.from({ length: 4 }, (_, i) => simulate({ params: scenarioParams('founder', { 'run.weeks': 13, 'market.size': 200 }), seed: String(i + 1) }));
    const b = Array.from({ length: 4 }, (_, i) => simulate({ params: scenarioParams('sales-director', { 'run.weeks': 13, 'market.size': 200 }), seed: String(i + 1) }));
    // year-2 profit, the default headline, has no weeks in 13: said so, not drawn as a number
    const headline = await app.get('lab-diff-summary');
    expect(headline.dataset.measure).toBe('y2Profit');
    expect(headline.textContent).toBe('Year-2 profit (sum of Profit over weeks 53–104) is not defined for runs of 13 weeks: choose another headline measure.');
    // profit over the run: Node's paired differences, seed by seed
    await choose(app, 'lab-headline', 'totalProfit');
    const d = a.map((r, i) => sum(b[i], 'profit') - sum(r, 'profit'));
    const ci = meanCi(d);
    const said = control(app, 'lab-diff-summary');
    expect(said.dataset.measure).toBe('totalProfit');
    expect(Number(said.dataset.mean)).toBeCloseTo(ci.mean, 6);
    expect(Number(said.dataset.half)).toBeCloseTo(ci.half, 6);
    expect(said.textContent).toMatch(/^Profit over the run, B − A: .* on average \(sum of Profit over the whole run; 95% interval .* to .*, Student’s t over 4 paired seeds; /);
    // B's runs are the sales director's, and its manifest names the model
    const runsB = table(await (await saved(app, 'lab-b-runs')).text());
    expect(runsB.map((r) => r.hash)).toEqual(b.map((r) => r.hash));
    expect(runsB.map((r) => Number(r.totalProfit))).toEqual(b.map((r) => sum(r, 'profit')));
    const manifest = JSON.parse(await (await saved(app, 'lab-b-manifest')).text());
    expect(manifest.model).toEqual({ name: MODEL_NAME, version: MODEL_VERSION });
    expect(manifest.sourcesHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.sourcesHash).toBe(modelProvenance().sourcesHash);
    // and the page says which model made them
    expect(text(app, 'lab-made')).toContain(`Made by ${MODEL_NAME} ${MODEL_VERSION}, model sources ${manifest.sourcesHash.slice(0, 12)}`);
    expect(manifest).toMatchObject({ made: 'lab', spec: specB, seeds: ['1', '2', '3', '4'], sweepRuns: 4, rows: { runs: 4, weeks: 52 }, files: ['runs-b.csv', 'weeks-b.csv', 'sweep-b.json'] });
    expect(manifest.rng.algorithm).toBe('alea');

    // in French: the same headline in the page's words
    app.dispose();
    app = await openApp('#/lab', { language: 'fr-FR' });
    await app.click('lab-run-seeds');
    await status(app, /^8 parties en/);
    expect(text(app, 'lab-diff-summary')).toMatch(/^Bénéfice sur la partie, B − A\u202f: .* en moyenne \(somme de Bénéfice sur toute la partie\u202f; intervalle/);
    await choose(app, 'lab-compare', false);
  });

  it('sizes a sweep, asks above 5,000 runs, and gives its weeks, measures, intervals and a chart per scenario', async () => {
    app = await openApp('#/lab');
    await app.get('lab');
    openGroups(app);
    await app.fill('lab-param-run.weeks', '8');
    await app.fill('lab-param-market.size', '200');
    await choose(app, 'lab-sweep-x', 'plan.commissionRate');
    await app.fill('lab-sweep-xv', '0, 0.08');
    await choose(app, 'lab-sweep-y', 'market.wordOfMouth');
    await app.fill('lab-sweep-yv', '0.5, 2');
    await app.fill('lab-sweep-seeds', '3');
    expect(text(app, 'lab-sweep-size')).toMatch(/^12 runs: 1 scenario × 4 points × 3 seeds, (under a second|about \d+ s) on \d workers?$/);

    // the panel's run length and market size change the estimate, not the count
    const estimate = text(app, 'lab-sweep-size');
    await app.fill('lab-param-run.weeks', '520');
    await app.fill('lab-param-market.size', '50000');
    expect(text(app, 'lab-sweep-size')).toMatch(/^12 runs: .*, about \d+ (s|min) on/);
    await app.fill('lab-param-run.weeks', '8');
    await app.fill('lab-param-market.size', '200');
    expect(text(app, 'lab-sweep-size')).toBe(estimate);

    // above 5,000 runs: the size and a question first, nothing runs until it is answered
    await app.fill('lab-sweep-seeds', '1300');
    expect(text(app, 'lab-sweep-size')).toMatch(/^5,200 runs: 1 scenario × 4 points × 1,300 seeds, (under a second|about \d+ (s|min)) on/);
    await app.click('lab-run-sweep');
    expect(text(app, 'lab-sweep-note')).toMatch(/^5,200 runs: .*\. That is more than 5,000 runs: run it\?/);
    expect(text(app, 'lab-status')).toBe('');
    await app.click('lab-confirm-cancel');
    expect(text(app, 'lab-sweep-note')).toBe('Nothing was run.');
    expect(text(app, 'lab-status')).toBe('');
    await app.click('lab-run-sweep');
    await app.click('lab-confirm-run');
    await status(app, /of 5,200 runs/);
    await app.click('lab-cancel');
    await status(app, /^Cancelled after/);

    // 12 runs: the heatmap's cells carry Node's mean and interval, a second panel the intervals' widths
    await app.fill('lab-sweep-seeds', '3');
    await app.click('lab-run-sweep');
    await status(app, /^12 runs in/);
    await choose(app, 'lab-sweep-measure', 't:profit');
    const spec = checkSpec(JSON.parse(await (await saved(app, 'lab-spec-json')).text()));
    expect(spec).toEqual({ scenario: 'founder', seeds: 3, weeks: 8, set: { 'market.size': 200 }, vary: { 'plan.commissionRate': [0, 0.08], 'market.wordOfMouth': [0.5, 2] } });
    const node = expandSpec(spec).map((r) => simulate({ params: r.params, seed: r.seed }));
    const cells = JSON.parse(control(app, 'lab-sweep-heat').dataset.cells ?? '[]') as Array<{ x: string; y: string; v: number; half: number }>;
    const widths = JSON.parse(control(app, 'lab-sweep-heat-ci').dataset.cells ?? '[]') as Array<{ v: number }>;
    expect(cells).toHaveLength(4);
    cells.forEach((c, p) => {
      const ci = meanCi(node.slice(p * 3, p * 3 + 3).map((r) => r.totals.profit));
      expect(c.v).toBeCloseTo(ci.mean, 6);
      expect(c.half).toBeCloseTo(ci.half, 6);
      expect(widths[p].v).toBeCloseTo(ci.half, 6);
    });
    expect(control(app, 'lab-sweep-heat').querySelector('.sr-only')?.textContent).toContain(' ± ');

    // its weeks table and its runs' measures, as salesfloor sweep writes them
    const weeks = table(await (await saved(app, 'lab-csv-weeks')).text());
    expect(weeks).toHaveLength(12 * 8);
    expect(weeks.slice(0, 8).map((w) => Number(w.week))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(weeks.map((w) => Number(w.profit))).toEqual(node.flatMap((r) => r.weeks.map((w) => w.profit)));
    const runs = table(await (await saved(app, 'lab-csv-runs')).text());
    expect(runs.map((r) => Number(r.totalProfit))).toEqual(node.map((r) => sum(r, 'profit')));
    expect(runs.every((r) => r.y2Profit === 'NaN' || r.y2Profit === '')).toBe(true);
    const manifest = JSON.parse(await (await saved(app, 'lab-manifest')).text());
    expect(manifest).toMatchObject({ model: { name: MODEL_NAME, version: MODEL_VERSION }, made: 'lab', spec, files: ['runs.csv', 'weeks.csv', 'sweep.json'], rows: { runs: 12, weeks: 96 } });
    expect(Object.keys(manifest.measures)).toContain('y2Profit');

    // a spec over two scenarios runs as it is and draws a chart for each
    const two = { scenario: ['founder', 'sales-director'], seeds: 2, weeks: 8, set: { 'market.size': 200 }, vary: { 'market.wordOfMouth': [0.5, 2] } };
    await pick(app, 'lab-sweep-upload', [{ name: 'two.json', type: 'application/json', text: JSON.stringify(two) }]);
    await waitUntil('the note on two.json', () => text(app as AppUnderTest, 'lab-sweep-note').includes('two.json'));
    expect(text(app, 'lab-sweep-note')).toContain('a chart per scenario');
    expect(text(app, 'lab-sweep-note')).toContain('8 runs: 2 scenarios × 2 points × 2 seeds');
    await app.click('lab-run-as-is');
    await status(app, /^8 runs in/);
    const lines = all('lab-sweep-line');
    expect(lines.map((l) => l.closest<HTMLElement>('[data-scenario]')?.dataset.scenario)).toEqual(['founder', 'sales-director']);
    const twoRuns = expandSpec(checkSpec(two)).map((r) => simulate({ params: r.params, seed: r.seed }));
    lines.forEach((l, s) => {
      const means = JSON.parse(l.dataset.mean ?? '[]') as number[];
      expect(means).toEqual([0, 1].map((p) => meanCi(twoRuns.slice(s * 4 + p * 2, s * 4 + p * 2 + 2).map((r) => r.totals.profit)).mean));
    });
    expect(lines[1].textContent).toContain('The sales director\'s plan');
  });
});
