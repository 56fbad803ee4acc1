/**
 * The `salesfloor` command line, run as users run it: the real bin in a child
 * process. Covers the listings, the run document, CSV, determinism across
 * processes, and the bad-input contract (exit 2, one line on stderr, nothing
 * on stdout). Each child costs ~0.5 s of CPU (tsx and zod loading), so the
 * full bad-input matrix also runs in process through the same main() the bin
 * calls, and a sample of it through the bin.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { hasKey } from '../../src/i18n';
import { PARAM_SPECS } from '../../src/sim';
import { SCENARIO_IDS } from '../../src/scenarios';
import golden from '../golden/hashes.json';
import { inProcess, type Result, viaBin } from './cliHarness';

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** The real bin in a child process, in a language. */
const cli = (args: string[], lang = 'C'): Promise<Result> => viaBin(args, { LANG: lang });

interface RunDoc {
  model: { name: string; version: string };
  scenario: string;
  seed: string;
  params: Record<string, number | string>;
  hash: string;
  decisions: { type: string; accept?: boolean }[];
  weeks: Record<string, number>[];
  reps: Record<string, unknown>[];
  totals: Record<string, number>;
}

async function run(args: string[]): Promise<RunDoc> {
  const r = await cli(['run', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as RunDoc;
}

function file(name: string, content: unknown): string {
  const path = join(TMP, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The week fields the command-line contract promises (issue 2, section 5). */
const WEEK_KEYS = [
  'week', 'quarter', 'leads', 'deals', 'revenue', 'discount', 'returns', 'churned', 'activeCustomers',
  'satisfaction', 'reputation', 'trust', 'nps', 'womPositive', 'womNegative', 'pushShare', 'pay',
  'incentivePay', 'profit', 'careMotive', 'misconduct', 'quits', 'headcount',
];
const SHARES = ['satisfaction', 'reputation', 'trust', 'pushShare', 'careMotive'];

const founder = run(['--scenario', 'founder']);
founder.catch(() => undefined); // awaited (and reported) by the tests below

describe.concurrent('salesfloor listings', () => {
  it('scenarios: one line per id, with its English title', async () => {
    const r = await cli(['scenarios']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual([...SCENARIO_IDS]);
    expect(lines[0]).toMatch(/^founder\s+The founder's way$/);
  });

  it('params: every parameter with its default, range, unit and description', async () => {
    const r = await cli(['params']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].split(/\s+/).slice(0, 5)).toEqual(['key', 'default', 'range', 'unit', 'description']);
    expect(lines).toHaveLength(PARAM_SPECS.length + 1);
    for (const [i, spec] of PARAM_SPECS.entries()) {
      const cells = lines[i + 1].split(/\s{2,}/);
      expect(cells[0]).toBe(spec.key);
      expect(cells[1]).toBe(String(spec.default));
      expect(cells[2]).toBe(spec.kind === 'choice' ? spec.choices.join('|') : `${spec.min}..${spec.max}`);
      expect(lines[i + 1]).toContain(spec.description);
    }
  });

  it.each([[[], cli], [['--help'], inProcess], [['help'], inProcess], [['run', '-h'], inProcess]] as const)('help %j: usage on stdout, exit 0', async (args, how) => {
    const r = await how([...args]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('salesfloor run --scenario ID');
    expect(r.stdout).toContain('--decisions FILE');
  });

  it('describes every parameter in French when LANG is French', async () => {
    const r = await inProcess(['params'], 'fr_FR.UTF-8');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].split(/\s+/).slice(0, 5)).toEqual(['clé', 'défaut', 'plage', 'unité', 'description']);
    for (const [i, spec] of PARAM_SPECS.entries()) {
      expect(lines[i + 1].startsWith(spec.key), spec.key).toBe(true);
      expect(lines[i + 1], spec.key).not.toContain(spec.description);
    }
    expect(lines[1]).toContain('Durée de la partie');
    // every unit of the schema has its French words
    for (const spec of PARAM_SPECS) expect(hasKey(`cli.units.${spec.unit}`, 'fr'), spec.unit).toBe(true);
    expect(lines[1].split(/\s{2,}/)[3]).toBe('semaines');
  });

  it('speaks French when LANG is French', async () => {
    expect((await inProcess(['help'], 'fr_FR.UTF-8')).stdout).toContain('Options de run');
    expect((await inProcess(['help'], 'fr_FR.UTF-8')).stdout).toContain('--seeds LISTE');
    expect((await inProcess(['scenarios'], 'fr_FR.UTF-8')).stdout).toContain('La voie du fondateur');
  });
});

describe.concurrent('salesfloor run', () => {
  it('prints the run document as JSON by default', async () => {
    const doc = await founder;
    expect(Object.keys(doc)).toEqual(['model', 'scenario', 'seed', 'params', 'hash', 'code', 'decisions', 'weeks', 'reps', 'totals']);
    expect(doc.model.name).toBe('salesfloor');
    expect(doc.model.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/);
    expect(doc.scenario).toBe('founder');
    expect(doc.seed).toBe('1');
    expect(doc.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.params['run.weeks']).toBe(104);
    expect(doc.weeks).toHaveLength(104);
    // the week as the game numbers it, 1 to 104 (the model's index is 0 to 103)
    expect(doc.weeks.map((w) => w.week)).toEqual(Array.from({ length: 104 }, (_, i) => i + 1));
    for (const week of doc.weeks) {
      for (const key of WEEK_KEYS) expect(typeof week[key], `weeks[${week.week}].${key}`).toBe('number');
      for (const key of SHARES) {
        expect(week[key], `weeks[${week.week}].${key}`).toBeGreaterThanOrEqual(0);
        expect(week[key], `weeks[${week.week}].${key}`).toBeLessThanOrEqual(1);
      }
      expect(Math.abs(week.nps)).toBeLessThanOrEqual(100);
    }
    expect(doc.reps.length).toBeGreaterThanOrEqual(doc.params['reps.count'] as number);
    for (const rep of doc.reps) {
      for (const key of ['id', 'ability', 'deals', 'revenue', 'pay', 'pushShare']) expect(typeof rep[key], key).toBe('number');
      expect(Array.isArray(rep.attainment), 'attainment per period').toBe(true);
    }
    expect(typeof doc.totals).toBe('object');
  });

  it('gives the weekly table as CSV, header from the week records', async () => {
    const [r, doc] = await Promise.all([cli(['run', '--scenario', 'founder', '--format', 'csv']), founder]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(Object.keys(doc.weeks[0]).join(','));
    expect(lines[0].split(',')).toEqual(expect.arrayContaining(WEEK_KEYS));
    expect(lines).toHaveLength(105);
    expect(lines[1].split(',').map(Number)).toEqual(Object.values(doc.weeks[0]));
  });

  it('same seed, same hash, in another process; --weeks shortens the run', async () => {
    const [a, b, r] = await Promise.all([founder, run(['--scenario', 'founder', '--seed', '1']), inProcess(['run', '--scenario', 'founder', '--weeks', '13'])]);
    expect(b).toEqual(a);
    const short = JSON.parse(r.stdout) as RunDoc;
    expect(short.weeks).toHaveLength(13);
    expect(short.weeks).toEqual(a.weeks.slice(0, 13));
  });

  it('reproduces the pinned golden hash of a scenario', async () => {
    const doc = await run(['--scenario', 'clawback', '--seed', golden.seed]);
    expect(doc.model.version).toBe(golden.modelVersion);
    expect(doc.hash).toBe(golden.hashes.clawback);
  });

  it('another seed, another hash', async () => {
    const [a, b] = await Promise.all([founder, run(['--scenario', 'founder', '--seed', 'another'])]);
    expect(b.seed).toBe('another');
    expect(b.hash).not.toBe(a.hash);
  });

  it('--set changes the parameters and the hash; later --set wins', async () => {
    const [a, b] = await Promise.all([
      founder,
      run(['--scenario', 'founder', '--set', 'plan.commissionRate=0.2', '--set', 'market.wordOfMouth=0', '--set=market.wordOfMouth=0.5']),
    ]);
    expect(b.params['plan.commissionRate']).toBe(0.2);
    expect(b.params['market.wordOfMouth']).toBe(0.5);
    expect(b.hash).not.toBe(a.hash);
  });

  it('a decision log changes the hash; the object forms give the same run', async () => {
    const decisions = [
      { week: 13, type: 'set', key: 'plan.commissionRate', value: 0.12 },
      { week: 20, type: 'gemba', rep: 2 },
      { week: 26, type: 'hire', count: 2 },
    ];
    const [a, b, c, d] = await Promise.all([
      founder,
      run(['--scenario', 'founder', '--decisions', file('log.json', decisions)]),
      run(['--scenario', 'founder', '--decisions', file('wrapped.json', { scenario: 'founder', seed: '1', decisions })]),
      inProcess(['run', '--scenario', 'founder', '--decisions', file('save.json', { version: 1, scenario: 'founder', seed: '1', log: decisions })]),
    ]);
    expect(b.hash).not.toBe(a.hash);
    expect(b.weeks.slice(0, 13)).toEqual(a.weeks.slice(0, 13));
    expect(c.hash).toBe(b.hash);
    expect(JSON.parse(d.stdout).hash).toBe(b.hash);
  });

  it('--dilemmas answers the game\'s dilemmas one way: the answers are in the log and the code, the hash is the game\'s for that log', async () => {
    // in this process (main(), as the bin calls it): the bin itself is the other tests'
    const here = async (args: string[]) => JSON.parse((await inProcess(['run', ...args])).stdout) as RunDoc;
    // one at a time: main() writes to this process's output
    const off = await founder;
    const yes = await here(['--scenario', 'founder', '--dilemmas', 'accept']);
    const no = await here(['--scenario', 'founder', '--dilemmas', 'decline']);
    expect(off.decisions).toEqual([]);
    const answers = yes.decisions.filter((d) => d.type === 'dilemma');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((d) => d.accept)).toBe(true);
    expect(no.decisions.every((d) => !d.accept)).toBe(true);
    expect(new Set([off.hash, yes.hash, no.hash]).size).toBe(3);
    // the same log given as a file is the same run
    const again = await here(['--scenario', 'founder', '--decisions', file('answered.json', yes.decisions)]);
    expect(again.hash).toBe(yes.hash);
    const bad = await inProcess(['run', '--scenario', 'founder', '--dilemmas', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('salesfloor: --dilemmas takes accept or decline (got "maybe")\n');
  });

  it('--out writes the file and prints nothing', async () => {
    const out = join(TMP, 'run.json');
    const [r, doc] = await Promise.all([cli(['run', '--scenario', 'founder', '--out', out]), founder]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(doc);
  });
});

const BAD_INPUT: Array<[string, string[], RegExp]> = [
  ['unknown command', ['frobnicate'], /unknown command "frobnicate".*scenarios, params, run, sweep, merge, calibrate, optimize, code, class, serve, sensitivity, help/],
  ['unknown scenario', ['run', '--scenario', 'nope'], /unknown scenario "nope".*founder/],
  ['missing scenario', ['run'], /--scenario.*founder/],
  ['unknown key', ['run', '--scenario', 'founder', '--set', 'plan.bogus=1'], /plan\.bogus.*plan\.quota/],
  ['value out of range', ['run', '--scenario', 'founder', '--set', 'plan.commissionRate=2'], /plan\.commissionRate.*0.*0\.3/],
  ['not a number', ['run', '--scenario', 'founder', '--set', 'plan.quota=lots'], /plan\.quota.*number/],
  ['bad choice', ['run', '--scenario', 'founder', '--set', 'plan.quotaPeriod=month'], /none, quarter, year/],
  ['malformed --set', ['run', '--scenario', 'founder', '--set', 'plan.quota'], /malformed --set.*key=value/],
  ['empty --set value', ['run', '--scenario', 'founder', '--set', 'plan.quota='], /malformed --set/],
  ['weeks out of range', ['run', '--scenario', 'founder', '--weeks', '0'], /--weeks.*1.*520/],
  ['weeks not a number', ['run', '--scenario', 'founder', '--weeks', 'ten'], /--weeks.*number/],
  ['empty seed', ['run', '--scenario', 'founder', '--seed', ''], /seed is empty/],
  ['missing value', ['run', '--scenario', 'founder', '--seed'], /--seed needs a value/],
  ['repeated option', ['run', '--scenario', 'founder', '--scenario', 'clawback'], /--scenario given more than once/],
  ['unknown flag', ['run', '--scenario', 'founder', '--speed', '2'], /unknown option "--speed".*--seed/],
  ['stray argument', ['scenarios', 'all'], /unexpected argument "all"/],
  ['bad format', ['run', '--scenario', 'founder', '--format', 'xml'], /unknown format "xml".*json, csv/],
  ['unwritable --out', ['run', '--scenario', 'founder', '--out', '/nonexistent-dir/run.json'], /cannot write/],
  ['missing decisions file', ['run', '--scenario', 'founder', '--decisions', '/nonexistent-dir/log.json'], /cannot read.*no such file/],
  ['command near another', ['rnu'], /unknown command "rnu"; did you mean run\?/],
  ['option near another', ['run', '--scenario', 'founder', '--tabel', 'reps'], /unknown option "--tabel" for run; did you mean --table\?/],
  ['short option', ['run', '--scenario', 'founder', '-x'], /unknown option "-x" for run/],
  ['key near another', ['run', '--scenario', 'founder', '--set', 'plan.comissionRate=0.1'], /unknown parameter "plan\.comissionRate"; did you mean plan\.commissionRate\?/],
  ['last segment near a key', ['run', '--scenario', 'founder', '--set', 'comissionRate=0.1'], /did you mean plan\.commissionRate\?/],
  ['scenario near another', ['run', '--scenario', 'sales-directer'], /unknown scenario "sales-directer"; did you mean sales-director\?/],
  ['action near another', ['code', 'decdoe', 'x'], /unknown action "decdoe" for code; did you mean decode\?/],
  ['option as a value', ['run', '--scenario', 'founder', '--seed', '--weeks', '3'], /--seed needs a value/],
];

const BAD_DECISIONS: Array<[string, string, RegExp]> = [
  ['not JSON', '{"decisions": [', /malformed decisions file .*not valid JSON/],
  ['no decision list', '{"seed": "1"}', /malformed decisions file .*no decision list/],
  ['entry not an object', '[42]', /decision 1 is not an object/],
  ['unknown type', '[{"week": 1, "type": "fire", "rep": 0}]', /decision 1 .*"fire".*set, gemba, hire/],
  ['bad week', '[{"week": -1, "type": "gemba", "rep": 0}]', /decision 1 .*week/],
  ['unknown key', '[{"week": 1, "type": "set", "key": "plan.bogus", "value": 1}]', /unknown parameter "plan\.bogus"/],
  ['set value out of range', '[{"week": 1, "type": "gemba", "rep": 0}, {"week": 1, "type": "set", "key": "plan.cap", "value": 99}]', /plan\.cap.*0.*5/],
  ['fixed key', '[{"week": 1, "type": "set", "key": "reps.count", "value": 3}]', /reps\.count cannot change/],
  ['bad hire', '[{"week": 1, "type": "hire", "count": 0}]', /decision 1: hire count/],
  ['week after the run', '[{"week": 104, "type": "hire", "count": 1}]', /decision 1 is for week 104, but the run has 104 weeks/],
  ['rep not on the team', '[{"week": 10, "type": "gemba", "rep": 12}]', /decision 1: rep 12 is not on the team in week 10/],
]

/** Cases also run through the real bin, to check the exit code and stderr plumbing. */
const THROUGH_BIN = new Set(['unknown command', 'unknown scenario', 'value out of range', 'not JSON', 'fixed key', 'rep not on the team']);

const expectBadInput = (r: Result, pattern: RegExp) => {
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^salesfloor: [^\n]+\n$/);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
  expect(r.code).toBe(2);
};

const decisionArgs = (name: string, content: string) => ['run', '--scenario', 'founder', '--decisions', file(`${name.replace(/\W+/g, '-')}.json`, content)];

describe.concurrent('salesfloor bad input: exit 2, one line on stderr, nothing on stdout', () => {
  it.each(BAD_INPUT)('%s', async (_name, args, pattern) => expectBadInput(await inProcess(args), pattern));

  it.each(BAD_DECISIONS)('decisions file: %s', async (name, content, pattern) => expectBadInput(await inProcess(decisionArgs(name, content)), pattern));

  it.each([
    ...BAD_INPUT.filter(([name]) => THROUGH_BIN.has(name)),
    ...BAD_DECISIONS.filter(([name]) => THROUGH_BIN.has(name)).map(([name, content, pattern]) => [name, decisionArgs(`bin-${name}`, content), pattern] as const),
  ])('through the bin: %s', async (_name, args, pattern) => expectBadInput(await cli([...args]), pattern));

  it.each([
    [['run', '--scenario', 'nope'], 'salesfloor : scénario inconnu « nope » ; scénarios valides : founder, '],
    [['run', '--scenario', 'founder', '--set', 'plan.comissionRate=0.1'], 'salesfloor : paramètre inconnu « plan.comissionRate » ; vouliez-vous dire plan.commissionRate ?\n'],
    [['run', '--scenario', 'founder', '--set', 'plan.commissionRate=2'], 'salesfloor : plan.commissionRate doit être compris entre 0 et 0.3'],
    [['run', '--scenario', 'founder', '--weeks', '0'], 'salesfloor : --weeks : run.weeks doit être compris entre 1 et 520'],
    [['run', '--scenario', 'founder', '--set', 'plan.quotaPeriod=month'], 'salesfloor : plan.quotaPeriod doit valoir none, quarter, year (reçu « month »)\n'],
    [['run', '--scenario', 'founder', '--seeds', '3-1'], 'salesfloor : plage de graines « 3-1 » mal formée'],
    [['run', '--scenario', 'founder', '--tabel', 'reps'], 'salesfloor : option inconnue « --tabel » pour run ; vouliez-vous dire --table ?\n'],
  ])('in French: %j', async (args, start) => {
    const r = await inProcess(args, 'fr_FR.UTF-8');
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(start), r.stderr).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['entry not an object', '[42]', ': la décision 1 n’est pas un objet\n'],
    ['rep not on the team', '[{"week": 10, "type": "gemba", "rep": 12}]', ': décision 1 : le commercial 12 n’est pas dans l’équipe à la semaine 10 (équipe : '],
    ['bad event size', '[{"week": 3, "type": "event", "event": "recession", "size": 4, "weeks": 2}]', ': décision 1 : l’ampleur de l’événement recession doit être un nombre de 0.01 à 1 (reçu 4)\n'],
  ])('a bad decisions file in French: %s', async (name, content, start) => {
    const r = await inProcess(decisionArgs(`fr-${name}`, content), 'fr_FR.UTF-8');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^salesfloor\u202f: [^\n]+\n$/);
    expect(r.stderr).toContain(start);
  });

  it('names the problem in French when LANG is French', async () => {
    const r = await cli(['frobnicate'], 'fr_FR.UTF-8');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('salesfloor : commande inconnue « frobnicate » ; commandes valides : scenarios, params, run, sweep, merge, calibrate, optimize, code, class, serve, sensitivity, help\n');
  });

  it('writing over a directory is bad input', async () => {
    expectBadInput(await inProcess(['run', '--scenario', 'founder', '--out', TMP]), /cannot write .*directory/);
  });

  it('an unexpected failure is one line with exit 1', async () => {
    let stderr = '';
    const failing = { stdout: () => { throw new Error('disk on fire\n    at somewhere.ts:1:2'); }, stderr: (t: string) => (stderr += t), env: {} };
    expect(await main(['scenarios'], failing)).toBe(1);
    expect(stderr).toBe('salesfloor: unexpected error: disk on fire at somewhere.ts:1:2\n');
  });
});
