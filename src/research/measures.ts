/**
 * Outcome measures of a run, computed from its weeks table: what a sweep,
 * a sensitivity analysis, a calibration, an optimisation, the lab's A/B
 * headline and `salesfloor serve` report, so that "year-2 profit" is the
 * same number everywhere. Framework-free: no DOM, no Node.
 *
 *     { "y2Profit": { "sum": "profit", "weeks": "53-104" },
 *       "margin":   { "ratio": ["y2Profit", "y2Revenue"] } }
 *
 * A window's weeks are numbered as the game numbers them (src/sim/calendar.ts
 * weekNumber: the first week is 1), inclusive at both ends; without one a
 * measure covers the whole run. `sum`, `mean` and `end` read a numeric
 * column of the weeks table (a field of the week record); `ratio` and `diff`
 * combine two measures named before them. A window that lies outside the
 * run gives NaN (a 52-week run has no year 2), as does a ratio over zero.
 */
import { nearest, orList, WEEKS_PER_YEAR, weekIndex, type WeekRecord } from '../sim';
import { z } from '../sim/zod';
import { inputErrorsEn } from '../i18n/inputErrors.en';
import { SpecError } from './specError';

export type MeasureDef =
  | { sum: string; weeks?: string }
  | { mean: string; weeks?: string }
  | { end: string; weeks?: string }
  | { ratio: [string, string] }
  | { diff: [string, string] };

export type MeasureSpec = Record<string, MeasureDef>;

const Y1 = `1-${WEEKS_PER_YEAR}`;
const Y2 = `${WEEKS_PER_YEAR + 1}-${2 * WEEKS_PER_YEAR}`;

/** Always computed, first, in this order: the figures a paper on this model reports. */
export const DEFAULT_MEASURES: Readonly<MeasureSpec> = {
  y1Profit: { sum: 'profit', weeks: Y1 },
  y2Profit: { sum: 'profit', weeks: Y2 },
  y1Revenue: { sum: 'revenue', weeks: Y1 },
  y2Revenue: { sum: 'revenue', weeks: Y2 },
  totalProfit: { sum: 'profit' },
  finalReputation: { end: 'reputation' },
  finalTrust: { end: 'trust' },
  finalHeadcount: { end: 'headcount' },
};

/** The week record's columns a measure may read: every field but the week's own numbering. */
const COLUMNS = [
  'leads', 'visits', 'deals', 'revenue', 'discount', 'returns', 'refunds', 'churned', 'activeCustomers', 'adopters',
  'satisfaction', 'reputation', 'trust', 'nps', 'womPositive', 'womNegative', 'pushShare', 'effort', 'pay', 'incentivePay',
  'clawback', 'managementCost', 'profit', 'careMotive', 'misconduct', 'movedDeals', 'quits', 'headcount', 'leadsLost',
  'closures', 'accountsClosed', 'slipped', 'walkedAway', 'heldBack', 'discountPulledIn', 'dealsCold', 'dealsInbound',
  'dealsReferral', 'dealsReorder', 'dealsSelfService', 'dealsPulledIn', 'dealsHeldBack', 'dealsMisconduct', 'revenueCold',
  'revenueInbound', 'revenueReferral', 'revenueReorder', 'revenueSelfService', 'revenuePulledIn', 'revenueHeldBack',
  'revenueMisconduct',
] as const satisfies readonly (keyof WeekRecord)[];
export const MEASURE_COLUMNS: readonly string[] = COLUMNS;

/** Every field of the week record but its numbering is a measure column, or this fails to compile. */
type Missing = Exclude<keyof WeekRecord, (typeof COLUMNS)[number] | 'week' | 'quarter'>;
export const EVERY_WEEK_FIELD_IS_A_COLUMN: [Missing] extends [never] ? true : false = true;

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const WINDOW = /^(\d{1,4})(?:-(\d{1,4}))?$/;
const AGGREGATES = ['sum', 'mean', 'end'] as const;
const COMBINATIONS = ['ratio', 'diff'] as const;
const KINDS = [...AGGREGATES, ...COMBINATIONS];

const defSchema = z.union([
  z.strictObject({ sum: z.string(), weeks: z.string().optional() }),
  z.strictObject({ mean: z.string(), weeks: z.string().optional() }),
  z.strictObject({ end: z.string(), weeks: z.string().optional() }),
  z.strictObject({ ratio: z.tuple([z.string(), z.string()]) }),
  z.strictObject({ diff: z.tuple([z.string(), z.string()]) }),
]);

type MeasureErrorKey = Extract<keyof typeof inputErrorsEn, `measure${string}`>;

/**
 * A SpecError under inputErrors.<key>, its English message the key's sentence
 * in src/i18n/inputErrors.en.ts (the one table research may import: these
 * sentences have placeholders and no plurals).
 */
function fail(key: MeasureErrorKey, vars: Record<string, string | number>): never {
  const message = (inputErrorsEn[key] as string).replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? ''));
  throw new SpecError(message, `inputErrors.${key}`, vars);
}

