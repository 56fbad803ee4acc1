/**
 * Run codes on the command line: `code encode`, `code decode` and
 * `run --code`, through the same main() the bin calls (and the bin itself
 * for the exit-code plumbing). The run document carries its decision log
 * and its code, and the code alone gives the run back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeRunCode, identityOf, type RunIdentity } from '../../src/codes/runCode';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { SHORT as CLASS } from '../fixtures/shortScenario';
import { t } from '../../src/i18n';
import { MODEL_VERSION } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { inProcess, type Result, viaBin } from './cliHarness';

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-code-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function ok(args: string[]): Promise<string> {
  const r = await inProcess(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

interface RunDoc {
  scenario: string;
  seed: string;
  params: Record<string, number | string>;
  hash: string;
  code: string;
  decisions: unknown[];
  weeks: unknown[];
}

function file(name: string, content: unknown): string {
  const path = join(TMP, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const DECISIONS = [
  { week: 3, type: 'set', key: 'plan.commissionRate', value: 0.12 },
  { week: 4, type: 'gemba', rep: 0 },
  { week: 9, type: 'hire', count: 1 },
];
const LOG = file('log.json', DECISIONS);
/** Options in an unsorted order, a --set the scenario already has and one that --weeks overrides. */
const RUN_OPTIONS = ['--scenario', 'sales-director', '--seed', 'trainee-7', '--set', 'market.wordOfMouth=0.5', '--set', 'run.weeks=30', '--set', 'plan.commissionRate=0.03', '--weeks', '13', '--decisions', LOG];

