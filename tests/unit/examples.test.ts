/** The README's example specs (docs/examples) are what their commands accept: a renamed key or a tightened check fails here, not in a reader's terminal. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSpec, sweepSize } from '../../src/lab/sweepSpec';
import { checkSensitivitySpec } from '../../src/research/sensitivitySpec';
import { checkOptimizeSpec } from '../../src/research/optimizeSpec';
import { checkCalibrationSpec, checkTeamData } from '../../src/research/calibrationSpec';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('the README\'s example specs', () => {
  it('are accepted by the sweep, sensitivity, optimize and calibrate checks', () => {
    expect(sweepSize(checkSpec(json('docs/examples/sweep.json')))).toBe(2 * 3 * 16 * 10);
    expect(checkSensitivitySpec(json('docs/examples/sensitivity.json'))).toBeTruthy();
    expect(checkOptimizeSpec(json('docs/examples/plan.json'))).toBeTruthy();
    const calibration = checkCalibrationSpec(json('tests/fixtures/calibration/spec.json'));
    expect(checkTeamData(readFileSync(new URL('../fixtures/calibration/team.csv', import.meta.url), 'utf8'), calibration)).toBeTruthy();
  });
});
