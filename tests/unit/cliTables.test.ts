/**
 * The tables of `salesfloor run --table`: the run they watch is simulate()'s
 * (same hash), and each agrees with the week records the model folds into its
 * hash — the per-rep panel sums to the team's week, the customers to the
 * run's deals and revenue, the events to its deals and quits. The run
 * document keeps the bytes it always had (the share tests compare it with the
 * browser's export).
 */
import { describe, expect, it } from 'vitest';
import { encodeRunCode } from '../../src/codes/runCode';
import { runChunk, type Output } from '../../src/cli/runChunk';
import { runWatched } from '../../src/cli/tables/runWatched';
import { DEAL_SOURCES, MODEL_VERSION, simulate, weekNumber, type Decision } from '../../src/sim';
import { documentRows } from '../../src/shared/dataWeek';
import { scenarioParams } from '../../src/scenarios';
import { inProcess } from './cliHarness';

const DECISIONS: Decision[] = [
  { week: 5, type: 'set', key: 'plan.commissionRate', value: 0.12 },
  { week: 8, type: 'hire', count: 2 },
  { week: 10, type: 'event', event: 'recession', size: 0.3, weeks: 6 },
];
const SPEC = { params: scenarioParams('sales-director', { 'run.weeks': 40 }), seed: '5', decisions: DECISIONS };
const SIM = simulate(SPEC);

type Rows = { columns: string[]; rows: (string | number | boolean | null | undefined)[][] };
const table = (name: 'reps' | 'customers') => runWatched(SPEC, name).out as Rows;
const column = (t: Rows, name: string) => {
  const i = t.columns.indexOf(name);
  expect(i, name).toBeGreaterThanOrEqual(0);
  return (row: Rows['rows'][number]) => row[i];
};
const total = (t: Rows, rows: Rows['rows'], name: string) => rows.reduce<number>((sum, r) => sum + Number(column(t, name)(r) || 0), 0);

describe('run tables watch the same run', () => {
  it.each(['reps', 'customers', 'events'] as const)('%s: the hash and the result are simulate()\'s', (name) => {
    const { result } = runWatched(SPEC, name);
    expect(result.hash).toBe(SIM.hash);
    expect(result.totals).toEqual(SIM.totals);
  });

  it('the per-rep panel adds up to each week of the team', () => {
    const reps = table('reps');
    // the panel's week as the game numbers it: the model's week w is the row of week w + 1
    const week = column(reps, 'week');
    for (const w of SIM.weeks) {
      const rows = reps.rows.filter((r) => week(r) === weekNumber(w.week));
      for (const key of ['deals', 'visits', 'misconduct'] as const) expect(total(reps, rows, key), `${key} week ${w.week}`).toBe(w[key]);
      for (const key of ['revenue', 'pay', 'incentivePay'] as const) expect(total(reps, rows, key)).toBeCloseTo(w[key], 6);
      expect(total(reps, rows, 'quit'), `quits week ${w.week}`).toBe(w.quits);
      expect(rows.filter((r) => column(reps, 'active')(r) === 1)).toHaveLength(w.headcount);
    }
    // the two hires decided at the model's week 8 have their first row that week (the game's week 9); the starting team has none
    expect(reps.rows.filter((r) => column(reps, 'hired')(r) === 1 && week(r) === 9).length).toBeGreaterThanOrEqual(2);
    expect(reps.rows.filter((r) => week(r) === 1 && column(reps, 'hired')(r) === 1)).toHaveLength(0);
    // a quota plan: attainment is sales over quota as the week left them
    const some = reps.rows.find((r) => Number(column(reps, 'quota')(r)) > 0 && Number(column(reps, 'periodSales')(r)) > 0);
    expect(some).toBeDefined();
    if (some) expect(column(reps, 'attainment')(some)).toBeCloseTo(Number(column(reps, 'periodSales')(some)) / Number(column(reps, 'quota')(some)), 12);
  });

  it('the customers hold every customer, the run\'s deals and revenue, and how each was first sold', () => {
    const cu = table('customers');
    expect(cu.rows).toHaveLength(SPEC.params['market.size']);
    expect(total(cu, cu.rows, 'deals')).toBe(SIM.totals.deals);
    expect(total(cu, cu.rows, 'revenue')).toBeCloseTo(SIM.totals.revenue, 4);
    const status = column(cu, 'status');
    expect(cu.rows.filter((r) => status(r) === 'active')).toHaveLength(SIM.weeks[SIM.weeks.length - 1].activeCustomers);
    const sold = cu.rows.filter((r) => Number(column(cu, 'deals')(r)) > 0);
    expect(sold.length).toBeGreaterThan(0);
    for (const r of sold) {
      expect(DEAL_SOURCES).toContain(column(cu, 'source')(r));
      expect(Number(column(cu, 'tenure')(r))).toBeGreaterThanOrEqual(0);
    }
    // a return is a refund, not a loss: customers still active after returning an order have no loss of their own
    const lost = column(cu, 'lostWeek');
    const returnedOnly = cu.rows.filter((r) => status(r) === 'active' && Number(column(cu, 'returns')(r)) > 0 && lost(r) === '');
    expect(returnedOnly.length).toBeGreaterThan(0);
    // never sold: no first sale, no tenure, no owner
    const never = cu.rows.find((r) => status(r) === 'prospect' && Number(column(cu, 'deals')(r)) === 0);
    expect(never && [column(cu, 'firstSaleWeek')(never), column(cu, 'tenure')(never), column(cu, 'source')(never)]).toEqual(['', '', '']);
  });

  it('the events: every deal and quit of the run, and the decisions in their week', () => {
    const { out } = runWatched(SPEC, 'events');
    const records = (out as { records: Record<string, unknown>[] }).records;
    expect(records.filter((e) => e.type === 'deal')).toHaveLength(SIM.totals.deals);
    expect(records.filter((e) => e.type === 'quit')).toHaveLength(SIM.totals.quits);
    // the pipeline's holds and the market's closures, as the weeks count them
    const sum = (key: 'heldBack' | 'closures') => SIM.weeks.reduce((x, w) => x + w[key], 0);
    expect(records.filter((e) => e.type === 'hold')).toHaveLength(sum('heldBack'));
    expect(records.filter((e) => e.type === 'closure')).toHaveLength(sum('closures'));
    expect(sum('closures')).toBeGreaterThan(0);
    // the log's weeks 5, 8 and 10 (the model's index) as the game numbers them
    expect(records.filter((e) => e.type === 'decision')).toEqual([
      { week: 6, type: 'decision', decision: 'set', key: 'plan.commissionRate', value: 0.12 },
      { week: 9, type: 'decision', decision: 'hire', count: 2 },
      { week: 11, type: 'decision', decision: 'event', event: 'recession', size: 0.3, weeks: 6 },
    ]);
    expect(records.filter((e) => e.type === 'hire').length).toBeGreaterThanOrEqual(2);
    const weeks = records.map((e) => e.week as number);
    expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
    expect([weeks[0], weeks[weeks.length - 1]]).toEqual([1, 40]);
  });
});

