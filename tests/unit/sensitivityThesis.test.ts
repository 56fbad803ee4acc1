/**
 * The thesis measures of npm run sensitivity are the validation's THESIS
 * measures: the same runs give the same numbers, so the report's figures at
 * the defaults (on the validation's seeds) are reports/validation.md's. The
 * old report took them on other seeds (E3 on 2 seeds against the validation's
 * 30), which is why they disagreed.
 */
import { describe, expect, it } from 'vitest';
import { openEvaluator } from '../../src/cli/evaluate';
import { scenarioParams } from '../../src/scenarios';
import { THESIS } from '../../src/validation/checks/thesis';
import { withBase } from '../../src/validation/harness';
import { THESIS_OUTPUTS, THESIS_SCENARIOS, THESIS_WEEKS, thesisOfPair, thesisSpec } from '../../src/validation/sensitivity/measures';

describe('the thesis measures of the sensitivity report', () => {
  it('equal the validation check’s on the same runs', async () => {
    const small = { 'market.size': 100 };
    const spec = thesisSpec({ n: 2, seeds: ['v1'], bootstrap: 10, floor: 2, seed: 's' });
    const ev = openEvaluator({ workers: 'inline', measures: spec.measures });
    const seeds = ['v1', 'v2'];
    const values = await ev.evaluate(THESIS_SCENARIOS.map((id) => scenarioParams(id, small, { 'run.weeks': THESIS_WEEKS })), seeds);
    const M = ev.names.length;
    const samples = withBase(small, () => seeds.map((seed) => THESIS.measure(seed, { quick: false })));
    for (const [s, theirs] of samples.entries()) {
      const ours = thesisOfPair(ev.names, values.subarray(s * M, (s + 1) * M), values.subarray((seeds.length + s) * M, (seeds.length + s + 1) * M));
      expect(ours['thesis.year2Lead']).toBeCloseTo(theirs.year2, 6);
      expect(ours['thesis.reputationLead']).toBeCloseTo(theirs.rep, 12);
      expect(ours['thesis.earlyLead']).toBeCloseTo(theirs.early, 6);
    }
    // each output with a validation figure names a sub-check the THESIS check reports
    const labels = THESIS.judge(samples, { quick: false }).subchecks?.map((c) => c.label) ?? [];
    for (const t of THESIS_OUTPUTS) if (t.validation) expect(labels).toContain(t.validation);
  });
});
