/**
 * Principle 13 of the style guide: every number in a rule of the model has a
 * provenance. A behavioural number is a parameter (src/sim/paramSpecs.ts) or
 * an entry of the constants table (src/sim/constants.ts and its groups in
 * src/sim/constants/) with its source. This test reads every file of src/sim
 * with the TypeScript parser and fails on any other numeric literal, except 0
 * and 1 (identities and bounds), the files whose numbers are mathematics or
 * structure, and the structural cases listed below, each counted exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defaultParams, type Params } from '../../src/sim';
import { CONSTANT_GROUPS, CONSTANTS } from '../../src/sim/constants';
import { lowPayLine } from '../../src/sim/people';
import { EXPERIMENTS } from '../../src/validation';
import { CONSTANTS_END, CONSTANTS_START, renderConstantTable, withConstantTable } from '../../src/validation/modelDoc';

const SIM = fileURLToPath(new URL('../../src/sim/', import.meta.url));
const MODEL_DOC = fileURLToPath(new URL('../../docs/MODEL.md', import.meta.url));

/** Files (and one folder) of src/sim whose numbers are mathematics or structure, not behaviour. */
const EXEMPT = [
  'math.ts', // series coefficients, IEEE constants of exp, log and the normal law
  'rng.ts', // the Alea generator's constants and seed mixing
  'hash.ts', // FNV-1a offsets and primes
  'customerArrays.ts', // byte sizes and offsets of the customer arrays' common buffer
  'calendar.ts', // 13 weeks a quarter, 52 a year
  'nearest.ts', // the edit distance behind "did you mean" in error messages: text, not behaviour
  'constants.ts', // the constants table itself
  'constants/', // its groups
  'paramSpecs.ts', // parameter defaults and ranges: the other home of a behavioural number
  'zod.ts',
];

/**
 * Structural numbers outside the exempt files: what each is, and how many
 * times it occurs in its file. The count is exact, so a new occurrence (or
 * one removed) has to be looked at here.
 */
const STRUCTURAL: { file: string; literal: number; count: number; why: string }[] = [
  // three normal deviates per customer (fit, trust, fear) in one array: its stride and the third's offset
  { file: 'create.ts', literal: 3, count: 6, why: 'three normals per customer: the stride of the set-up array' },
  { file: 'create.ts', literal: 2, count: 1, why: 'the third of a customer\'s normals (fear)' },
  // the customers' pass: event codes, and byte offsets turned into indices of the f64 (>> 3) and i32 (>> 2) views
  { file: 'customers.ts', literal: 2, count: 4, why: 'event code CHURNS; >> 2 turns a byte offset into an i32 index (three views)' },
  { file: 'customers.ts', literal: 3, count: 7, why: 'event code REORDERS; >> 3 turns a byte offset into an f64 index (six views)' },
  { file: 'customers.ts', literal: 4, count: 1, why: 'event code REORDERS_EARLY' },
  { file: 'customers.ts', literal: 5, count: 1, why: 'event code PRAISES' },
  { file: 'customers.ts', literal: 6, count: 1, why: 'event code COMPLAINS' },
  { file: 'customers.ts', literal: 0.5, count: 1, why: 'a fair coin: the neighbour told is on either side' },
  // limits of the input a run accepts, not rules of the model
  { file: 'decisions.ts', literal: 20, count: 1, why: 'most hires one decision may ask for (input check)' },
  { file: 'decisions.ts', literal: 400, count: 1, why: 'MAX_REPS, the team\'s capacity (input check; people.ts imports it)' },
  { file: 'decisionSchema.ts', literal: 100, count: 1, why: 'MAX_TEXT, the longest key or text value a save or code may hold (input size)' },
  { file: 'decisionSchema.ts', literal: 40, count: 1, why: 'MAX_EVENT_NAME, the longest event name a save or code may hold (input size)' },
  { file: 'decisionSchema.ts', literal: 100_000, count: 1, why: 'MAX_DECISIONS, the longest decision log a save or code may hold (input size)' },
  { file: 'incentives.ts', literal: 1e-9, count: 1, why: 'a numerical floor on a forecast\'s sd, so a zero forecast never divides by zero' },
  { file: 'market.ts', literal: 64, count: 1, why: 'PICK_TRIES, random picks before a scan: the lead is uniform among fresh prospects either way' },
  { file: 'record.ts', literal: 100, count: 1, why: 'NPS is in points: 100 times the share of promoters less detractors' },
  { file: 'repDecisions.ts', literal: 2, count: 1, why: 'the two targets a rep weighs (70% of quota, quota): a loop count' },
  { file: 'selling.ts', literal: 8, count: 1, why: 'LAST_VISITS, the rep card\'s list of last visits: display only, read by no rule' },
  { file: 'events.ts', literal: 0.01, count: 1, why: 'an input bound, like a parameter\'s range: an event\'s size is a share of at least 1% (0 would be no event)' },
  { file: 'types.ts', literal: 2, count: 2, why: 'Status.Active and Adopted.WonBack, enum codes' },
  { file: 'types.ts', literal: 3, count: 1, why: 'Status.Lost, an enum code' },
];

interface Found {
  file: string;
  line: number;
  literal: number;
  text: string;
}

function simFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...simFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