describe('salesfloor run --table', () => {
  const task = (output: Output) => ({ scenario: 'sales-director', seed: '5', params: SPEC.params, decisions: DECISIONS, overrides: {}, output, many: false });

  it('the run document keeps its bytes: the fields in their order, two-space JSON', () => {
    const code = encodeRunCode({ model: MODEL_VERSION, scenario: 'sales-director', seed: '5', overrides: {}, decisions: DECISIONS, hash: SIM.hash });
    const { model, seed, params, hash, totals } = SIM;
    // the weeks and reps as the data files number weeks (the decisions keep the model's index)
    const legacy = `${JSON.stringify({ model, scenario: 'sales-director', seed, params, hash, code, decisions: DECISIONS, ...documentRows(SIM), totals }, null, 2)}\n`;
    expect(runChunk(task('document')).body).toBe(legacy);
  });

  it('prints each table: CSV with a header, events as one JSON object per line', async () => {
    const [reps, customers, events, weeks, csv] = await Promise.all(
      [['--table', 'reps'], ['--table', 'customers'], ['--table', 'events'], ['--table', 'weeks'], ['--format', 'csv']].map((flags) => inProcess(['run', '--scenario', 'founder', '--weeks', '13', ...flags])),
    );
    for (const r of [reps, customers, events, weeks]) expect([r.code, r.stderr]).toEqual([0, '']);
    expect(reps.stdout.split('\n')[0]).toMatch(/^week,rep,active,hired,quit,/);
    expect(customers.stdout.split('\n')[0]).toMatch(/^customer,status,firstSaleWeek,source,/);
    expect(customers.stdout.trimEnd().split('\n')).toHaveLength(scenarioParams('founder')['market.size'] + 1);
    for (const line of events.stdout.trimEnd().split('\n')) expect(Object.keys(JSON.parse(line)).slice(0, 2)).toEqual(['week', 'type']);
    expect(weeks.stdout).toBe(csv.stdout);
  });
});
