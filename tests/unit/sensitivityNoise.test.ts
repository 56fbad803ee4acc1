/**
 * Seed noise in a sensitivity analysis, and whole-number factors. An output
 * averaged over a few seeds carries noise that Jansen's ST counts as if it
 * were an effect of every factor (the bootstrap keeps the seeds, so it does
 * not show it): the floor measured on a disjoint seed set marks such an ST
 * "within seed noise" and it is never ranked. A whole-number factor takes
 * each of its values on an equal share of the unit interval, and a Morris
 * effect is divided by the change the move really made.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/sim/rng';
import { design, effects, type Factor } from '../../src/research/morris';
import { factorValues, indicesOf } from '../../src/research/sensitivity';
import { outputSection } from '../../src/research/sensitivityReport';
import { checkSensitivitySpec } from '../../src/research/sensitivitySpec';
import { floorRows, saltelliDesign, stNoiseFloor } from '../../src/research/sobol';

const spec = checkSensitivitySpec({
  scenario: 'founder',
  seeds: 1,
  ranges: { 'market.wordOfMouth': [0, 1], 'reps.influence': [0, 1], 'plan.teamShare': [0, 1] },
  n: 256,
  bootstrap: 200,
  seed: 'noise',
});

describe('the seed-noise floor of ST', () => {
  // y = 2·x0 + x1 + noise; x2 does nothing. The noise (sd 0.5) is about 40% of the variance.
  const rows = saltelliDesign(256, 3);
  const noisy = (tag: string) => {
    const rng = Rng.fromSeed(tag);
    return (x: readonly number[]) => 2 * x[0] + x[1] + 0.5 * rng.normal();
  };
  const y = rows.map(noisy('design seeds'));
  const again = floorRows(64, 3).map((i) => rows[i]).map(noisy('other seeds'));

  it('is what the seeds alone give ST, about σ² / V for every factor', () => {
    const v = 4 / 12 + 1 / 12 + 0.25;
    for (const floor of stNoiseFloor(y, again, 3)) {
      expect(floor.value).toBeGreaterThan(0.25 / v / 1.6);
      expect(floor.value).toBeLessThan((0.25 / v) * 1.6);
    }
  });

  it('marks an ST within it and never ranks it, and prints it as a column', () => {
    const plain = indicesOf(spec, y, 'y');
    const r = indicesOf(spec, y, 'y', { again });
    if (plain.status !== 'ok' || !('sobol' in plain) || r.status !== 'ok' || !('sobol' in r)) throw new Error('not analysed');
    // without the floor the do-nothing factor's ST is clearly above 0: noise read as an effect
    const idle = plain.sobol.find((f) => f.key === 'plan.teamShare');
    expect(idle?.st.value).toBeGreaterThan(0.2);
    expect(idle!.st.value - idle!.st.conf).toBeGreaterThan(0);
    // x1's own share (1/12 of the variance, ST ≈ 0.125) stands above the noise (≈ 0.375 on every factor)
    expect(r.sobol.map((f) => [f.key, f.withinNoise])).toEqual([
      ['market.wordOfMouth', false],
      ['reps.influence', false],
      ['plan.teamShare', true],
    ]);
    const st = (key: string) => r.sobol.find((f) => f.key === key)!;
    expect(st('reps.influence').st.value - st('reps.influence').floor!.value).toBeGreaterThan(0.05);
    const md = outputSection(r, spec, 'y');
    expect(md).toContain('| rank | parameter | S1 [95% CI] | ST [95% CI] | seed-noise floor of ST [95% CI] |');
    expect(md).toMatch(/\| 1 \| `market\.wordOfMouth` \| [\d.]+ \[[-\d.]+, [\d.]+\] \| [\d.]+ \[[\d.]+, [\d.]+\] \| [\d.]+ \[/);
    expect(md).toMatch(/\| – \| `plan\.teamShare` \| [-\d.]+ \[[-\d.]+, [-\d.]+\] \| [\d.]+ \[[-\d.]+, [\d.]+\] \(within seed noise\) \|/);
    expect(md).toMatch(/\| 2 \| `reps\.influence`/);
    expect(md).not.toMatch(/\| 3 \|/);
  });
});

describe('a whole-number factor', () => {
  const whole: Factor = { key: 'market.size', min: 0, max: 2, integer: true };

  it('takes each value on an equal share of the unit interval', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 300; i++) counts[factorValues([whole], [(i + 0.5) / 300])['market.size']]++;
    expect(counts).toEqual([100, 100, 100]);
  });

  it('has Morris effects over the change the move made, not the nominal step', () => {
    const trajectories = design(1, 12, 'whole');
    // the output is the factor's value: one full range of change per full range
    const outputs = trajectories.map((t) => t.points.map((p) => factorValues([whole], p)['market.size']));
    const [e] = effects([whole], trajectories, outputs);
    expect(e.muStar).toBeCloseTo(2, 12);
    expect(e.sigma).toBeCloseTo(0, 12);
  });
});
