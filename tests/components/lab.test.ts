/**
 * The lab (#/lab) under happy-dom: a changed parameter is highlighted, a bad
 * value is explained and runs nothing, 20 seeds draw a fan whose median is
 * Node's, configurations A and B on paired seeds give Node's per-seed
 * differences and their summary (and B's CSV holds B's hashes), a 3×3
 * sweep's CSV holds Node's hashes for the same spec, an uploaded spec fills
 * the panel and the form (and runs to Node's numbers), a bad upload gets one
 * sentence in the page's language and changes nothing, a long run is
 * cancelled, and a parameter's link opens its submodel in the model's
 * documentation. happy-dom has no Web Workers, so the runs go through the
 * pool's fallback on the page's thread (src/shared/workerPool.ts);
 * tests/browser/lab.test.ts runs them on real workers, draws the charts and
 * checks the layout.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { expandSpec, checkSpec } from '../../src/lab/sweepSpec';
import { meanCi } from '../../src/shared/stats';
import { openApp, waitUntil, type AppUnderTest } from './harness';
import { catchDownloads, choose, control, pick } from './instructorHelpers';
import { median } from '../fixtures/median';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());
const downloads = catchDownloads();

const text = (a: AppUnderTest, testid: string) => a.find(testid)?.textContent ?? '';
const value = (a: AppUnderTest, testid: string) => control(a, testid).value;
const row = (key: string) => document.querySelector<HTMLElement>(`.lab-param[data-key="${key}"]`);

/** Waits for the status line to say this. */
function status(a: AppUnderTest, what: RegExp, timeout = 60_000): Promise<unknown> {
  return waitUntil(`the lab's status to match ${what}`, () => what.test(text(a, 'lab-status')), timeout);
}

/** A spec file picked for upload; the page reads it, then says what it made of it (a problem or a note). */
async function upload(a: AppUnderTest, name: string, content: unknown): Promise<void> {
  let said = false;
  const watch = new MutationObserver(() => (said = true));
  for (const id of ['lab-sweep-problem', 'lab-sweep-note']) watch.observe(control(a, id), { childList: true, characterData: true, subtree: true });
  await pick(a, 'lab-sweep-upload', [{ name, type: 'application/json', text: typeof content === 'string' ? content : JSON.stringify(content) }]);
  await waitUntil(`the lab's word on ${name}`, () => said && (text(a, 'lab-sweep-problem') || text(a, 'lab-sweep-note')));
  watch.disconnect();
}

