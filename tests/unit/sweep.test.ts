/**
 * `salesfloor sweep`: the example spec (made small) through main()
 * and through the real bin, bundled and from the sources. The rows are the
 * same bytes whatever the worker count, the Parquet twins read back
 * (hyparquet) to the CSV's values, a run's row is `salesfloor run` of the same
 * scenario, seed and parameters, and every bad input is exit 2 with one line.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, recordsToCsv } from '../../src/shared/csv';
import { runRow, weekRows } from '../../src/lab/rows';
import { checkSpec, expandSpec } from '../../src/lab/sweepSpec';
import { MODEL_VERSION, simulate } from '../../src/sim';
import { DEFAULT_MEASURES, measureRun } from '../../src/research/measures';
import { expectOneLineErrors, inProcess, SPEC, viaBin, writeSpec } from './cliHarness';

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-sweep-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const read = (dir: string, file: string) => readFileSync(join(TMP, dir, file), 'utf8');
const DATA = ['runs.csv', 'weeks.csv', 'points.csv', 'runs.parquet', 'weeks.parquet', 'points.parquet'];
/** the one line before a sweep: its size and an estimate */
const PLAN = /^sweep: 18 runs \(1 × 6 × 3: scenarios × design points × seeds\), at most about \d+ (s|min) on [12] workers? \(scaled from a first, cold run\)\n$/;

let spec: string;
beforeAll(async () => {
  spec = writeSpec(TMP);
  for (const workers of ['1', '2']) {
    const r = await inProcess(['sweep', '--spec', spec, '--workers', workers, '--out', join(TMP, `w${workers}`)]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: expect.stringMatching(PLAN) });
  }
}, 60_000);

