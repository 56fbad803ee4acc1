/**
 * `salesfloor run` with many runs: --seeds lists and ranges, --scenario a,b,
 * every scenario with every seed in worker threads, in a fixed order; the
 * output is byte-identical for 1 and 2 workers, and each run's rows are the
 * single run's rows with scenario and seed in front.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarios, parseSeeds } from '../../src/cli/runList';
import { CliError } from '../../src/cli/errors';
import { expectOneLineErrors, inProcess } from './cliHarness';

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-many-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const log = (name: string, decisions: unknown) => {
  const file = join(TMP, name);
  writeFileSync(file, JSON.stringify(decisions));
  return file;
};

const MANY = ['run', '--scenario', 'founder,sales-director', '--seeds', '1-2,x', '--weeks', '6'];

describe('--seeds and --scenario lists', () => {
  it('reads seeds and ranges in the order given', () => {
    expect(parseSeeds('1-5,9,12-14')).toEqual(['1', '2', '3', '4', '5', '9', '12', '13', '14']);
    expect(parseSeeds(' 7 , trainee ')).toEqual(['7', 'trainee']);
    expect(parseSeeds('1-200')).toHaveLength(200);
    expect(parseScenarios('founder,clawback')).toEqual(['founder', 'clawback']);
  });

  it.each([['5-1', 'errors.badSeedRange'], ['1,,2', 'errors.badSeeds'], ['1-3,2', 'errors.seedTwice'], ['1-999999', 'errors.tooManyRuns']])('refuses %s', (text, key) => {
    expect(() => parseSeeds(text)).toThrow(CliError);
    try {
      parseSeeds(text);
    } catch (error) {
      expect((error as CliError).key).toBe(key);
    }
  });
});

describe('many runs', () => {
  it('1 and 2 workers give the same bytes, in scenario then seed order, scenario and seed first', async () => {
    const [one, two] = await Promise.all([inProcess([...MANY, '--table', 'reps', '--workers', '1']), inProcess([...MANY, '--table', 'reps', '--workers', '2'])]);
    expect([one.code, one.stderr, two.code, two.stderr]).toEqual([0, '', 0, '']);
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^scenario,seed,week,rep,/);
    const runs = [...new Set(lines.slice(1).map((l) => l.split(',').slice(0, 2).join('/')))];
    expect(runs).toEqual(['founder/1', 'founder/2', 'founder/x', 'sales-director/1', 'sales-director/2', 'sales-director/x']);
  });

  it('each run\'s rows are the single run\'s, with scenario and seed in front', async () => {
    const [many, single] = await Promise.all([
      inProcess([...MANY, '--format', 'csv', '--workers', '2']),
      inProcess(['run', '--scenario', 'sales-director', '--seed', 'x', '--weeks', '6', '--format', 'csv']),
    ]);
    const rows = single.stdout.trimEnd().split('\n');
    const mine = many.stdout.trimEnd().split('\n');
    expect(mine[0]).toBe(`scenario,seed,${rows[0]}`);
    expect(mine.filter((l) => l.startsWith('sales-director,x,'))).toEqual(rows.slice(1).map((r) => `sales-director,x,${r}`));
  });

  it('JSON: a list of the run documents, as JSON.stringify writes it', async () => {
    const [many, single] = await Promise.all([
      inProcess(['run', '--scenario', 'founder', '--seeds', '3,4', '--weeks', '4', '--workers', '2']),
      inProcess(['run', '--scenario', 'founder', '--seed', '4', '--weeks', '4']),
    ]);
    const list = JSON.parse(many.stdout) as { seed: string }[];
    expect(list.map((d) => d.seed)).toEqual(['3', '4']);
    expect(list[1]).toEqual(JSON.parse(single.stdout));
    expect(many.stdout).toBe(`${JSON.stringify(list, null, 2)}\n`);
  });

  it('events carry scenario and seed first', async () => {
    const r = await inProcess(['run', '--scenario', 'founder,clawback', '--seed', '2', '--weeks', '3', '--table', 'events']);
    const events = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(events[0]).slice(0, 4)).toEqual(['scenario', 'seed', 'week', 'type']);
    expect([...new Set(events.map((e) => e.scenario))]).toEqual(['founder', 'clawback']);
  });

  it('bad input: exit 2, one line, nothing run', async () => {
    await expectOneLineErrors([
      [['run', '--scenario', 'founder', '--seed', '1', '--seeds', '1-3'], /--seed or --seeds, not both/],
      [['run', '--scenario', 'founder', '--seeds', '3-1'], /malformed seed range "3-1"/],
      [['run', '--scenario', 'founder', '--seeds', '1,1'], /seed 1 is given twice/],
      [['run', '--scenario', 'founder,founder', '--seeds', '1'], /scenario founder is given twice/],
      [['run', '--scenario', 'founder,foundr', '--seeds', '1'], /unknown scenario "foundr"; did you mean founder\?/],
      [['run', '--scenario', 'founder', '--workers', '2'], /--workers is for many runs/],
      [['run', '--scenario', 'founder', '--seeds', '1-2', '--workers', '0'], /malformed --workers "0"/],
      [['run', '--scenario', 'founder', '--table', 'reps', '--format', 'csv'], /--table prints its own format/],
      [['run', '--scenario', 'founder', '--table', 'rep'], /unknown table "rep"; did you mean reps\?/],
      [['run', '--code', 'sf1.x.y', '--seeds', '1-2'], /--code .* --seeds/],
      [['run', '--scenario', 'founder,clawback', '--set', 'plan.comissionRate=0.1'], /did you mean plan\.commissionRate\?/],
      [['code', 'encode', '--scenario', 'founder,clawback'], /one scenario/],
      // checked before any run, as a single run checks it
      [['run', '--scenario', 'founder,clawback', '--seeds', '1-2', '--weeks', '8', '--decisions', log('late.json', [{ week: 9, type: 'hire', count: 1 }])], /decision 1 is for week 9, but the run has 8 weeks/],
      // only the run itself can tell: refused in its worker thread, still bad input in one line
      [['run', '--scenario', 'founder', '--seeds', '1-2', '--weeks', '12', '--decisions', log('gemba.json', [{ week: 10, type: 'gemba', rep: 12 }])], /rep 12 is not on the team in week 10/],
    ]);
  });
});