describe('lab', () => {
  it('panel, seeds, sweep, CSV, bad input, cancel and the model', async () => {
    app = await openApp('#/');
    await app.click('lab');
    await app.get('lab');
    expect(location.hash).toContain('#/lab');

    // a change from the scenario is counted and highlighted, with a reset
    await app.fill('lab-param-plan.commissionRate', '0.06');
    expect(text(app, 'lab-changed')).toContain('1 changed');
    expect(row('plan.commissionRate')?.className).toContain('lab-diff');
    await app.get('lab-reset-plan.commissionRate');

    // a bad value: checkParam's sentence under it, and nothing runs
    await app.fill('lab-param-plan.quota', 'lots');
    expect(text(app, 'lab-error-plan.quota')).toContain('plan.quota must be a number from 0 to 5000000');
    await app.click('lab-run-seeds');
    expect(text(app, 'lab-seeds-problem')).toContain('nothing was run');
    expect(text(app, 'lab-status')).toBe('');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('lab-param-plan.quota');
    await app.click('lab-run-sweep');
    expect(text(app, 'lab-sweep-problem')).toContain('nothing was run');
    expect(text(app, 'lab-status')).toBe('');
    await app.click('lab-reset-plan.quota');
    expect(text(app, 'lab-error-plan.quota')).toBe('');

    // 20 seeds: the fan's median at week 52 is the median of Node's runs
    await app.fill('lab-seeds', '20');
    await choose(app, 'lab-measure', 'profit');
    await app.click('lab-run-seeds');
    await app.get('lab-fan', 60_000);
    expect(text(app, 'lab-status')).toContain('20 runs in');
    const medians = JSON.parse(control(app, 'lab-fan').dataset.median ?? '[]') as number[];
    const params = scenarioParams('founder', { 'plan.commissionRate': 0.06 });
    const node = Array.from({ length: 20 }, (_, i) => simulate({ params, seed: String(i + 1) }));
    expect(medians).toHaveLength(104);
    expect(medians[51]).toBeCloseTo(median(node.map((r) => r.weeks[51].profit)), 6);

    // A (the panel: commission 0.06) and B (A plus commission 0.1 and less word of mouth) on seeds 1-8:
    // the differences' fan and the last week's summary are Node's, seed by seed
    await choose(app, 'lab-compare', true);
    await app.fill('lab-b', 'run.weeks = 52');
    await app.fill('lab-seeds', '8');
    await app.click('lab-run-seeds');
    expect(text(app, 'lab-seeds-problem')).toContain('B cannot change run.weeks');
    await app.fill('lab-b', 'plan.commissionRate = 0.1\nmarket.wordOfMouth: lots');
    await app.click('lab-run-seeds');
    expect(text(app, 'lab-seeds-problem')).toContain('market.wordOfMouth must be');
    await app.fill('lab-b', 'plan.commissionRate = 0.1\n\nmarket.wordOfMouth = 0.5');
    await app.click('lab-run-seeds');
    await status(app, /^16 runs in/);
    await app.get('lab-diff');
    const a8 = node.slice(0, 8);
    const paramsB = scenarioParams('founder', { 'plan.commissionRate': 0.1, 'market.wordOfMouth': 0.5 });
    const b8 = Array.from({ length: 8 }, (_, i) => simulate({ params: paramsB, seed: String(i + 1) }));
    const diffMedians = JSON.parse(control(app, 'lab-diff').dataset.median ?? '[]') as number[];
    expect(diffMedians).toHaveLength(104);
    for (const w of [0, 25, 103]) expect(diffMedians[w], `week ${w + 1}`).toBeCloseTo(median(b8.map((b, i) => b.weeks[w].profit - a8[i].weeks[w].profit)), 6);
    // the headline: year-2 profit (weeks 53-104 summed), B − A seed by seed, as Node sums it
    const y2 = (r: { weeks: { profit: number }[] }) => r.weeks.slice(52, 104).reduce((s, w) => s + w.profit, 0);
    const y2Diffs = b8.map((b, i) => y2(b) - y2(a8[i]));
    const ci = meanCi(y2Diffs);
    const summary = control(app, 'lab-diff-summary');
    expect(summary.dataset.measure).toBe('y2Profit');
    expect(Number(summary.dataset.mean)).toBeCloseTo(ci.mean, 6);
    expect(Number(summary.dataset.half)).toBeCloseTo(ci.half, 6);
    expect(summary.textContent).toMatch(new RegExp(`^Year-2 profit, B − A: .* on average \\(sum of Profit over weeks 53–104; 95% interval .* to .*, Student’s t over 8 paired seeds; median .*; B above A on ${y2Diffs.filter((d) => d > 0).length} of 8; A .* and B .* on average\\.\\)$`));
    // B's own CSV holds B's hashes
    const bRuns = (await (await downloads.next(() => (app as AppUnderTest).click('lab-b-runs'))).text()).trim().split('\n');
    expect(bRuns.slice(1).map((l) => l.split(',').at(-1))).toEqual(b8.map((r) => r.hash));
    await choose(app, 'lab-compare', false);

    // a 3×3 sweep with 2 seeds: its runs CSV holds Node's hashes for the same spec, in the same order
    await choose(app, 'lab-sweep-x', 'plan.commissionRate');
    await app.fill('lab-sweep-xv', '0, 0.04, 0.08');
    await choose(app, 'lab-sweep-y', 'market.wordOfMouth');
    await app.fill('lab-sweep-yv', '0.5, 1, 2');
    await app.fill('lab-sweep-seeds', '2');
    await app.click('lab-run-sweep');
    await app.get('lab-sweep-heat', 60_000);
    const spec = checkSpec(JSON.parse(await (await downloads.next(() => (app as AppUnderTest).click('lab-spec-json'))).text()));
    // the panel's commission is not in `set`: the sweep varies it (a key goes in one place)
    expect(spec).toEqual({ scenario: 'founder', seeds: 2, vary: { 'plan.commissionRate': [0, 0.04, 0.08], 'market.wordOfMouth': [0.5, 1, 2] } });
    const csv = await downloads.next(() => (app as AppUnderTest).click('lab-csv-runs'));
    expect(csv.name).toBe('runs.csv');
    const lines = (await csv.text()).trim().split('\n');
    const header = lines[0].split(',');
    const hashes = lines.slice(1).map((l) => l.split(',')[header.indexOf('hash')]);
    const expected = expandSpec(spec).map((r) => simulate({ params: r.params, seed: r.seed }).hash);
    expect(hashes).toHaveLength(18);
    expect(hashes).toEqual(expected);
    // the seeds' fan is still there beside the sweep
    await app.get('lab-fan');

    // bad uploads: one sentence each, and the panel and the form as they were
    const before = { changed: text(app, 'lab-changed'), xv: value(app, 'lab-sweep-xv') };
    await upload(app, 'bad.json', { scenario: 'founder', seeds: 3, vary: { 'plan.nothing': [1] } });
    expect(text(app, 'lab-sweep-problem')).toMatch(/^The file “bad.json” cannot be loaded: .*unknown parameter "plan.nothing".*Nothing was changed\.$/);
    await upload(app, 'notes.json', '{"scenario": "founder", seeds: 3');
    expect(text(app, 'lab-sweep-problem')).toBe('The file “notes.json” cannot be loaded: it is not JSON. Nothing was changed.');
    await upload(app, 'range.json', { scenario: 'founder', seeds: 3, set: { 'plan.commissionRate': 0.9 } });
    expect(text(app, 'lab-sweep-problem')).toContain('range.json');
    expect(text(app, 'lab-sweep-problem')).toContain('plan.commissionRate');
    expect(text(app, 'lab-changed')).toBe(before.changed);
    expect(value(app, 'lab-sweep-xv')).toBe(before.xv);
    expect(text(app, 'lab-status')).toContain('18 runs in');

    // a good upload fills the panel (scenario, weeks, set: highlighted) and the form (axes, seeds); nothing runs until asked
    const uploaded = { scenario: 'sales-director', seeds: ['a', 'b'], weeks: 26, set: { 'plan.commissionRate': 0.05, 'reps.count': 6 }, vary: { 'plan.quotaPeriod': ['none', 'year'], 'market.wordOfMouth': [0.5, 2] } };
    await upload(app, 'spec.json', uploaded);
    expect(text(app, 'lab-sweep-note')).toContain('Loaded “spec.json”');
    expect(value(app, 'lab-scenario')).toBe('sales-director');
    expect(value(app, 'lab-param-run.weeks')).toBe('26');
    expect(value(app, 'lab-param-reps.count')).toBe('6');
    for (const key of ['run.weeks', 'reps.count']) expect(row(key)?.className, key).toContain('lab-diff');
    expect(value(app, 'lab-sweep-x')).toBe('plan.quotaPeriod');
    expect(value(app, 'lab-sweep-xv')).toBe('none, year');
    expect(value(app, 'lab-sweep-y')).toBe('market.wordOfMouth');
    expect(value(app, 'lab-sweep-yv')).toBe('0.5, 2');
    expect(value(app, 'lab-sweep-seeds')).toBe('a, b');
    expect(text(app, 'lab-status')).toContain('18 runs in');
    await app.click('lab-run-sweep');
    await status(app, /^8 runs in/);
    const ranHashes = (await (await downloads.next(() => (app as AppUnderTest).click('lab-csv-runs'))).text()).trim().split('\n').slice(1).map((l) => l.split(',').at(-1));
    expect(ranHashes).toEqual(expandSpec(checkSpec(uploaded)).map((r) => simulate({ params: r.params, seed: r.seed }).hash));

    // a spec the form cannot show (two scenarios) changes nothing but can run as it is
    await upload(app, 'two.json', { scenario: ['founder', 'sales-director'], seeds: 1, weeks: 4 });
    await app.get('lab-run-as-is');
    expect(value(app, 'lab-scenario')).toBe('sales-director');
    await app.click('lab-run-as-is');
    await status(app, /^2 runs in/);
    await app.click('lab-reset-all');

    // a long run is cancelled: the status says so and nothing moves after
    await app.fill('lab-seeds', '500');
    await app.click('lab-run-seeds');
    await status(app, /^[1-9]\d* of 500 runs/);
    await app.click('lab-cancel');
    await status(app, /Cancelled after/);
    const after = text(app, 'lab-status');
    await new Promise((r) => setTimeout(r, 1500));
    expect(text(app, 'lab-status')).toBe(after);
    expect(Number(/after (\d+) of 500/.exec(after)?.[1])).toBeLessThan(500);
    expect(control(app, 'lab-cancel').hidden).toBe(true);

    // a parameter's link opens the submodel where it acts
    row('plan.quota')?.querySelector<HTMLAnchorElement>('.lab-doc')?.click();
    await app.get('lab-model');
    // plan.quota is first named where a period closes when it changes (the Period submodel)
    expect(location.hash).toContain('#/lab/model?at=period');
    const target = await waitUntil('the Period submodel marked', () => document.querySelector('#md-period.lab-target'));
    expect(target.textContent).toContain('plan.quota');
  });

  it('a bad upload is said in the page’s language', async () => {
    for (const [language, notJson, cannot] of [
      ['en-GB', 'The file “bad.json” cannot be loaded: it is not JSON. Nothing was changed.', 'cannot be loaded'],
      ['fr-FR', 'Le fichier « bad.json » ne peut pas être chargé : ce n’est pas du JSON. Rien n’a été changé.', 'ne peut pas être chargé'],
    ]) {
      app = await openApp('#/lab', { language });
      await app.get('lab');
      await upload(app, 'bad.json', 'not json');
      expect(text(app, 'lab-sweep-problem')).toBe(notJson);
      await upload(app, 'seeds.json', { scenario: 'founder', seeds: 0 });
      expect(text(app, 'lab-sweep-problem')).toContain(cannot);
      app.dispose();
      localStorage.clear();
    }
  });
});
