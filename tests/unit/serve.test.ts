/**
 * `salesfloor serve --stdio`, in process: the same serveLines() the command
 * runs, fed lines and read back reply by reply, its `runs` on this thread
 * (the bin, its worker pool and the end of input are exercised once, from
 * Python: servePython.test.ts). Every run is small (a 200-customer town, 26
 * weeks). Checked: each reply answers its request's id, a run gives what
 * `salesfloor run` gives, `runs` what `run` gives for the same point and
 * seed, and every bad request gets one line and a key while the server reads on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveLines } from '../../src/cli/commands/serve';
import { translator } from '../../src/cli/locale';
import { DEFAULT_MEASURES } from '../../src/research/measures';
import { PARAM_SPECS, MODEL_VERSION } from '../../src/sim';
import { expectOneLineErrors, inProcess } from './cliHarness';

interface Reply {
  id: string | number | null;
  ok: boolean;
  result?: Record<string, unknown>;
  error?: { message: string; key: string };
}

const SMALL = { scenario: 'founder', weeks: 26, set: { 'market.size': 200 } };

/** Every request (objects are sent as JSON, strings as they are), answered in one session; the replies parsed. */
async function session(requests: unknown[], lang: 'en' | 'fr' = 'en'): Promise<Reply[]> {
  let out = '';
  const lines = requests.map((r) => (typeof r === 'string' ? r : JSON.stringify(r)));
  await serveLines(lines, (text) => (out += text), { workers: 'inline', tr: translator(lang), argv: ['serve', '--stdio'] });
  expect(out.endsWith('\n')).toBe(true);
  return out.trimEnd().split('\n').map((line) => JSON.parse(line) as Reply);
}

async function one(request: Record<string, unknown>): Promise<Record<string, unknown>> {
  const [reply] = await session([{ id: 1, ...request }]);
  expect(reply.error).toBeUndefined();
  expect(reply).toMatchObject({ id: 1, ok: true });
  return reply.result!;
}

