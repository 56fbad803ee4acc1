/**
 * Calibration by ABC-SMC (src/research/calibrate.ts, abcSmc.ts): data
 * simulated from known parameters is recovered within its intervals; the
 * same seed gives the same fit, inline or on worker threads; every refusal
 * of a calibration spec or of the team's data is one line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEvaluator } from '../../src/cli/evaluate';
import { calibrate, type CalibrationResult } from '../../src/research/calibrate';
import { checkCalibrationSpec, checkTeamData } from '../../src/research/calibrationSpec';
import { scenarioParams } from '../../src/scenarios';
import { toCsv } from '../../src/shared/csv';
import { dataWeek } from '../../src/shared/dataWeek';
import { simulate } from '../../src/sim';
import { expectOneLineErrors, inProcess, ROOT, writeSpec } from './cliHarness';

const set = { 'market.size': 150, 'reps.count': 4 };
const TRUTH = { 'reps.visitsPerWeek': 10, 'market.dealValue': 12000 };
const COLUMNS = ['deals', 'revenue', 'visits'] as const;

/** A team's weekly table as a CSV, from a run with the true parameters. */
function teamCsv(weeks: number, seed: string): string {
  const r = simulate({ params: scenarioParams('founder', set, { 'run.weeks': weeks }, TRUTH), seed });
  return toCsv([['week', ...COLUMNS], ...r.weeks.map((w) => [dataWeek(w.week), ...COLUMNS.map((c) => w[c])])]);
}

const SPEC = {
  scenario: 'founder',
  set,
  fit: { 'reps.visitsPerWeek': [4, 16], 'market.dealValue': [5000, 20000] },
  particles: 50,
  generations: 4,
  pilot: 20,
  check: 10,
  seed: 'recovery',
};

const fit = (spec: unknown, csv: string) => {
  const s = checkCalibrationSpec(spec);
  return calibrate(s, checkTeamData(csv, s), (measures) => openEvaluator({ workers: 'inline', measures }));
};

describe('parameter recovery', () => {
  it('recovers the parameters a 26-week team was simulated with, within the 95% intervals, narrower than the prior', async () => {
    const r = await fit(SPEC, teamCsv(26, 'truth'));
    for (const p of r.posterior) {
      const truth = TRUTH[p.key as keyof typeof TRUTH];
      expect(p.ci95[0], p.key).toBeLessThanOrEqual(truth);
      expect(p.ci95[1], p.key).toBeGreaterThanOrEqual(truth);
      // much narrower than the prior (without the Mahalanobis distance, pilot 0, a deal's value keeps 0.66 of it)
      const width = p.prior[1] - p.prior[0];
      expect(p.ci95[1] - p.ci95[0], p.key).toBeLessThan(0.6 * width);
      expect(p.sd, p.key).toBeLessThan(0.7 * (width / Math.sqrt(12)));
      expect(p.ci90[0]).toBeGreaterThanOrEqual(p.ci95[0]);
      expect(p.ci90[1]).toBeLessThanOrEqual(p.ci95[1]);
    }
    // the tolerance shrinks generation after generation; the posterior predicts the data it was fitted to
    const eps = r.generations.slice(1).map((g) => g.epsilon);
    expect(eps).toEqual([...eps].sort((a, b) => b - a));
    expect(r.check.filter((c) => c.inside).length).toBeGreaterThanOrEqual(r.check.length - 1);
    expect(Object.keys(r.coverage)).toEqual([...COLUMNS]);
  });
});

