/**
 * `salesfloor merge`: a sweep cut into 3 shards (run with 1 and 2 workers)
 * and merged gives the unsharded sweep's runs.csv and weeks.csv byte for
 * byte (and its Parquet twins); shards of another spec, a missing or doubled
 * run, or a directory that is not a sweep's are exit 2 with one line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineErrors, inProcess, SPEC, viaBin, writeSpec } from './cliHarness';

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-merge-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const dir = (name: string) => join(TMP, name);
const DATA = ['runs.csv', 'weeks.csv', 'points.csv', 'runs.parquet', 'weeks.parquet', 'points.parquet'];
const same = (a: string, b: string) => DATA.every((f) => readFileSync(join(dir(a), f)).equals(readFileSync(join(dir(b), f))));

/** Done, with nothing on stdout; a sweep says its size first on stderr (one line), merge nothing. */
async function ok(args: string[]): Promise<void> {
  const r = await inProcess(args);
  expect(r, args.join(' ')).toEqual({ code: 0, stdout: '', stderr: args[0] === 'sweep' ? expect.stringMatching(/^sweep: [^\n]*\n$/) : '' });
}

beforeAll(async () => {
  const spec = writeSpec(TMP);
  await ok(['sweep', '--spec', spec, '--workers', '2', '--out', dir('whole')]);
  await ok(['sweep', '--spec', spec, '--workers', '1', '--shard', '1/3', '--out', dir('s1')]);
  await ok(['sweep', '--spec', spec, '--workers', '2', '--shard', '2/3', '--out', dir('s2')]);
  await ok(['sweep', '--spec', spec, '--workers', '1', '--shard', '3/3', '--out', dir('s3')]);
  const other = writeSpec(TMP, { ...SPEC, seeds: 2 }, 'other.json');
  await ok(['sweep', '--spec', other, '--workers', '1', '--shard', '1/3', '--out', dir('other1')]);
}, 60_000);

describe('salesfloor merge', () => {
  it('joins 3 shards into the unsharded sweep\'s bytes, in any order of the shards', async () => {
    await ok(['merge', '--out', dir('merged'), dir('s3'), dir('s1'), dir('s2')]);
    expect(same('merged', 'whole')).toBe(true);
    expect(readFileSync(join(dir('s2'), 'runs.csv'), 'utf8').trim().split('\n')).toHaveLength(1 + 6);
  });

  it('keeps text that needs quoting, text grid values and several scenarios through shards and merge', async () => {
    const odd = writeSpec(TMP, { scenario: ['founder', 'sales-director'], seeds: ['a,b', 'say "hi"', 'été'], weeks: 3, vary: { 'plan.quotaPeriod': ['quarter', 'year'] } }, 'odd.json');
    await ok(['sweep', '--spec', odd, '--workers', '2', '--out', dir('oddWhole')]);
    await ok(['sweep', '--spec', odd, '--workers', '1', '--shard', '1/2', '--out', dir('odd1')]);
    await ok(['sweep', '--spec', odd, '--workers', '1', '--shard', '2/2', '--out', dir('odd2')]);
    await ok(['merge', '--out', dir('oddMerged'), dir('odd2'), dir('odd1')]);
    expect(same('oddMerged', 'oddWhole')).toBe(true);
    const runs = readFileSync(join(dir('oddWhole'), 'runs.csv'), 'utf8').split('\n');
    expect(runs).toHaveLength(1 + 2 * 2 * 3 + 1);
    expect(runs[1]).toMatch(/^0,founder,"a,b",0,quarter,/);
    expect(runs[2]).toMatch(/^1,founder,"say ""hi""",0,quarter,/);
    expect(runs[12]).toMatch(/^11,sales-director,été,3,year,/);
  }, 30_000);

  it('writes a manifest naming the shards it merged', () => {
    const m = JSON.parse(readFileSync(join(dir('merged'), 'manifest.json'), 'utf8'));
    expect(m.spec).toEqual(SPEC);
    expect(m.rows).toEqual({ runs: 18, weeks: 18 * 26 });
    expect(m.shard).toBeNull();
    expect(m.merged.map((s: { dir: string; shard: unknown }) => [s.dir, s.shard])).toEqual([
      [dir('s3'), { index: 3, count: 3 }],
      [dir('s1'), { index: 1, count: 3 }],
      [dir('s2'), { index: 2, count: 3 }],
    ]);
  });

  it('refuses a missing run, a doubled run, another spec or something that is not a sweep, with exit 2 and one line', async () => {
    cpSync(dir('s2'), dir('broken'), { recursive: true });
    writeFileSync(join(dir('broken'), 'manifest.json'), '{ not json');
    const cases: [string[], RegExp][] = [
      [['merge', dir('s1'), dir('s2')], /merge needs --out DIR/],
      [['merge', '--out', dir('x')], /missing argument; usage: salesfloor merge SHARD_DIR…/],
      [['merge', '--out', dir('x'), dir('s1'), dir('s2')], /run 2 of 18 is in none of the shards/],
      [['merge', '--out', dir('x'), dir('s1'), dir('s2'), dir('s2'), dir('s3')], /run 1 of 18 is in more than one shard/],
      [['merge', '--out', dir('x'), dir('s1'), dir('s2'), dir('s3'), dir('whole')], /run 0 of 18 is in more than one shard/],
      [['merge', '--out', dir('x'), dir('s1'), dir('other1')], /other1 comes from another spec or model version/],
      [['merge', '--out', dir('x'), dir('s1'), dir('nowhere')], /cannot read .*nowhere.*manifest\.json: no such file/],
      [['merge', '--out', dir('x'), dir('s1'), dir('broken')], /cannot read .*broken.*manifest\.json: not valid JSON/],
    ];
    await expectOneLineErrors(cases);
    const fr = await inProcess(['merge', '--out', dir('x'), dir('s1'), dir('s2')], 'fr_FR.UTF-8');
    expect(fr.stderr).toBe('salesfloor : la partie 2 sur 18 n\u2019est dans aucune tranche\n');
  });

  it('merges through the real bin too', async () => {
    const r = await viaBin(['merge', '--out', dir('binMerged'), dir('s1'), dir('s2'), dir('s3')]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(same('binMerged', 'whole')).toBe(true);
  }, 30_000);
});
