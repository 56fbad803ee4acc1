/**
 * salesfloor sensitivity: its refusals (one line, exit 2, English and French),
 * a small analysis run on this thread (a NaN output is never ranked), and its
 * shards merged back to the same indices, refusing shards of another spec.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sensitivityCommand, ROWS_FILE } from '../../src/cli/commands/sensitivity';
import { provenance } from '../../src/cli/provenance';
import { translator } from '../../src/cli/locale';
import { expectOneLineErrors, inProcess, writeSpec } from './cliHarness';

// the real provenance, counted: it asks git (a few processes), so only when files record it
vi.mock('../../src/cli/provenance', async (original) => {
  const real = await original<typeof import('../../src/cli/provenance')>();
  return { ...real, provenance: vi.fn(real.provenance) };
});

const dir = mkdtempSync(join(tmpdir(), 'sf-sensitivity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 8 base samples × (2 + 2) rows × 1 seed = 32 short runs of a small market. */
const SMALL = {
  scenario: 'founder',
  seeds: 1,
  weeks: 26,
  set: { 'market.size': 200 },
  ranges: { 'market.wordOfMouth': [0, 0.6], 'plan.commissionRate': [0, 0.1] },
  measures: { q2Deals: { sum: 'deals', weeks: '14-26' } },
  method: 'sobol',
  n: 8,
  bootstrap: 50,
  seed: 't',
};

const tr = translator('en');
async function run(args: Record<string, string>, rest: string[] = []): Promise<string> {
  let out = '';
  await sensitivityCommand(args, rest, ['sensitivity'], tr, { write: (t) => (out += t), note: () => {}, progress: false, inline: true });
  return out;
}

describe('salesfloor sensitivity refuses', () => {
  it('a bad spec or bad options with one line, exit 2', async () => {
    const spec = (patch: Record<string, unknown>, name: string) => writeSpec(dir, { ...SMALL, ...patch }, name);
    await expectOneLineErrors([
      [['sensitivity'], /sensitivity needs --spec FILE/],
      [['sensitivity', '--spec', join(dir, 'none.json')], /cannot read .*none\.json: no such file/],
      [['sensitivity', '--spec', writeSpec(dir, '{"scenario": ', 'broken.json')], /not valid JSON/],
      [['sensitivity', '--spec', spec({ rangez: {} }, 'k.json')], /unknown key "rangez" in the spec; did you mean ranges\?/],
      [['sensitivity', '--spec', spec({ scenario: 'founderr' }, 's.json')], /unknown scenario "founderr"; did you mean founder\?/],
      [['sensitivity', '--spec', spec({ scenarios: ['founder'] }, 'ss.json')], /give "scenario" or "scenarios", not both/],
      [['sensitivity', '--spec', spec({ seeds: ['a', 'a'] }, 'seeds.json')], /seed "a" is in seeds twice/],
      [['sensitivity', '--spec', spec({ seeds: '1-4' }, 'seeds2.json')], /"seeds" must be a count/],
      [['sensitivity', '--spec', spec({ ranges: {} }, 'r0.json')], /"ranges" must be an object of parameters, each with a range/],
      [['sensitivity', '--spec', spec({ ranges: { 'market.wordOfMouth': [0.6, 0] } }, 'r1.json')], /"ranges": the range of market\.wordOfMouth must be \[min, max\], two numbers with min below max/],
      [['sensitivity', '--spec', spec({ ranges: { 'market.wordOfMouth': [0, 9] } }, 'r2.json')], /the range of market\.wordOfMouth, \[0, 9\], goes outside the parameter's own range, 0 to 3/],
      [['sensitivity', '--spec', spec({ ranges: { 'plan.quotaPeriod': [0, 1] } }, 'r3.json')], /"ranges": plan\.quotaPeriod is a choice .* fix it in "set"/],
      [['sensitivity', '--spec', spec({ ranges: { 'market.size': [100, 300] } }, 'r4.json')], /market\.size is both in "set" and in "ranges"/],
      [['sensitivity', '--spec', spec({ ranges: { 'market.wordOfMuth': [0, 1] } }, 'r5.json')], /unknown parameter "market\.wordOfMuth"; did you mean market\.wordOfMouth/],
      [['sensitivity', '--spec', spec({ method: 'sobolx' }, 'm1.json')], /"method" must be "sobol" or "morris".*did you mean sobol\?/],
      [['sensitivity', '--spec', spec({ trajectories: 4 }, 'm2.json')], /"trajectories" belongs to the morris method, not sobol/],
      [['sensitivity', '--spec', spec({ method: 'morris', n: undefined, bootstrap: undefined, levels: 3 }, 'm3.json')], /"levels" must be even/],
      [['sensitivity', '--spec', spec({ n: 1 }, 'n.json')], /"n" must be a whole number from 2 to/],
      [['sensitivity', '--spec', spec({ floor: 9 }, 'f1.json')], /"floor" must be a whole number from 0 to 8 \(got 9\)/],
      [['sensitivity', '--spec', spec({ method: 'morris', n: undefined, bootstrap: undefined, floor: 4 }, 'f2.json')], /"floor" belongs to the sobol method, not morris/],
      [['sensitivity', '--spec', spec({ n: 1 << 20, seeds: 1000 }, 'big.json')], /asks for [\d,]+ runs; at most/],
      [['sensitivity', '--spec', spec({ set: { 'run.weeks': 52 } }, 'w.json')], /"set" cannot hold run\.weeks/],
      [['sensitivity', '--spec', spec({ ranges: { 'run.weeks': [26, 52] } }, 'w3.json')], /"ranges" cannot vary run\.weeks/],
      [['sensitivity', '--spec', spec({ weeks: '26' }, 'w2.json')], /"weeks" must be a whole number from 1 to 520 \(got "26"\)/],
      [['sensitivity', '--spec', spec({ set: { 'market.size': '200' } }, 'set1.json')], /"set": market\.size must be a number \(not in quotes\), not "200"/],
      [['sensitivity', '--spec', spec({ set: { 'plan.quotaPeriod': 1 } }, 'set2.json')], /plan\.quotaPeriod must be one of none, quarter, year \(got "1"\)/],
      [['sensitivity', '--spec', spec({}, 'ok.json'), '--shard', '1/2'], /--shard writes its rows to a directory: give --out DIR/],
      [['sensitivity', '--spec', spec({}, 'ok.json'), '--shard', '3/2', '--out', dir], /malformed --shard "3\/2"/],
      [['sensitivity', '--spec', spec({}, 'ok.json'), '--from', dir, '--shard', '1/2'], /--from computes the indices from shards already run/],
      [['sensitivity', '--spec', spec({}, 'ok.json'), 'x'], /unexpected argument "x": shard directories follow --from/],
      [['sensitivity', '--spec', spec({}, 'ok.json'), '--from', join(dir, 'nowhere')], /cannot read .*nowhere.*sensitivity-rows\.json: no such file/],
    ]);
  });

  it('in French too', async () => {
    const r = await inProcess(['sensitivity', '--spec', writeSpec(dir, { ...SMALL, rangez: {} }, 'kf.json')], 'fr_FR.UTF-8');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/clé inconnue «\u202frangez\u202f» dans la spec\u202f; vouliez-vous dire ranges\u202f\?/);
  });
});

