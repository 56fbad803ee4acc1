/**
 * reports/sensitivity.md's rendering: an output that could not be measured
 * everywhere, or that does not vary, is said so and never printed as a
 * ranking (the old Morris report ranked three all-NaN tables), and the thesis
 * at the defaults is compared with reports/validation.md's own figure.
 */
import { describe, expect, it } from 'vitest';
import { thesisSpec } from '../../src/validation/sensitivity/measures';
import { sensitivityMarkdown, type SensitivityResult } from '../../src/validation/sensitivity/report';

const spec = thesisSpec({ n: 4, seeds: ['v1'], bootstrap: 10, floor: 2, seed: 's' });
const est = (value: number) => ({ value, conf: 0.05 });

const result: SensitivityResult = {
  model: { name: 'salesfloor', version: '0.0.0' },
  command: 'npm run sensitivity',
  workers: 2,
  runs: 100,
  elapsedSeconds: 12,
  atDefaults: {
    seeds: ['v1', 'v2', 'v3', 'v4', 'v5'],
    outputs: [
      { id: 'thesis.year2Lead', label: 'year-2 lead', unit: 'money', mean: 3.6e6, ci: [3.3e6, 3.9e6], n: 5, validation: { effect: 3.6e6, ci: [3.3e6, 3.9e6] } },
      { id: 'thesis.reputationLead', label: 'reputation lead', unit: '0-1', mean: 0.25, ci: [0.2, 0.3], n: 5, validation: { effect: 0.263, ci: [0.25, 0.27] } },
      { id: 'thesis.year2LeadShare', label: 'lead share', unit: 'share', mean: 0.29, ci: [0.26, 0.31], n: 5, validation: null },
    ],
  },
  thesis: {
    spec,
    designRows: 40,
    floor: { samples: 2, seeds: ['v2'] },
    outputs: [
      { id: 'a', label: 'ranked output', unit: 'money', indices: { status: 'ok', mean: 1, sobol: [{ key: 'market.relating', s1: est(0.5), st: est(0.6) }, { key: 'market.pressureHarm', s1: est(0.1), st: est(0.2) }] } },
      { id: 'b', label: 'output with holes', unit: 'share', indices: { status: 'nan', nanRows: 7, rows: 40 } },
      { id: 'c', label: 'flat output', unit: 'week', indices: { status: 'constant', value: 105, rows: 40 } },
    ],
    directorWins: { rows: 40, profitShare: 0.1, reputationShare: 0 },
  },
  findings: {
    trajectories: 2,
    levels: 4,
    seed: 's',
    seeds: ['v1', 'v2'],
    factors: 3,
    held: ['run.weeks'],
    outputs: [
      { id: 'E3', label: 'net share', unit: '', atDefaults: { effect: -0.439, ci: [-0.546, -0.332], n: 30 }, failed: 9, points: 8, effects: null },
      { id: 'E4', label: 'effort', unit: '', atDefaults: { effect: 0.1, ci: [0, 0.2], n: 30 }, failed: 0, points: 8, effects: [{ key: 'reps.influence', muStar: 2, mu: 1, sigma: 0.5, n: 2 }] },
    ],
  },
};

describe('the sensitivity report', () => {
  const md = sensitivityMarkdown(result);
  const section = (title: string) => md.slice(md.indexOf(title), md.indexOf('###', md.indexOf(title) + 3));

  it('ranks what it can and says why it ranks nothing else', () => {
    expect(section('### ranked output')).toContain('| 1 | `market.relating` | 0.500 [0.450, 0.550] | 0.600 [0.550, 0.650] |');
    expect(section('### output with holes')).toMatch(/Not ranked: the measure could not be taken at 7 of 40 design rows/);
    expect(section('### output with holes')).not.toContain('| rank |');
    expect(section('### flat output')).toMatch(/Not ranked: the same value \(105\) at every design row/);
    expect(section('### E3')).toMatch(/At the defaults: -0\.439 \[-0\.546, -0\.332\] \(n = 30\)\.\n\nNot ranked: the effect could not be measured at 9 of 8 points/);
    expect(section('### E3')).not.toContain('| rank |');
    expect(section('### E4')).toContain('| 1 | `reps.influence` | 2 | 1 | 0.5 |');
    expect(md).not.toMatch(/NaN/);
  });

  it('says what seed noise does to ST and to a Morris screen', () => {
    expect(md).toContain('the rows A and AB of the first 2 base samples were run again on another seed (v2)');
    expect(md).toContain('(the two half-widths combined) is within seed noise: listed after the ranked effects, never ranked as one');
    expect(md).not.toMatch(/ST well above S1: through interactions|sigma as large as mu\* means interactions\./);
    expect(section('## The findings')).toMatch(/a sigma as large as mu\*, or a small mu\*, can be seed noise/);
  });

  it('compares the defaults with the validation report', () => {
    expect(md).toContain('| year-2 lead | 3.60e+6 [3.30e+6, 3.90e+6] | 3.60e+6 [3.30e+6, 3.90e+6]: the same |');
    expect(md).toContain('| reputation lead | 0.250 [0.200, 0.300] | 0.263 [0.250, 0.270]: **differs** (regenerate both) |');
    expect(md).toContain('| lead share | 0.290 [0.260, 0.310] | (not reported there) |');
  });
});
