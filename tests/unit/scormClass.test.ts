/**
 * `npm run build:scorm -- --scenario CODE`: the class package's options are
 * checked before anything is built (scripts/scormClass.ts); a bad code stops
 * the build with its reason, exit code 2 and no zip. The package itself is
 * tested under happy-dom (tests/components/classPackage.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classBuild, ClassBuildError } from '../../scripts/scormClass';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { SHORT } from '../fixtures/shortScenario';

const ROOT = join(import.meta.dirname, '..', '..');
const CODE = encodeScenarioCode(SHORT);
const out = mkdtempSync(join(tmpdir(), 'salesfloor-scorm-class-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build:scorm --scenario', () => {
  it('gives the build the scenario’s code and seed, and the manifest its title', () => {
    expect(classBuild(undefined, undefined)).toBeNull();
    expect(classBuild(CODE, '7')).toEqual({ pin: { sc: CODE, seed: '7' }, title: SHORT.title.en });
    // the facilitator's link works as well as its code; the seed defaults to 1
    expect(classBuild(`https://example.org/#/custom?sc=${CODE}&seed=4`, undefined)?.pin).toEqual({ sc: CODE, seed: '1' });
  });

  it.each([
    ['a damaged code', `${CODE.slice(0, -3)}zzz`, undefined, /--scenario: .*damaged/],
    ['a run code instead', 'sf2.AAAA.x', undefined, /--scenario: /],
    ['no code', '', undefined, /needs a class scenario code/],
    ['a bad seed', CODE, ' ', /--seed: /],
    ['--seed alone', undefined, '3', /--seed goes with --scenario/],
  ])('refuses %s with one sentence', (_name, scenario, seed, message) => {
    expect(() => classBuild(scenario, seed)).toThrow(ClassBuildError);
    expect(() => classBuild(scenario, seed)).toThrow(message);
  });

  it('stops before building: exit code 2, the reason on stderr, no zip', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'build-scorm.ts'), '--out', out, '--scenario', 'sfs1.nonsense.x'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^build:scorm: --scenario: /);
    expect(existsSync(join(out, 'salesfloor-scorm12.zip'))).toBe(false);
  });
});