describe('salesfloor code encode / decode / run --code', () => {
  it.each(['C', 'fr_FR.UTF-8'])('help (LANG=%s) shows the three uses of codes', async (lang) => {
    const r = await inProcess(['help'], lang);
    expect(r.code).toBe(0);
    for (const usage of ['salesfloor run --code CODE', 'salesfloor code encode --scenario ID', 'salesfloor code decode CODE', '  --code CODE ']) expect(r.stdout).toContain(usage);
  });

  it('encode, decode and run --code give back the same run', async () => {
    const code = (await ok(['code', 'encode', ...RUN_OPTIONS])).trim();
    expect(code).toMatch(/^sf2\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);

    const identity = JSON.parse(await ok(['code', 'decode', code])) as RunIdentity;
    const director = scenarioParams('sales-director');
    expect(director['plan.commissionRate']).not.toBe(0.03); // so that the override below is a change
    expect(identity).toEqual({
      model: MODEL_VERSION,
      scenario: 'sales-director',
      seed: 'trainee-7',
      // typed, sorted, only what differs from the scenario; --weeks won over --set run.weeks
      overrides: director['market.wordOfMouth'] === 0.5 ? { 'plan.commissionRate': 0.03, 'run.weeks': 13 } : { 'market.wordOfMouth': 0.5, 'plan.commissionRate': 0.03, 'run.weeks': 13 },
      decisions: DECISIONS,
      hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });

    expect(Object.keys(identity.overrides)).toEqual(Object.keys(identity.overrides).sort());
    const [replayed, direct] = await Promise.all([ok(['run', '--code', code]), ok(['run', ...RUN_OPTIONS])]);
    const doc = JSON.parse(replayed) as RunDoc;
    expect(doc.hash).toBe(identity.hash);
    expect(doc.code).toBe(code);
    expect(doc.decisions).toEqual(DECISIONS);
    expect(doc.weeks).toHaveLength(13);
    expect(replayed).toBe(direct);
  });

  it('a game played without changes has the code the command line gives', async () => {
    const game = encodeRunCode(identityOf('founder', '42', {}, []));
    expect((await ok(['code', 'encode', '--scenario', 'founder', '--seed', '42'])).trim()).toBe(game);
    // setting what the scenario already has changes nothing in the run, so nothing in the code
    const same = ['--weeks', '104', '--set', `plan.commissionRate=${scenarioParams('founder')['plan.commissionRate']}`];
    expect((await ok(['code', 'encode', '--scenario', 'founder', '--seed', '42', ...same])).trim()).toBe(game);
  });

  it('the run document carries its decisions and code; the code alone reproduces the hash', async () => {
    const out = join(TMP, 'run.json');
    expect(await inProcess(['run', '--scenario', 'ambivalent-ceo', '--seed', '9', '--weeks', '20', '--decisions', LOG, '--out', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    const doc = JSON.parse(readFileSync(out, 'utf8')) as RunDoc;
    expect(doc.decisions).toEqual(DECISIONS);
    const replayed = JSON.parse(await ok(['run', '--code', doc.code])) as RunDoc;
    expect(replayed.hash).toBe(doc.hash);
    expect(replayed).toEqual(doc);
    // the file is also a decision file: its decisions, with the same scenario and seed, give the same run
    expect((JSON.parse(await ok(['run', '--scenario', 'ambivalent-ceo', '--seed', '9', '--weeks', '20', '--decisions', out])) as RunDoc).hash).toBe(doc.hash);
  });

  it('run --code keeps --format csv and --out; a link holding the code works too', async () => {
    const code = encodeRunCode(identityOf('clawback', '3', { 'run.weeks': 10 }, []));
    const [csv, direct] = await Promise.all([
      ok(['run', '--code', `https://example.org/salesfloor/#/replay?code=${code}`, '--format', 'csv']),
      ok(['run', '--scenario', 'clawback', '--seed', '3', '--weeks', '10', '--format', 'csv']),
    ]);
    expect(csv).toBe(direct);
    expect(csv.trimEnd().split('\n')).toHaveLength(11);
  });

  it('code decode does not run the code: a tampered code decodes, run --code refuses it', async () => {
    const honest = identityOf('founder', '5', { 'run.weeks': 8 }, []);
    const tampered = encodeRunCode({ ...honest, seed: '6' });
    expect((JSON.parse(await ok(['code', 'decode', tampered])) as RunIdentity).seed).toBe('6');
    const r = await inProcess(['run', '--code', tampered]);
    expectBadInput(r, new RegExp(`hash [0-9a-f]{16}, the code says ${honest.hash}`));
  });
});

const expectBadInput = (r: Result, pattern: RegExp) => {
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^salesfloor(\u202f)?: [^\n]+\n$/);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
  expect(r.code).toBe(2);
};

const GOOD = encodeRunCode(identityOf('founder', '1', { 'run.weeks': 4 }, []));
const OTHER_MODEL = encodeRunCode({ ...identityOf('founder', '1', { 'run.weeks': 4 }, []), model: '1.0.0' });
const WRONG_HASH = encodeRunCode({ ...identityOf('founder', '1', { 'run.weeks': 4 }, []), hash: '0123456789abcdef' });
const message = (key: string, vars?: Record<string, string | number>, locale: 'en' | 'fr' = 'en') => t(`codes.errors.${key}`, vars, locale);
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const CLASS_CODE = encodeScenarioCode(CLASS);

const BAD: Array<[string, string[], RegExp]> = [
  ['a class scenario\'s run decoded without its scenario', ['code', 'decode', encodeRunCode(identityOf('sales-director', '1', {}, [], CLASS))], /class scenario \(fingerprint [0-9a-f]{12}\)/],
  ['--scenario-code with --scenario', ['code', 'encode', '--scenario-code', CLASS_CODE, '--scenario', 'founder'], /cannot be combined with --scenario/],
  ['a damaged scenario code', ['code', 'encode', '--scenario-code', `${CLASS_CODE.slice(0, -3)}zzz`], /damaged|incomplete/],
  ['a decision on a locked lever of the class scenario', ['code', 'encode', '--scenario-code', CLASS_CODE, '--decisions', file('locked.json', [{ week: 0, type: 'set', key: 'management.coaching', value: 0.9 }])], /breaks the class scenario's locks or bounds/],
  ['--scenario-code on run without --code', ['run', '--scenario-code', CLASS_CODE, '--seed', '2'], /--scenario-code goes with code encode/],
  ['garbage code', ['run', '--code', 'hello'], literally(message('format'))],
  ['empty code', ['code', 'decode', ''], literally(message('empty'))],
  ['damaged code', ['code', 'decode', `${GOOD}x`], literally(message('checksum'))],
  ['truncated code', ['run', '--code', GOOD.slice(0, 30)], /not a Salesfloor run code|damaged/],
  ['another model version', ['code', 'decode', OTHER_MODEL], literally(message('version', { code: '1.0.0', current: MODEL_VERSION }))],
  ['a rerun with another hash', ['run', '--code', WRONG_HASH], /gives a different run .*the code says 0123456789abcdef/],
  ['--code with what it replaces', ['run', '--code', GOOD, '--seed', '2', '--set', 'plan.quota=1'], /--code holds the whole run.*--seed, --set$/m],
  ['code without an action', ['code'], /code needs an action; valid actions: encode, decode/],
  ['code with an unknown action', ['code', 'show', GOOD], /unknown action "show" for code; valid actions: encode, decode/],
  ['decode without a code', ['code', 'decode'], /missing argument; usage: salesfloor code decode CODE/],
  ['decode with two codes', ['code', 'decode', GOOD, GOOD], /unexpected argument/],
  ['encode without a scenario', ['code', 'encode', '--seed', '3'], /--scenario ID; valid scenarios: founder/],
  ['encode with a run option', ['code', 'encode', '--scenario', 'founder', '--format', 'csv'], /unknown option "--format" for code encode/],
  ['encode with a bad decision', ['code', 'encode', '--scenario', 'founder', '--weeks', '4', '--decisions', file('late.json', [{ week: 9, type: 'hire', count: 1 }])], /decision 1 is for week 9/],
];

describe('salesfloor code encode --scenario-code: reference runs of a class scenario', () => {
  it('makes the run the game makes on that scenario: its code names it, opens with it, and replays to the same hash', async () => {
    const code = (await ok(['code', 'encode', '--scenario-code', CLASS_CODE, '--seed', '7', '--decisions', file('class.json', [{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.09 }])])).trim();
    expect(code).toMatch(/^sf2\./);
    const id = identityOf('sales-director', '7', {}, [{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.09 }], CLASS);
    expect(code).toBe(encodeRunCode(id));
    // the scenario's events and parameters count: without them the hash differs
    expect(identityOf('sales-director', '7', {}, id.decisions).hash).not.toBe(id.hash);
    const decoded = JSON.parse(await ok(['code', 'decode', code, '--scenario-code', CLASS_CODE])) as RunIdentity;
    expect(decoded).toEqual(JSON.parse(JSON.stringify(id)));
    const doc = JSON.parse(await ok(['run', '--code', code, '--scenario-code', CLASS_CODE])) as RunDoc;
    expect(doc.hash).toBe(id.hash);
  });

  it('--set and --weeks go on top of the scenario, --dilemmas answers its dilemmas', async () => {
    const code = (await ok(['code', 'encode', '--scenario-code', CLASS_CODE, '--seed', '8', '--weeks', '20', '--set', 'plan.quota=150000', '--dilemmas', 'accept'])).trim();
    const decoded = JSON.parse(await ok(['code', 'decode', code, '--scenario-code', CLASS_CODE])) as RunIdentity;
    expect(decoded.overrides).toEqual({ 'plan.quota': 150000, 'run.weeks': 20 });
    expect(decoded.decisions.every((d) => d.type === 'dilemma' && d.accept)).toBe(true);
  });
});

describe.concurrent('bad codes: exit 2, one line on stderr, nothing on stdout', () => {
  it.each(BAD)('%s', async (_name, args, pattern) => expectBadInput(await inProcess(args), pattern));

  it('in French when LANG is French', async () => {
    const r = await inProcess(['code', 'decode', OTHER_MODEL], 'fr_FR.UTF-8');
    expectBadInput(r, literally(message('version', { code: '1.0.0', current: MODEL_VERSION }, 'fr')));
    expect(r.stderr.startsWith('salesfloor\u202f: ')).toBe(true);
  });

  it('through the bin: a bad code, and a round trip', async () => {
    expectBadInput(await viaBin(['run', '--code', `${GOOD}x`]), literally(message('checksum')));
    const code = await viaBin(['code', 'encode', '--scenario', 'founder', '--weeks', '4']);
    expect(code).toEqual({ code: 0, stdout: `${GOOD}\n`, stderr: '' });
  });
});