describe('serve: requests', () => {
  it('run gives the hash and totals salesfloor run gives for the same options, its measures and on request its weeks and run code', async () => {
    const cli = await inProcess(['run', '--scenario', 'founder', '--seed', '7', '--weeks', '26', '--set', 'market.size=200', '--set', 'plan.commissionRate=0.06']);
    expect(cli.code).toBe(0);
    const doc = JSON.parse(cli.stdout) as { hash: string; totals: Record<string, number>; code: string; weeks: { week: number }[] };
    const result = await one({ op: 'run', ...SMALL, set: { ...SMALL.set, 'plan.commissionRate': 0.06 }, seed: 7, withWeeks: true, withCode: true });
    expect(result).toMatchObject({ scenario: 'founder', seed: '7', hash: doc.hash, totals: doc.totals, code: doc.code });
    expect(result.weeks).toEqual(doc.weeks);
    expect((result.weeks as { week: number }[])[0].week).toBe(1);
    const measures = result.measures as Record<string, number | null>;
    expect(Object.keys(measures)).toEqual(Object.keys(DEFAULT_MEASURES));
    // a 26-week run has no year 1 or 2 to sum: JSON has no NaN, so null
    expect(measures.y1Profit).toBeNull();
    expect(measures.totalProfit).toBeCloseTo(doc.totals.profit, 6);
  });

  it('run takes a decision log and answers the dilemmas as asked, as salesfloor run does; numbers may come as text, as --set gives them', async () => {
    const decisions = [{ week: 4, type: 'set', key: 'plan.commissionRate', value: 0.1 }];
    const dir = mkdtempSync(join(tmpdir(), 'salesfloor-serve-'));
    try {
      const file = join(dir, 'log.json');
      writeFileSync(file, JSON.stringify(decisions));
      const cli = await inProcess(['run', '--scenario', 'founder', '--weeks', '26', '--set', 'market.size=200', '--dilemmas', 'accept', '--decisions', file]);
      expect(cli.code).toBe(0);
      const served = await one({ op: 'run', scenario: 'founder', weeks: 26, set: { 'market.size': '200' }, dilemmas: 'accept', decisions });
      expect(served.hash).toBe((JSON.parse(cli.stdout) as { hash: string }).hash);
      expect(served.hash).not.toBe((await one({ op: 'run', ...SMALL })).hash);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs gives each point on each seed the measures run gives it, user measures after the defaults', async () => {
    const points = [{ 'plan.commissionRate': 0.02 }, { 'plan.commissionRate': 0.09 }];
    const measures = { revenue: { sum: 'revenue' }, perDeal: { ratio: ['revenue', 'totalProfit'] } };
    const result = await one({ op: 'runs', ...SMALL, seeds: ['3', 4], points, measures });
    const names = [...Object.keys(DEFAULT_MEASURES), 'revenue', 'perDeal'];
    expect(result.names).toEqual(names);
    const values = result.values as (number | null)[][][];
    expect(values.map((p) => p.length)).toEqual([2, 2]);
    const single = await one({ op: 'run', ...SMALL, set: { ...SMALL.set, ...points[1] }, seed: '4', measures });
    expect(Object.fromEntries(names.map((n, m) => [n, values[1][1][m]]))).toEqual(single.measures);
    expect(values[0][0]).not.toEqual(values[1][0]);
    expect((single.measures as Record<string, number>).revenue).toBe((single.totals as Record<string, number>).revenue);
  });

  it('runs in one session with other measures gets them (the evaluator is opened again), then the first ones again', async () => {
    const ask = (id: number, measures?: object) => ({ id, op: 'runs', ...SMALL, seeds: 1, ...(measures ? { measures } : {}) });
    const replies = await session([ask(1, { deals: { sum: 'deals' } }), ask(2), ask(3, { deals: { sum: 'deals' } })]);
    const names = replies.map((r) => (r.result!.names as string[]).at(-1));
    expect(names).toEqual(['deals', 'finalHeadcount', 'deals']);
    expect(replies[2].result!.values).toEqual(replies[0].result!.values);
  });

  it('measures, expand, params and version answer what the CLI and the lab read', async () => {
    const [measures, expand, params, version] = await session([
      { id: 'm', op: 'measures', measures: { y2Margin: { ratio: ['y2Profit', 'y2Revenue'] } } },
      { id: 'e', op: 'expand', spec: { scenario: 'founder', seeds: 2, vary: { 'plan.commissionRate': [0, 0.1] } }, withParams: true },
      { id: 'p', op: 'params' },
      { id: 'v', op: 'version' },
    ]);
    expect(measures.result!.names).toEqual([...Object.keys(DEFAULT_MEASURES), 'y2Margin']);
    expect((measures.result!.measures as { description: string }[]).at(-1)!.description).toBe('y2Profit / y2Revenue');
    const runs = expand.result!.runs as { seed: string; params: Record<string, number> }[];
    expect(expand.result!.size).toBe(4);
    expect(runs.map((r) => [r.seed, r.params['plan.commissionRate']])).toEqual([['1', 0], ['2', 0], ['1', 0.1], ['2', 0.1]]);
    expect((params.result!.params as { key: string }[]).map((p) => p.key)).toEqual(PARAM_SPECS.map((p) => p.key));
    expect(version.result).toMatchObject({ model: { version: MODEL_VERSION }, command: 'salesfloor serve --stdio' });
    expect(version.result!.sourcesHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('serve: refusals', () => {
  /** [request line, the reply's key, a pattern its message matches] */
  const BAD: [unknown, string, RegExp][] = [
    ['{"op": "run", ', 'cli.errors.serveNotJson', /not valid JSON/],
    [[1, 2], 'cli.errors.serveNotObject', /a request is a JSON object/],
    [{ id: 1 }, 'cli.errors.serveNoOp', /no "op"; valid ops: run, runs, measures, expand, params, version/],
    [{ op: 'rnus' }, 'cli.errors.serveUnknownOpNear', /did you mean runs\?/],
    [{ op: 'fly' }, 'cli.errors.serveUnknownOp', /unknown op "fly"; valid ops/],
    [{ op: 'run', ...SMALL, wekks: 3 }, 'cli.errors.serveUnknownFieldNear', /unknown field "wekks"; did you mean weeks\?/],
    [{ op: 'run', seed: 1 }, 'cli.errors.serveField', /^run request, scenario: /],
    [{ op: 'run', ...SMALL, seed: '' }, 'cli.errors.serveField', /seed/],
    [{ op: 'run', scenario: 'fonder' }, 'cli.errors.unknownScenarioNear', /did you mean founder\?/],
    [{ op: 'run', ...SMALL, set: { 'plan.comissionRate': 0.1 } }, 'inputErrors.unknownParamNear', /plan\.commissionRate/],
    [{ op: 'run', ...SMALL, weeks: 0 }, 'inputErrors.outOfRange', /run\.weeks/],
    [{ op: 'run', ...SMALL, decisions: [{ week: 30, type: 'hire', count: 1 }] }, 'inputErrors.decisionPastEnd', /week 30/],
    [{ op: 'run', ...SMALL, measures: { y2: { sum: 'proft' } } }, 'inputErrors.measureColumn', /did you mean profit\?/],
    [{ op: 'runs', ...SMALL, seeds: 0 }, 'cli.errors.serveField', /seeds/],
    [{ op: 'runs', ...SMALL, seeds: ['1', 2, 2] }, 'inputErrors.seedTwice', /seed "2" is in seeds twice/],
    [{ op: 'runs', ...SMALL, seeds: 1000, points: Array.from({ length: 501 }, () => ({})) }, 'cli.errors.serveTooManyRuns', /501000 runs/],
    [{ op: 'expand', spec: { scenario: 'founder', seeds: 2, vary: { 'plan.comissionRate': [0] } } }, 'inputErrors.unknownParamNear', /did you mean plan\.commissionRate\?/],
  ];

  it('a bad request gets one line and its key, with its id, and the server answers the next', async () => {
    const requests = BAD.flatMap(([request], i) => [typeof request === 'string' || Array.isArray(request) ? (typeof request === 'string' ? request : JSON.stringify(request)) : { ...(request as object), id: i }, { id: `ok${i}`, op: 'measures' }]);
    const replies = await session(requests);
    expect(replies).toHaveLength(BAD.length * 2);
    BAD.forEach(([request, key, message], i) => {
      const [bad, next] = [replies[2 * i], replies[2 * i + 1]];
      const label = JSON.stringify(request);
      expect(bad.ok, label).toBe(false);
      expect(bad.id, label).toBe(typeof request === 'string' || Array.isArray(request) ? null : i);
      expect(bad.error!.key, `${label}: ${bad.error!.message}`).toBe(key);
      expect(bad.error!.message, label).toMatch(message);
      expect(bad.error!.message, label).not.toMatch(/\n/);
      expect(next, label).toMatchObject({ id: `ok${i}`, ok: true });
    });
  });

  it('says it in French when the CLI speaks French', async () => {
    const [reply] = await session([{ id: 1, op: 'rnus' }], 'fr');
    expect(reply.error!.message).toBe('op inconnue «\u202frnus\u202f»\u202f; vouliez-vous dire runs\u202f?');
  });

  it('the command needs --stdio and a whole number of workers', async () => {
    await expectOneLineErrors([
      [['serve'], /give --stdio/],
      [['serve', '--stdio', '--workers', '0'], /malformed --workers "0"/],
      [['serve', '--port', '8080'], /unknown option "--port" for serve/],
    ]);
  });
});