/** ", did you mean a or b?" when some choices are near the word, else nothing. */
function hintFor(word: string, choices: readonly string[]): string {
  const near = nearest(word, choices);
  return near.length > 0 ? `; did you mean ${orList(near)}?` : '';
}

/** A window "A-B" (or "A") as model week indices [from, to), or a SpecError naming the measure. */
export function parseWindow(text: string, name: string): [number, number] {
  const m = WINDOW.exec(text.trim());
  const from = m ? Number(m[1]) : 0;
  const to = m ? Number(m[2] ?? m[1]) : 0;
  if (!m || from < 1 || to < from) fail('measureWindow', { name, window: text });
  return [weekIndex(from), weekIndex(to) + 1];
}

/**
 * Reads user measures (parsed JSON): names, kinds, columns, windows, and the
 * measures a ratio or difference combines (defaults or ones named earlier);
 * a name that shadows a default is refused. Throws SpecError.
 */
export function checkMeasures(json: unknown): MeasureSpec {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) fail('measuresShape', {});
  const known = new Set(Object.keys(DEFAULT_MEASURES));
  const out: MeasureSpec = {};
  for (const [name, raw] of Object.entries(json as Record<string, unknown>)) {
    if (!NAME.test(name)) fail('measureName', { name });
    if (name in DEFAULT_MEASURES) fail('measureDefault', { name });
    const parsed = defSchema.safeParse(raw);
    if (!parsed.success) {
      const kind = raw !== null && typeof raw === 'object' ? Object.keys(raw).find((k) => k !== 'weeks') : undefined;
      fail('measureShape', { name, hint: kind === undefined ? '' : hintFor(kind, KINDS) });
    }
    const def = parsed.data as MeasureDef;
    if ('ratio' in def || 'diff' in def) {
      for (const other of 'ratio' in def ? def.ratio : def.diff) {
        if (!known.has(other)) fail('measureCombines', { name, other });
      }
    } else {
      const column = columnOf(def);
      if (!MEASURE_COLUMNS.includes(column)) fail('measureColumn', { name, column, hint: hintFor(column, MEASURE_COLUMNS) });
      if (def.weeks !== undefined) parseWindow(def.weeks, name);
    }
    known.add(name);
    out[name] = def;
  }
  return out;
}

/** The default measures, then the user's (already checked). */
export function withDefaults(user: MeasureSpec = {}): MeasureSpec {
  return { ...DEFAULT_MEASURES, ...user };
}

function columnOf(def: MeasureDef): string {
  return 'sum' in def ? def.sum : 'mean' in def ? def.mean : 'end' in def ? def.end : '';
}

/** Windows parsed, by their text: measureRun runs for every run, in every worker; each window's text is parsed once. */
const WINDOWS = new Map<string, [number, number]>();

function windowOf(text: string, name: string): [number, number] {
  let window = WINDOWS.get(text);
  if (window === undefined) {
    window = parseWindow(text, name);
    if (WINDOWS.size >= 1000) WINDOWS.clear();
    WINDOWS.set(text, window);
  }
  return window;
}

/** One measure over weeks [from, to) of the run, NaN when the window is not all inside it. */
function aggregate(def: MeasureDef, name: string, weeks: readonly WeekRecord[]): number {
  const [from, to] = 'weeks' in def && def.weeks !== undefined ? windowOf(def.weeks, name) : [0, weeks.length];
  if (to > weeks.length || from >= to) return NaN;
  const column = columnOf(def) as keyof WeekRecord;
  if ('end' in def) return weeks[to - 1][column] as number;
  let total = 0;
  for (let w = from; w < to; w++) total += weeks[w][column] as number;
  return 'mean' in def ? total / (to - from) : total;
}

/** Every measure of the spec for one run, in the spec's key order. */
export function measureRun(spec: MeasureSpec, weeks: readonly WeekRecord[]): number[] {
  const values = new Map<string, number>();
  for (const [name, def] of Object.entries(spec)) {
    let v: number;
    if ('ratio' in def) {
      const [a, b] = def.ratio.map((n) => values.get(n) ?? NaN);
      v = b === 0 ? NaN : a / b;
    } else if ('diff' in def) {
      const [a, b] = def.diff.map((n) => values.get(n) ?? NaN);
      v = a - b;
    } else {
      v = aggregate(def, name, weeks);
    }
    values.set(name, v);
  }
  return [...values.values()];
}

/** How a measure reads in a report: "sum of profit, weeks 53-104". */
export function describeMeasure(def: MeasureDef): string {
  if ('ratio' in def) return `${def.ratio[0]} / ${def.ratio[1]}`;
  if ('diff' in def) return `${def.diff[0]} − ${def.diff[1]}`;
  const kind = 'sum' in def ? 'sum' : 'mean' in def ? 'mean' : 'end';
  const window = def.weeks === undefined ? 'the whole run' : `weeks ${def.weeks}`;
  return kind === 'end' ? `${columnOf(def)} at the end of ${window}` : `${kind} of ${columnOf(def)} over ${window}`;
}
