/**
 * Sweeps a paper can trust (issue 20 §1, §4): sample designs (Latin
 * hypercube, Sobol) crossed with the grid and indexed, not listed; the spec's
 * refusals, each one line in both languages; --dry-run; an empty shard's
 * headers; the seed column's type; the points table; measures as columns;
 * provenance in the manifest and the Parquet metadata; merge refusing shards of
 * other model sources. Small markets and short runs: one test runs workers.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import { hasKey, t } from '../../src/i18n';
import { columnKind } from '../../src/lab/rows';
import { checkSpec, designOf, expandSpec, measureColumns, runAt, sweepSize } from '../../src/lab/sweepSpec';
import { specRefusal } from '../fixtures/specRefusal';
import { lhsPoints } from '../../src/research/designs';
import { sobolPoints } from '../../src/research/sobolSequence';
import { DEFAULT_MEASURES, measureRun } from '../../src/research/measures';
import { parseSeeds } from '../../src/cli/runList';
import { durationText, relativeWork } from '../../src/cli/commands/sweep';
import { translator } from '../../src/cli/locale';
import { parseCsv } from '../../src/shared/csv';
import { simulate } from '../../src/sim';
import { expectOneLineErrors, inProcess, writeSpec } from './cliHarness';

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-design-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const arrayBuffer = (file: string): ArrayBuffer => new Uint8Array(readFileSync(file)).buffer;

const SMALL = { 'market.size': 200, 'plan.quotaPeriod': 'quarter' };

const problem = (spec: unknown) => specRefusal(checkSpec, spec);

describe('sample designs', () => {
  it('draws a Latin hypercube: one point in each of the n strata of every dimension, the same from the same seed', () => {
    const points = lhsPoints(16, 3, 'a');
    for (let d = 0; d < 3; d++) expect(points.map((p) => Math.floor(p[d] * 16)).sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i));
    expect(lhsPoints(16, 3, 'a')).toEqual(points);
    expect(lhsPoints(16, 3, 'b')).not.toEqual(points);
  });

  it('scales the sample over its ranges, whole numbers for whole-number parameters, crossed with the grid (grid slowest)', () => {
    const spec = checkSpec({
      scenario: 'founder', seeds: 2, set: SMALL, vary: { 'plan.commissionRate': [0.02, 0.06] },
      sample: { method: 'lhs', n: 8, seed: 'x', ranges: { 'market.wordOfMouth': [0.5, 1.5], 'reps.count': [4, 11] } },
    });
    expect(sweepSize(spec)).toBe(2 * 8 * 2);
    const runs = expandSpec(spec);
    expect(runs.map((r) => r.point)).toEqual(Array.from({ length: 32 }, (_, i) => Math.floor(i / 2)));
    expect(runs.slice(0, 16).every((r) => r.values['plan.commissionRate'] === 0.02)).toBe(true);
    expect(runs.slice(16).every((r) => r.values['plan.commissionRate'] === 0.06)).toBe(true);
    // the same sample under each grid point; every whole number of 4…11 once (8 strata, 8 values)
    const sample = runs.filter((r) => r.seed === '1').map((r) => [r.values['market.wordOfMouth'], r.values['reps.count']]);
    expect(sample.slice(8)).toEqual(sample.slice(0, 8));
    expect(sample.slice(0, 8).map(([, c]) => c).sort((a, b) => Number(a) - Number(b))).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    for (const [w] of sample) expect(w).toBeGreaterThanOrEqual(0.5);
    expect(runs[5].params).toMatchObject({ 'market.size': 200, 'plan.commissionRate': 0.02, 'reps.count': runs[5].values['reps.count'] });
    // indexed: the run at any index is the expanded list's
    const design = designOf(spec);
    for (const i of [0, 7, 31]) expect(runAt(design, i)).toEqual(runs[i]);
    // a shard is every n-th run, the same runs
    expect(expandSpec(spec, 2, 5)).toEqual(runs.filter((r) => r.index % 5 === 2));
  });

  it('takes a Sobol sequence from its skip, the points of src/research/sobolSequence.ts scaled', () => {
    const spec = checkSpec({ scenario: 'founder', seeds: 1, set: SMALL, sample: { method: 'sobol', n: 4, skip: 8, ranges: { 'market.wordOfMouth': [0, 2], 'reps.integrity': [0.2, 0.6] } } });
    const unit = sobolPoints(4, 2, 8);
    expect(expandSpec(spec).map((r) => r.values)).toEqual(unit.map(([a, b]) => ({ 'market.wordOfMouth': 2 * a, 'reps.integrity': 0.2 + b * (0.6 - 0.2) })));
  });

  it('types the seed column from the spec alone: whole numbers as written are an integer, anything else text', () => {
    const kind = (seeds: unknown) => columnKind(checkSpec({ scenario: 'founder', seeds }), 'seed');
    expect(kind(3)).toBe('int');
    expect(kind([1, '2', 30])).toBe('int');
    for (const seeds of [['07'], ['a', '1'], ['-1'], ['1e3'], ['12345678901']]) expect(kind(seeds), JSON.stringify(seeds)).toBe('text');
    expect(columnKind(checkSpec({ scenario: 'founder', seeds: 1 }), 'plan.quotaPeriod')).toBe('text');
    expect(columnKind(checkSpec({ scenario: 'founder', seeds: 1 }), 'point')).toBe('int');
  });
});

describe('refused specs', () => {
  const base = { scenario: 'founder', seeds: 2 };
  const cases: [unknown, string, RegExp][] = [
    [{ ...base, varry: { 'plan.commissionRate': [0.04] } }, 'inputErrors.specKeyNear', /^the spec has no key "varry"; did you mean vary\?$/],
    [{ ...base, colour: 'red' }, 'inputErrors.specKey', /^the spec has no key "colour"; its keys are scenario, seeds, /],
    [{ scenario: 'founder', seeds: [1, '2', '1'] }, 'inputErrors.seedTwice', /^seed "1" is in seeds twice/],
    [{ ...base, vary: { 'plan.commissionRate': [0.02, 0.04, 0.02] } }, 'inputErrors.valueTwice', /^vary: plan\.commissionRate has the value 0\.02 twice/],
    [{ ...base, set: { 'plan.commissionRate': 0.02 }, vary: { 'plan.commissionRate': [0.04] } }, 'inputErrors.keyTwice', /^plan\.commissionRate is in both set and vary; give it in one place$/],
    [{ ...base, weeks: 26, set: { 'run.weeks': 13 } }, 'inputErrors.keyTwice', /^run\.weeks is in both weeks and set/],
    [{ ...base, vary: { 'market.wordOfMouth': [1] }, sample: { method: 'lhs', n: 4, ranges: { 'market.wordOfMouth': [0, 2] } } }, 'inputErrors.keyTwice', /in both vary and sample\.ranges/],
    [{ ...base, set: { 'plan.commissionRate': '0.5' } }, 'inputErrors.stringForNumber', /^plan\.commissionRate is a number: write it without quotes \(got "0\.5"\)$/],
    [{ ...base, vary: { 'reps.count': [4, '8'] } }, 'inputErrors.stringForNumber', /^reps\.count is a number/],
    [{ ...base, sample: { method: 'lhs', n: 4, ranges: {} } }, 'inputErrors.sampleNoRanges', /^sample\.ranges: name at least one/],
    [{ ...base, sample: { method: 'lhs', n: 4, ranges: { 'plan.quotaPeriod': [0, 1] } } }, 'inputErrors.rangeChoice', /plan\.quotaPeriod is a choice/],
    [{ ...base, sample: { method: 'lhs', n: 4, ranges: { 'market.wordOfMouth': [2, 1] } } }, 'inputErrors.rangeOrder', /needs its first number below its second/],
    [{ ...base, sample: { method: 'sobol', n: 4, seed: 'x', ranges: { 'market.wordOfMouth': [0, 1] } } }, 'inputErrors.sobolSeed', /^sample\.seed: a Sobol sequence is not random/],
    [{ ...base, sample: { method: 'lhs', n: 4, skip: 2, ranges: { 'market.wordOfMouth': [0, 1] } } }, 'inputErrors.lhsSkip', /^sample\.skip: only a Sobol sequence/],
    [{ ...base, sample: { method: 'lhs', n: 4, ranges: { 'market.wordOfMouth': [0, 99] } } }, 'inputErrors.outOfRange', /market\.wordOfMouth must be from/],
    [{ ...base, measures: { deals: { sum: 'deals' } } }, 'inputErrors.measureIsTotal', /^measure "deals" is already a column of runs\.csv/],
  ];

  it('refuses each with one sentence and its key, said differently in French', () => {
    for (const [spec, key, message] of cases) {
      const error = problem(spec);
      expect(error.key, JSON.stringify(spec)).toBe(key);
      expect(error.message).toMatch(message);
      expect(t(error.key, error.vars, 'en')).toBe(error.message);
      expect(hasKey(error.key, 'fr'), error.key).toBe(true);
      expect(t(error.key, error.vars, 'fr')).not.toBe(error.message);
      expect(t(error.key, error.vars, 'fr')).not.toMatch(/\{\w+\}/);
    }
    expect(t(problem(cases[0][0]).key, problem(cases[0][0]).vars, 'fr')).toBe('la spec n\u2019a pas de clé «\u202fvarry\u202f»\u202f; vouliez-vous dire vary\u202f?');
  });

  it('refuses them on the command line with exit 2 and one line, and malformed --seeds ranges too', async () => {
    const files = cases.slice(0, 9).map(([spec], i): [string[], RegExp] => [['sweep', '--spec', writeSpec(TMP, spec, `bad${i}.json`)], new RegExp(`bad${i}\\.json: .*${cases[i][2].source.replace(/^\^|\$$/g, '')}`)]);
    await expectOneLineErrors([
      ...files,
      ...['1-', '-5', '1--3', '1-2-3', ' - '].map((s): [string[], RegExp] => [['run', '--scenario', 'founder', '--seeds', s], /malformed seed range ".*": expected two whole numbers joined by a dash/]),
      [['run', '--scenario', 'founder', '--seeds', '5-2'], /malformed seed range "5-2": the first number must not be above the second/],
      [['sweep', '--spec', files[0][0][2], '--dry-run=yes'], /option --dry-run takes no value/],
    ]);
    expect(parseSeeds('a-b,3')).toEqual(['a-b', '3']);
    expect((await inProcess(['run', '--scenario', 'founder', '--seeds', '1-'], 'fr_FR.UTF-8')).stderr).toBe('salesfloor\u202f: plage de graines «\u202f1-\u202f» mal formée\u202f: attendu deux nombres entiers reliés par un tiret, par exemple 1-200\n');
  });
});

describe('the line before a sweep', () => {
  it('says the estimate in whole seconds, minutes or hours, in each language', () => {
    const [en, fr] = [translator('en'), translator('fr')];
    expect([0.2, 44.6, 150, 7200].map((s) => durationText(s, en))).toEqual(['1 s', '45 s', '3 min', '2 h']);
    expect(durationText(44.6, fr)).toBe('45\u202fs');
  });

  it('scales the first run\'s time by the weeks × customers of the design\'s points', () => {
    const relative = (spec: unknown) => relativeWork(designOf(checkSpec(spec)));
    expect(relative({ scenario: 'founder', seeds: 3, set: { 'run.weeks': 26 }, vary: { 'market.size': [200, 600] } })).toBe(2);
    expect(relative({ scenario: 'founder', seeds: 3, set: { 'market.size': 500 }, vary: { 'run.weeks': [10, 20, 30] } })).toBe(2);
    expect(relative({ scenario: 'founder', seeds: 3, vary: { 'plan.commissionRate': [0, 0.1] } })).toBe(1);
  });
});

describe('salesfloor sweep --dry-run', () => {
  it('prints the plan line, the size and the first runs of a 280,000-run grid, running one and listing none', async () => {
    const spec = writeSpec(TMP, {
      scenario: 'founder', seeds: 200,
      vary: { 'plan.commissionRate': Array.from({ length: 40 }, (_, i) => i / 200), 'market.wordOfMouth': Array.from({ length: 35 }, (_, i) => 0.1 + i / 20) },
    }, 'big.json');
    const r = await inProcess(['sweep', '--spec', spec, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^sweep: 280000 runs \(1 × 1400 × 200: scenarios × design points × seeds\), at most about .+ on \d+ workers? \(scaled from a first, cold run\)\n$/);
    const [line, ...table] = r.stdout.trim().split('\n');
    expect(line).toBe('dry run: 280000 runs (1 × 1400 × 200: scenarios × design points × seeds); only the first run was made, to time the estimate. The first runs:');
    expect(table).toEqual(['index,scenario,seed,point,plan.commissionRate,market.wordOfMouth', '0,founder,1,0,0,0.1', '1,founder,2,0,0,0.1', '2,founder,3,0,0,0.1', '3,founder,4,0,0,0.1', '4,founder,5,0,0,0.1']);
    const shard = await inProcess(['sweep', '--spec', spec, '--dry-run', '--shard', '3/7']);
    expect(shard.stdout.split('\n').slice(0, 4)).toEqual([
      'dry run: shard 3 of 7: 40000 runs of the 280000 of the sweep (1 × 1400 × 200: scenarios × design points × seeds); only the sweep\'s first run was made, to time the estimate. Its first runs:',
      'index,scenario,seed,point,plan.commissionRate,market.wordOfMouth', '2,founder,3,0,0,0.1', '9,founder,10,0,0,0.1',
    ]);
  });
});

describe('a sweep\'s files', () => {
  it('writes measures, points and provenance; an empty shard writes headers; merge refuses other model sources', async () => {
    const spec = { scenario: 'founder', seeds: [1, 2], weeks: 8, set: SMALL, vary: { 'plan.commissionRate': [0.02, 0.06] }, measures: { early: { sum: 'deals', weeks: '1-4' }, late: { sum: 'deals', weeks: '5-8' }, gap: { diff: ['late', 'early'] } } };
    const file = writeSpec(TMP, spec, 'files.json');
    const dir = (name: string) => join(TMP, name);
    const whole = await inProcess(['sweep', '--spec', file, '--workers', '1', '--out', dir('whole')]);
    expect(whole.code, whole.stderr).toBe(0);
    const [head, ...rows] = parseCsv(readFileSync(join(dir('whole'), 'runs.csv'), 'utf8').trim(), ',');
    // the defaults (but those that are totals already), then the spec's, then the hash
    expect(head.slice(head.indexOf('activeCustomers') + 1)).toEqual([...measureColumns(Object.keys(DEFAULT_MEASURES)), 'early', 'late', 'gap', 'hash']);
    expect(head).toContain('y2Profit');
    expect(head.filter((c) => c === 'finalReputation')).toHaveLength(1);
    const run = expandSpec(checkSpec(spec))[3];
    const result = simulate({ params: run.params, seed: run.seed });
    const [early, late] = [measureRun({ e: { sum: 'deals', weeks: '1-4' } }, result.weeks)[0], measureRun({ l: { sum: 'deals', weeks: '5-8' } }, result.weeks)[0]];
    expect([rows[3][head.indexOf('early')], rows[3][head.indexOf('late')], rows[3][head.indexOf('gap')]]).toEqual([String(early), String(late), String(late - early)]);
    expect(rows[3][head.indexOf('y2Profit')]).toBe('NaN'); // an 8-week run has no year 2
    expect(rows[3][head.indexOf('totalProfit')]).toBe(String(measureRun(DEFAULT_MEASURES, result.weeks)[Object.keys(DEFAULT_MEASURES).indexOf('totalProfit')]));

    // points.csv: a run's full parameter set, one join away on `point`
    const [pHead, ...points] = parseCsv(readFileSync(join(dir('whole'), 'points.csv'), 'utf8').trim(), ',');
    expect(points).toHaveLength(2);
    expect(pHead.slice(0, 2)).toEqual(['point', 'scenario']);
    const joined = points[Number(rows[3][3])];
    for (const [key, value] of Object.entries(run.params)) expect(joined[pHead.indexOf(key)], key).toBe(String(value));

    // provenance: manifest and every Parquet file's key-value metadata
    const manifest = JSON.parse(readFileSync(join(dir('whole'), 'manifest.json'), 'utf8'));
    expect(manifest.sourcesHash).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof manifest.dirty === 'boolean' || manifest.dirty === null).toBe(true);
    expect(manifest.rng.algorithm).toBeDefined();
    expect(manifest.points).toBe(2);
    for (const table of ['runs', 'weeks', 'points']) {
      const kv = Object.fromEntries((parquetMetadata(arrayBuffer(join(dir('whole'), `${table}.parquet`))).key_value_metadata ?? []).map((e) => [e.key, e.value]));
      expect(JSON.parse(kv['salesfloor.sourcesHash'] ?? 'null'), table).toBe(manifest.sourcesHash);
      expect(JSON.parse(kv['salesfloor.spec'] ?? 'null')).toEqual(spec);
      expect(JSON.parse(kv['salesfloor.model'] ?? 'null')).toEqual(manifest.model);
    }

    // an empty shard (more shards than runs): headers, and Parquet files with the columns and no rows
    const empty = await inProcess(['sweep', '--spec', file, '--workers', '1', '--shard', '6/6', '--out', dir('empty')]);
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stderr).toMatch(/^sweep: shard 6 of 6: 0 runs of the 4 of the sweep/);
    for (const table of ['runs', 'weeks']) {
      const text = readFileSync(join(dir('empty'), `${table}.csv`), 'utf8');
      expect(text.split('\n')).toHaveLength(2);
      expect(text).toBe(readFileSync(join(dir('whole'), `${table}.csv`), 'utf8').split('\n')[0] + '\n');
      const parquet = arrayBuffer(join(dir('empty'), `${table}.parquet`));
      expect(parquetMetadata(parquet).schema.slice(1).map((s) => s.name)).toEqual(text.trim().split(','));
      expect(await parquetReadObjects({ file: parquet })).toEqual([]);
    }
    const stdoutEmpty = await inProcess(['sweep', '--spec', file, '--workers', '1', '--shard', '6/6']);
    expect(stdoutEmpty.stdout).toBe(`${head.join(',')}\n`);

    // merge, with the empty shard beside one that holds every run, gives the whole sweep's bytes
    const merged = await inProcess(['merge', '--out', dir('merged'), dir('empty'), dir('whole')]);
    expect(merged).toEqual({ code: 0, stdout: '', stderr: '' });
    for (const f of ['runs.csv', 'weeks.csv', 'points.csv', 'runs.parquet', 'weeks.parquet', 'points.parquet']) {
      expect(readFileSync(join(dir('merged'), f)).equals(readFileSync(join(dir('whole'), f))), f).toBe(true);
    }
    // a shard of other model sources (the same version, an edited model), or of unknown sources, is refused
    const edit = (name: string, change: object) => {
      cpSync(dir('empty'), dir(name), { recursive: true });
      writeFileSync(join(dir(name), 'manifest.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir('empty'), 'manifest.json'), 'utf8')), ...change }));
    };
    edit('edited', { sourcesHash: '0'.repeat(64), dirty: true });
    edit('old', { sourcesHash: undefined });
    await expectOneLineErrors([
      [['merge', '--out', dir('x'), dir('whole'), dir('edited')], /edited was made from other model sources than .*whole \(their sourcesHash differs: an edited model\)/],
      [['merge', '--out', dir('x'), dir('old'), dir('whole')], /old records no hash of its model's sources/],
    ]);
  }, 30_000);
});