describe('reproducible from its seed', () => {
  const small = { ...SPEC, particles: 20, generations: 2, pilot: 10, check: 10 };

  it('the same seed gives the same fit on this thread and on two worker threads; another seed another', async () => {
    const csv = teamCsv(26, 'truth');
    const strip = (r: CalibrationResult) => ({ posterior: r.posterior, particles: r.particles, check: r.check });
    const a = await fit(small, csv);
    expect(strip(await fit(small, csv))).toEqual(strip(a));
    expect(strip(await fit({ ...small, seed: 'other' }, csv)).particles).not.toEqual(a.particles);
    // through the command line, on two worker threads: the same particles, written as particles.csv
    const dir = mkdtempSync(join(tmpdir(), 'calibrate-'));
    const data = join(dir, 'team.csv');
    writeFileSync(data, csv);
    const out = join(dir, 'out');
    const r = await inProcess(['calibrate', '--data', data, '--spec', writeSpec(dir, small), '--workers', '2', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = readFileSync(join(out, 'particles.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('reps.visitsPerWeek,market.dealValue,weight,distance');
    expect(rows.slice(1).map((row) => row.split(',').slice(0, 3).map(Number))).toEqual(a.particles.map((p) => [p.values['reps.visitsPerWeek'], p.values['market.dealValue'], p.weight]));
    const json = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8'));
    expect(json.posterior).toEqual(a.posterior);
    expect(json.provenance.model.version).toBeTypeOf('string');
    expect(readFileSync(join(out, 'calibration.md'), 'utf8')).toMatch(/## Posterior-predictive check/);
    expect(readFileSync(join(out, 'check.csv'), 'utf8').split('\n')[0]).toBe('column,fromWeek,toWeek,observed,q05,median,q95,inside');
  });
});

describe('calibrate refuses bad input in one line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'calibrate-bad-'));
  let n = 0;
  const spec = (s: unknown) => writeSpec(dir, s, `spec${n++}.json`);
  const data = (text: string) => {
    const file = join(dir, `data${n++}.csv`);
    writeFileSync(file, text);
    return file;
  };
  const good = data('week,deals,revenue\n' + Array.from({ length: 26 }, (_, i) => `${i + 1},2,20000`).join('\n') + '\n');
  const ok = spec({ ...SPEC, match: ['deals', 'revenue'] });

  it('in its spec', async () => {
    await expectOneLineErrors([
      [['calibrate', '--spec', ok], /calibrate needs --data FILE\.csv/],
      [['calibrate', '--data', good, '--spec', join(dir, 'none.json')], /cannot read .*none\.json: no such file/],
      [['calibrate', '--data', good, '--spec', spec('[1,')], /not valid JSON/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, fitt: {} })], /unknown key "fitt" in the spec; did you mean fit\?/],
      [['calibrate', '--data', good, '--spec', spec({ scenario: 'founder' })], /the spec needs "fit"/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, scenario: 'fonder' })], /unknown scenario "fonder"; did you mean founder\?/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, fit: { 'reps.visitPerWeek': [4, 16] } })], /unknown parameter "reps\.visitPerWeek"; did you mean reps\.visitsPerWeek\?/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, fit: { 'reps.visitsPerWeek': [0, 16] } })], /the range of reps\.visitsPerWeek, \[0, 16\], goes outside the parameter's own range, 1 to 40/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, fit: { 'reps.visitsPerWeek': [4] } })], /the range of reps\.visitsPerWeek must be \[min, max\]/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, fit: { 'run.weeks': [10, 20] } })], /cannot hold run\.weeks/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, set: { 'run.weeks': 26 } })], /"set" cannot hold run\.weeks/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, match: ['deal'] })], /"match": "deal" is not a column of the weeks table; did you mean deals\?/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, match: ['deals', 'deals'] })], /"match" names deals twice/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, particles: 5 })], /"particles" must be a whole number from 10 to 10000 \(got 5\)/],
      [['calibrate', '--data', good, '--spec', spec({ ...SPEC, set: { 'market.size': 'big' } })], /market\.size must be a number/],
    ]);
  });

  it('in its data', async () => {
    const rows = (n: number, row = (w: number) => `${w},2,20000`) => Array.from({ length: n }, (_, i) => row(i + 1)).join('\n');
    await expectOneLineErrors([
      [['calibrate', '--data', join(dir, 'none.csv'), '--spec', ok], /cannot read .*none\.csv: no such file/],
      [['calibrate', '--data', data(''), '--spec', ok], /data .*: no weeks: expected a header line/],
      [['calibrate', '--data', data('week,deals,revenue\n'), '--spec', ok], /no weeks/],
      [['calibrate', '--data', data(`week,deals,revenue\n${rows(20)}\n`), '--spec', ok], /20 weeks of data; a fit needs at least 26 \(two blocks of 13\)/],
      [['calibrate', '--data', data(`week,deals,revenu\n${rows(26)}\n`), '--spec', ok], /column "revenu" is not a column of the weeks table; did you mean revenue\?/],
      [['calibrate', '--data', data(`wk,deals,revenue\n${rows(26)}\n`), '--spec', ok], /column "wk" is not a column of the weeks table/],
      [['calibrate', '--data', data(`deals,revenue\n${rows(26, () => '2,20000')}\n`), '--spec', ok], /no "week" column/],
      [['calibrate', '--data', data(`week,deals\n${rows(26, (w) => `${w},2`)}\n`), '--spec', ok], /"match" names revenue, which the data does not have/],
      [['calibrate', '--data', data(`week,deals,revenue\n${rows(26, (w) => (w === 7 ? '7,two,20000' : `${w},2,20000`))}\n`), '--spec', ok], /row 8, column deals: "two" is not a number/],
      [['calibrate', '--data', data(`week,deals,revenue\n${rows(26, (w) => (w === 3 ? '3,2' : `${w},2,20000`))}\n`), '--spec', ok], /row 4 has 2 cells where the header has 3/],
      [['calibrate', '--data', data(`week,deals,revenue\n${rows(26, (w) => `${w === 5 ? 6 : w},2,20000`)}\n`), '--spec', ok], /row 6: week "6" where week 5 was expected/],
      [['calibrate', '--data', data(`week,deals,revenue\n${rows(26, (w) => `${w - 1},2,20000`)}\n`), '--spec', ok], /row 2: week "0" where week 1 was expected/],
      [['calibrate', '--data', data(`week,deals,revenue\n"1,2,3\n${rows(26)}\n`), '--spec', ok], /row 2: a quoted cell runs over several lines/],
    ]);
  });

  it('in French too', async () => {
    const r = await inProcess(['calibrate', '--data', data(`week,deals,revenue\n1,2,3\n`), '--spec', ok], 'fr_FR.UTF-8');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/données .*\u202f: 1 semaine de données\u202f; un ajustement en demande au moins 26 \(deux blocs de 13\)/);
  });

  it('the fixture of docs/RESEARCH.md is a valid spec and team', () => {
    const s = checkCalibrationSpec(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/calibration/spec.json'), 'utf8')));
    expect(checkTeamData(readFileSync(join(ROOT, 'tests/fixtures/calibration/team.csv'), 'utf8'), s).weeks).toBe(52);
  });
});
