/**
 * What `salesfloor calibrate` reads: the calibration spec (which parameters
 * to fit over which prior ranges, with the team's plan and size fixed) and
 * the team's weekly data, a table with the weeks table's column names and
 * weeks numbered as the game numbers them (1, 2, 3…: src/sim/calendar.ts).
 *
 *     { "scenario": "founder", "set": {"reps.count": 5, "market.size": 300},
 *       "fit": {"market.innovation": [0.0002, 0.002], "market.dealValue": [5000, 20000]},
 *       "match": ["deals", "revenue"], "block": 13, "particles": 200, "seed": "team-a" }
 *
 * Every refusal is a SpecError (one line, English or French).
 */
import { parseCsv } from '../shared/csv';
import { MEASURE_COLUMNS } from './measures';
import { checkRanges, checkScenario, checkSet, checkTopKeys, numberOption, refuse, refuseWord, seedOption, show, wholeOption, type Range } from './researchSpec';

export interface CalibrationSpec {
  scenario: string;
  set: Record<string, number | string>;
  fit: Range[];
  /** the data's columns to match; all of its columns besides week and quarter when the spec names none */
  match: string[] | null;
  /** weeks per summary block */
  block: number;
  particles: number;
  generations: number;
  quantile: number;
  minAcceptance: number;
  /** runs of one point for the summaries' noise covariance (0: a scaled Euclidean distance) */
  pilot: number;
  /** runs of the posterior-predictive check */
  check: number;
  seed: string;
}

export const CALIBRATION_KEYS = ['scenario', 'set', 'fit', 'match', 'block', 'particles', 'generations', 'quantile', 'minAcceptance', 'pilot', 'check', 'seed'] as const;

/** The longest data a calibration reads: the model's longest run. */
export const MAX_DATA_WEEKS = 520;

function checkColumn(column: unknown): string {
  if (typeof column !== 'string') refuse('matchShape');
  if (!MEASURE_COLUMNS.includes(column)) refuseWord('notWeekColumn', column, MEASURE_COLUMNS, { column });
  return column;
}

export function checkCalibrationSpec(json: unknown): CalibrationSpec {
  const spec = checkTopKeys(json, CALIBRATION_KEYS, ['scenario', 'fit']);
  const scenario = checkScenario(spec.scenario);
  const set = checkSet(spec.set);
  if ('run.weeks' in set) refuse('weeksNotFree', { field: 'set' });
  const fit = checkRanges(spec.fit, 'fit', set);
  let match: string[] | null = null;
  if (spec.match !== undefined) {
    if (!Array.isArray(spec.match) || spec.match.length === 0) refuse('matchShape');
    match = spec.match.map(checkColumn);
    const twice = match.find((c, i) => match?.indexOf(c) !== i);
    if (twice !== undefined) refuse('matchTwice', { column: twice });
  }
  return {
    scenario,
    set,
    fit,
    match,
    block: wholeOption(spec, 'block', 1, 52, 13),
    particles: wholeOption(spec, 'particles', 10, 10000, 200),
    generations: wholeOption(spec, 'generations', 1, 50, 8),
    quantile: numberOption(spec, 'quantile', 0.1, 0.9, 0.5),
    minAcceptance: numberOption(spec, 'minAcceptance', 0.001, 0.5, 0.02),
    pilot: wholeOption(spec, 'pilot', 0, 10000, 50),
    check: wholeOption(spec, 'check', 10, 10000, 100),
    seed: seedOption(spec, 'calibrate'),
  };
}

/** A team's weekly data: each matched column's values, week 1 first. */
export interface TeamData {
  weeks: number;
  columns: Record<string, number[]>;
}

const DATA_EXTRA = ['week', 'quarter'];

/**
 * The data's CSV text, checked against the spec: a `week` column numbering
 * the weeks 1, 2, 3… without gaps, only week-table columns, numbers in every
 * matched cell, at least two summary blocks of weeks.
 */
export function checkTeamData(text: string, spec: CalibrationSpec): TeamData {
  const rows = parseCsv(text).filter((r) => !(r.length === 1 && r[0].trim() === ''));
  // a quote never closed swallows the lines after it into one cell
  const open = rows.findIndex((r) => r.some((cell) => /[\r\n]/.test(cell)));
  if (open >= 0) refuse('dataQuote', { row: open + 1 });
  if (rows.length < 2) refuse('dataEmpty');
  const header = rows[0].map((h) => h.trim());
  for (const column of header) {
    if (!DATA_EXTRA.includes(column) && !MEASURE_COLUMNS.includes(column)) refuseWord('dataColumn', column, [...DATA_EXTRA, ...MEASURE_COLUMNS], { column });
  }
  const twice = header.find((c, i) => header.indexOf(c) !== i);
  if (twice !== undefined) refuse('dataColumnTwice', { column: twice });
  if (!header.includes('week')) refuse('dataNoWeek');
  const match = spec.match ?? header.filter((c) => !DATA_EXTRA.includes(c));
  if (match.length === 0) refuse('dataNoColumns');
  for (const column of match) if (!header.includes(column)) refuse('dataMissing', { column, choices: header.join(', ') });
  const body = rows.slice(1);
  if (body.length > MAX_DATA_WEEKS) refuse('dataTooLong', { weeks: body.length, max: MAX_DATA_WEEKS });
  const min = 2 * spec.block;
  if (body.length < min) refuse('dataShort', { weeks: body.length, min, block: spec.block });
  const columns: Record<string, number[]> = Object.fromEntries(match.map((c) => [c, []]));
  const weekAt = header.indexOf('week');
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length !== header.length) refuse('dataRowLength', { row, got: cells.length, want: header.length });
    const week = Number(cells[weekAt]);
    if (cells[weekAt].trim() === '' || week !== i + 1) refuse('dataWeeks', { row, got: show(cells[weekAt]), week: i + 1 });
    for (const column of match) {
      const cell = cells[header.indexOf(column)].trim();
      const v = cell === '' ? NaN : Number(cell);
      if (!Number.isFinite(v)) refuse('dataCell', { row, column, got: cell });
      columns[column].push(v);
    }
  });
  return { weeks: body.length, columns };
}