describe('salesfloor sensitivity runs', () => {
  it('reports Sobol indices with intervals, and a measure it cannot take as not ranked', async () => {
    expect(await run({ spec: writeSpec(dir, SMALL, 'shard.json'), out: join(dir, 'whole') })).toBe('');
    const md = readFileSync(join(dir, 'whole', 'sensitivity.md'), 'utf8');
    expect(md).toMatch(/### q2Deals: sum of deals over weeks 14-26\n\nMean over the design: [\d.]+\.\n\n\| rank \| parameter \| S1 \[95% CI\] \| ST \[95% CI\] \| seed-noise floor of ST \[95% CI\] \|/);
    expect(md).toMatch(/\| (1|–) \| `(market\.wordOfMouth|plan\.commissionRate)` \| -?\d\.\d{3} \[-?\d\.\d{3}, -?\d\.\d{3}\] \| -?\d\.\d{3} \[/);
    // the floors: the A and AB rows of the 8 base samples again on seed 2 (the spec's is 1)
    expect(md).toContain('the rows A and AB of the first 8 base samples were run again on another seed (2)');
    // a 26-week run has no year 2: said so, no table
    expect(md).toMatch(/### y2Profit: sum of profit over weeks 53-104\n\nNot ranked: the measure could not be taken at 32 of 32 design rows/);
    expect(md).not.toMatch(/NaN/);
  });

  it('asks git for its provenance only when it writes files', async () => {
    vi.mocked(provenance).mockClear();
    expect(await run({ spec: writeSpec(dir, { ...SMALL, n: 2, floor: 0 }, 'tiny.json') })).toMatch(/^# Sensitivity/);
    expect(provenance).not.toHaveBeenCalled();
  });

  // uses the first test's whole analysis
  it('merges its shards into the same indices, and refuses shards of another spec', async () => {
    const spec = writeSpec(dir, SMALL, 'shard.json');
    const [whole, a, b] = ['whole', 'a', 'b'].map((d) => join(dir, d));
    await run({ spec, shard: '1/2', out: a });
    await run({ spec, shard: '2/2', out: b });
    const rowsA = JSON.parse(readFileSync(join(a, ROWS_FILE), 'utf8'));
    // 32 design rows, then 8 × 3 rows again on the floor's seed
    expect(rowsA.rows.map((r: number[]) => r[0])).toEqual(Array.from({ length: 28 }, (_, i) => 2 * i));
    const merged = join(dir, 'merged');
    await run({ spec, from: a, out: merged }, [b]);
    const outputs = (d: string) => JSON.parse(readFileSync(join(d, 'sensitivity.json'), 'utf8')).outputs;
    expect(outputs(merged)).toEqual(outputs(whole));

    await expectOneLineErrors([
      [['sensitivity', '--spec', spec, '--from', a], /design row 2 of 56 is in none of the shards/],
      [['sensitivity', '--spec', spec, '--from', a, a], /design row 1 of 56 is in more than one shard/],
      [['sensitivity', '--spec', writeSpec(dir, { ...SMALL, seed: 'other' }, 'other.json'), '--from', a, b], /comes from another sensitivity spec/],
      [['sensitivity', '--spec', spec, '--from', whole], /cannot read .*whole.*sensitivity-rows\.json/],
    ]);
    writeFileSync(join(b, ROWS_FILE), JSON.stringify({ ...JSON.parse(readFileSync(join(b, ROWS_FILE), 'utf8')), provenance: { model: { name: 'salesfloor', version: '0.0.1' } } }));
    await expectOneLineErrors([[['sensitivity', '--spec', spec, '--from', a, b], /was made by another model \(model\.version differs\)/]]);
  });
});