function isExempt(file: string): boolean {
  return EXEMPT.some((e) => (e.endsWith('/') ? file.startsWith(e) : file === e));
}

/** Every numeric literal of a source text, with its line. */
function numericLiterals(file: string, text: string): Found[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      found.push({ file, line: line + 1, literal: Number(node.text), text: text.split('\n')[line].trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The numeric literals of src/sim outside the exempt files. */
function literalsOfSim(): Found[] {
  const found: Found[] = [];
  for (const path of simFiles(SIM)) {
    const file = relative(SIM, path).split('\\').join('/');
    if (!isExempt(file)) found.push(...numericLiterals(file, readFileSync(path, 'utf8')));
  }
  return found;
}

/**
 * The literals other than 0 and 1 that the allowlist does not account for,
 * and the allowlist entries whose count is off.
 */
function audit(all: readonly Found[]): { stray: Found[]; miscounted: string[] } {
  const found = all.filter((f) => f.literal !== 0 && f.literal !== 1);
  const stray: Found[] = [];
  const miscounted: string[] = [];
  for (const f of found) if (!STRUCTURAL.some((s) => s.file === f.file && s.literal === f.literal)) stray.push(f);
  for (const s of STRUCTURAL) {
    const n = found.filter((f) => f.file === s.file && f.literal === s.literal).length;
    if (n !== s.count) miscounted.push(`${s.file}: ${s.literal} occurs ${n} times, the allowlist says ${s.count} (${s.why})`);
  }
  return { stray, miscounted };
}

describe('every number in a rule has a provenance (STYLE.md principle 13)', () => {
  it('finds no behavioural literal in src/sim outside the constants table, the parameters and the structural allowlist', () => {
    const { stray, miscounted } = audit(literalsOfSim());
    const lines = stray.map((f) => `src/sim/${f.file}:${f.line}  ${f.literal}  in  ${f.text}`);
    expect(lines, 'move each into src/sim/constants (with its source) or paramSpecs.ts, or list it above if structural').toEqual([]);
    expect(miscounted).toEqual([]);
  });

  it('would catch a new literal in a rule (the scan works)', () => {
    const probe = numericLiterals('probe.ts', 'export const odds = (x: number) => 0.37 * x + 1 - 0;');
    expect(audit(probe).stray.map((f) => f.literal)).toEqual([0.37]);
  });

  it('gives every constant a value and a source: a paper or survey (with its year), the check it was calibrated to, or a modelling choice', () => {
    const kinds = /\b(19|20)\d\d\b|calibrated to|^a modelling choice: |^a guard: |^a convention: |^a placeholder: /;
    const bad: string[] = [];
    for (const [name, c] of Object.entries(CONSTANTS)) {
      const entry = c as { value: unknown; source: unknown };
      if (typeof entry.value !== 'number' || !Number.isFinite(entry.value)) bad.push(`${name}: value is not a finite number`);
      if (typeof entry.source !== 'string' || entry.source.trim() === '') bad.push(`${name}: no source`);
      else if (!kinds.test(entry.source)) bad.push(`${name}: the source names no paper, check or modelling choice: "${entry.source}"`);
    }
    expect(bad).toEqual([]);
  });

  it('names the checks a constant was calibrated to by checks that exist', () => {
    const checks = new Set(EXPERIMENTS.map((e) => e.id));
    const unknown: string[] = [];
    for (const [name, c] of Object.entries(CONSTANTS)) {
      for (const id of c.source.match(/\bE\d+b?\b/g) ?? []) if (!checks.has(id)) unknown.push(`${name}: ${id}`);
    }
    expect(unknown).toEqual([]);
  });

  it('keeps each constant in one group only (the table is their union)', () => {
    const names = Object.values(CONSTANT_GROUPS).flatMap((g) => Object.keys(g.constants));
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(Object.keys(CONSTANTS).sort());
  });

  it('uses every constant in a rule of src/sim', () => {
    const code = simFiles(SIM)
      .filter((p) => !isExempt(relative(SIM, p).split('\\').join('/')))
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    const unused = Object.keys(CONSTANTS).filter((name) => !new RegExp(`\\b${name}\\b`).test(code));
    expect(unused).toEqual([]);
  });

  it('lists every constant in docs/MODEL.md, as CONSTANTS generates it today (run npm run docs:model if this fails)', () => {
    const doc = readFileSync(MODEL_DOC, 'utf8');
    expect(doc).toContain(CONSTANTS_START);
    expect(doc).toContain(CONSTANTS_END);
    expect(withConstantTable(doc)).toBe(doc);
    const table = renderConstantTable();
    for (const name of Object.keys(CONSTANTS)) expect(table.split(`| \`${name}\` |`).length - 1).toBe(1);
  });

  it('scales the low-pay line with the market, not a fixed sum (1,200 a week at the defaults)', () => {
    const p = defaultParams();
    expect(lowPayLine(p)).toBe(1200);
    const dearer = { ...p, 'market.dealValue': 2 * p['market.dealValue'] } as Params;
    expect(lowPayLine(dearer)).toBeCloseTo(2400, 9);
    const busier = { ...p, 'reps.visitsPerWeek': 1.5 * p['reps.visitsPerWeek'] } as Params;
    expect(lowPayLine(busier)).toBeCloseTo(1800, 9);
  });
});