describe('salesfloor sweep', () => {
  it('writes one row per run and per run × week, in the sweep\'s order, with its columns', () => {
    const [head, ...rows] = parseCsv(read('w1', 'runs.csv'), ',');
    expect(head.slice(0, 6)).toEqual(['index', 'scenario', 'seed', 'point', 'plan.commissionRate', 'market.wordOfMouth']);
    expect(head.at(-1)).toBe('hash');
    expect(head).toContain('finalReputation');
    expect(rows).toHaveLength(18);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 18 }, (_, i) => String(i)));
    // first vary key slowest, then the second, then the seed
    expect(rows.slice(0, 4).map((r) => r.slice(2, 6))).toEqual([['1', '0', '0', '0.5'], ['2', '0', '0', '0.5'], ['3', '0', '0', '0.5'], ['1', '1', '0', '1']]);
    const weeks = parseCsv(read('w1', 'weeks.csv'), ',');
    expect(weeks).toHaveLength(1 + 18 * 26);
    expect(weeks[0].slice(0, 8)).toEqual(['index', 'scenario', 'seed', 'point', 'plan.commissionRate', 'market.wordOfMouth', 'week', 'quarter']);
    // each run's weeks as the game numbers them: 1 to 26, the 14th the first of quarter 2
    expect(weeks.slice(1, 27).map((r) => [r[6], r[7]])).toEqual(Array.from({ length: 26 }, (_, i) => [String(i + 1), i < 13 ? '1' : '2']));
  });

  it('writes what the lab\'s row builders (src/lab/rows.ts) give, with simulate() in this thread', () => {
    const runs = expandSpec(checkSpec(SPEC));
    const outcomes = runs.map((run) => simulate({ params: run.params, seed: run.seed }));
    const names = Object.keys(DEFAULT_MEASURES);
    const measures = (i: number) => ({ names, values: measureRun(DEFAULT_MEASURES, outcomes[i].weeks) });
    expect(recordsToCsv(runs.map((run, i) => runRow(run, outcomes[i], measures(i))))).toBe(read('w1', 'runs.csv'));
    expect(recordsToCsv(runs.flatMap((run, i) => weekRows(run, outcomes[i].weeks)))).toBe(read('w1', 'weeks.csv'));
  });

  it('gives the same bytes with 1 and with 2 workers', () => {
    for (const file of DATA) expect(readFileSync(join(TMP, 'w2', file)).equals(readFileSync(join(TMP, 'w1', file))), file).toBe(true);
  });

  it('writes Parquet twins that read back to the CSV\'s values', async () => {
    for (const table of ['runs', 'weeks']) {
      const [head, ...rows] = parseCsv(read('w2', `${table}.csv`), ',');
      const bytes = readFileSync(join(TMP, 'w2', `${table}.parquet`));
      const objects = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
      expect(objects).toHaveLength(rows.length);
      expect(Object.keys(objects[0])).toEqual(head);
      objects.forEach((o, i) => expect(head.map((c) => String(o[c]))).toEqual(rows[i]));
      // every seed of the spec is a whole number: an integer column, as pandas reads the CSV
      expect(typeof objects[0].seed).toBe('number');
      expect(typeof objects[0].index).toBe('number');
    }
  });

  it('gives a run the row and weeks `salesfloor run` gives the same scenario, seed and parameters', async () => {
    const rows = parseCsv(read('w1', 'runs.csv'), ',');
    const head = rows[0];
    const row = rows[1 + 10]; // commission 0.04, word of mouth 1, seed 2
    expect(row.slice(2, 6)).toEqual(['2', '3', '0.04', '1']);
    const r = await inProcess(['run', '--scenario', 'founder', '--seed', '2', '--weeks', '26', '--set', 'plan.quotaPeriod=quarter', '--set', 'plan.commissionRate=0.04', '--set', 'market.wordOfMouth=1']);
    const doc = JSON.parse(r.stdout) as { hash: string; totals: Record<string, number> };
    expect(row.at(-1)).toBe(doc.hash);
    for (const [key, value] of Object.entries(doc.totals)) expect(row[head.indexOf(key)], key).toBe(String(value));
    const csv = await inProcess(['run', '--scenario', 'founder', '--seed', '2', '--weeks', '26', '--set', 'plan.quotaPeriod=quarter', '--set', 'plan.commissionRate=0.04', '--set', 'market.wordOfMouth=1', '--format', 'csv']);
    const weekLines = read('w1', 'weeks.csv').split('\n').filter((line) => line.startsWith('10,'));
    expect(weekLines.map((line) => line.split(',').slice(6).join(','))).toEqual(csv.stdout.trim().split('\n').slice(1));
  });

  it('writes a manifest: model, commit, spec, seeds, shard, workers, date, runtime, command, rows', () => {
    const m = JSON.parse(read('w2', 'manifest.json'));
    expect(m.model).toEqual({ name: 'salesfloor', version: MODEL_VERSION });
    expect(m.commit === null || /^[0-9a-f]{40}$/.test(m.commit)).toBe(true);
    expect(m.spec).toEqual(SPEC);
    expect(m.seeds).toEqual(['1', '2', '3']);
    expect(m.shard).toBeNull();
    expect(m.workers).toBe(2);
    expect(new Date(m.started).toISOString()).toBe(m.started);
    expect(m.runtimeSeconds).toBeGreaterThan(0);
    expect(m.command).toBe(`salesfloor sweep --spec ${spec} --workers 2 --out ${join(TMP, 'w2')}`);
    expect(m.rows).toEqual({ runs: 18, weeks: 18 * 26 });
  });

  it('prints runs.csv without --out, and only its shard with --shard (1-based)', async () => {
    const all = await inProcess(['sweep', '--spec', spec, '--workers', '1']);
    expect(all.code).toBe(0);
    expect(all.stdout).toBe(read('w1', 'runs.csv'));
    const shard = await inProcess(['sweep', '--spec', spec, '--workers', '1', '--shard', '2/4']);
    const lines = all.stdout.trim().split('\n');
    expect(shard.stdout.trim().split('\n')).toEqual([lines[0], ...lines.slice(1).filter((_, i) => i % 4 === 1)]);
  }, 30_000);

  it('answers every bad input with exit 2, one line on stderr and nothing on stdout', async () => {
    const notJson = writeSpec(TMP, '{"scenario": ', 'broken.json');
    const badKey = writeSpec(TMP, { ...SPEC, vary: { 'plan.nope': [1] } }, 'badkey.json');
    const badValue = writeSpec(TMP, { ...SPEC, vary: { 'plan.commissionRate': [5] } }, 'badvalue.json');
    const extra = writeSpec(TMP, { ...SPEC, colour: 'red' }, 'extra.json');
    const cases: [string[], RegExp][] = [
      [['sweep'], /needs --spec/],
      [['sweep', '--spec', join(TMP, 'missing.json')], /cannot read the spec .*missing\.json: no such file/],
      [['sweep', '--spec', TMP], /cannot read the spec .*: it is a directory/],
      [['sweep', '--spec', notJson], /broken\.json: not valid JSON/],
      [['sweep', '--spec', badKey], /badkey\.json: .*plan\.nope/],
      [['sweep', '--spec', badValue], /badvalue\.json: .*plan\.commissionRate/],
      [['sweep', '--spec', extra], /extra\.json: .*colour/],
      ...['0/3', '4/3', '1/0', 'x', '2', '1/2/3', '-1/2'].map((s): [string[], RegExp] => [['sweep', '--spec', spec, '--shard', s], /malformed --shard/]),
      ...['0', '-1', 'x', '1.5', '257'].map((w): [string[], RegExp] => [['sweep', '--spec', spec, '--workers', w], /malformed --workers/]),
      [['sweep', '--spec', spec, '--seed', '2'], /unknown option "--seed" for sweep/],
      [['sweep', '--spec', spec, '--out', join(notJson, 'sub')], /cannot write/],
    ];
    await expectOneLineErrors(cases);
    const fr = await inProcess(['sweep', '--spec', spec, '--shard', '5/4'], 'fr_FR.UTF-8');
    expect(fr).toEqual({ code: 2, stdout: '', stderr: 'salesfloor\u202f: --shard «\u202f5/4\u202f» mal formé\u202f: attendu i/n avec 1 ≤ i ≤ n, par exemple 2/4\n' });
    // the spec's own problems: did you mean, and in French
    const typo = writeSpec(TMP, { ...SPEC, vary: { 'plan.comissionRate': [0.04] } }, 'typo.json');
    expect((await inProcess(['sweep', '--spec', typo])).stderr).toBe(`salesfloor: spec ${typo}: unknown parameter "plan.comissionRate"; did you mean plan.commissionRate?\n`);
    expect((await inProcess(['sweep', '--spec', typo], 'fr_FR.UTF-8')).stderr).toBe(`salesfloor\u202f: spec ${typo}\u202f: paramètre inconnu «\u202fplan.comissionRate\u202f»\u202f; vouliez-vous dire plan.commissionRate\u202f?\n`);
    expect((await inProcess(['sweep', '--spec', badValue], 'fr_FR.UTF-8')).stderr).toBe(`salesfloor\u202f: spec ${badValue}\u202f: plan.commissionRate doit être compris entre 0 et 0.3 part (reçu 5)\n`);
  }, 30_000);

  it('runs through the real bin, bundled and from the sources, to the same bytes', async () => {
    const [bundled, sources] = await Promise.all([
      viaBin(['sweep', '--spec', spec, '--workers', '2', '--out', join(TMP, 'bin')]),
      viaBin(['sweep', '--spec', spec, '--workers', '2', '--out', join(TMP, 'tsx')], { SALESFLOOR_CLI_TSX: '1' }),
    ]);
    expect(bundled).toEqual({ code: 0, stdout: '', stderr: expect.stringMatching(PLAN) });
    expect(sources).toEqual({ code: 0, stdout: '', stderr: expect.stringMatching(PLAN) });
    for (const file of DATA) {
      expect(readFileSync(join(TMP, 'bin', file)).equals(readFileSync(join(TMP, 'w1', file))), file).toBe(true);
      expect(readFileSync(join(TMP, 'tsx', file)).equals(readFileSync(join(TMP, 'w1', file))), file).toBe(true);
    }
    const bad = await viaBin(['sweep', '--spec', spec, '--shard', '3/2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('salesfloor: malformed --shard "3/2": expected i/n with 1 ≤ i ≤ n, such as 2/4\n');
  }, 60_000);
});
