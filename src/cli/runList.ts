/**
 * The runs of `salesfloor run` with many: `--scenario a,b` (a list of
 * scenario ids) and `--seeds 1-200` (a list of seeds and ranges:
 * `1-5,9,12-14`), every scenario with every seed, scenario first. A range is
 * two whole numbers joined by a dash, the first not above the second; an item
 * of digits and dashes that is not one (`1-`, `-5`, `1--3`, `1-2-3`) is
 * refused, not taken for a seed; any other item is one seed as written
 * (`a-b` too). Every problem is a CliError.
 */
import { firstRepeat } from '../lab/sweepSpec';
import { SCENARIO_IDS } from '../scenarios';
import { unknownWord } from './args';
import { CliError } from './errors';

/** Most runs one call may make (each run's output is written as it finishes, so this is about patience, not memory). */
export const MAX_RUNS = 100_000;

export function parseSeeds(text: string): string[] {
  const seeds: string[] = [];
  const add = (seed: string) => {
    seeds.push(seed);
    if (seeds.length > MAX_RUNS) throw new CliError('errors.tooManyRuns', { max: MAX_RUNS });
  };
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (item === '') throw new CliError('errors.badSeeds', { seeds: text });
    const range = /^(\d{1,9})-(\d{1,9})$/.exec(item);
    if (!range && /^[\d\s]*-[\d\s-]*$/.test(item)) throw new CliError('errors.seedRangeShape', { range: item });
    if (!range) {
      add(item);
      continue;
    }
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from > to) throw new CliError('errors.badSeedRange', { range: item });
    if (to - from >= MAX_RUNS) throw new CliError('errors.tooManyRuns', { max: MAX_RUNS });
    for (let s = from; s <= to; s++) add(String(s));
  }
  const twice = firstRepeat(seeds);
  if (twice !== undefined) throw new CliError('errors.seedTwice', { seed: twice, seeds: text });
  return seeds;
}

/** `a,b`: scenario ids, each known (with the nearest ids when one is not), none twice. */
export function parseScenarios(text: string): string[] {
  const ids = text.split(',').map((s) => s.trim());
  for (const [i, id] of ids.entries()) {
    if (id === '') throw new CliError('errors.badScenarios', { scenarios: text });
    if (!SCENARIO_IDS.includes(id)) throw unknownWord('errors.unknownScenario', id, SCENARIO_IDS, { id });
    if (ids.indexOf(id) !== i) throw new CliError('errors.scenarioTwice', { id });
  }
  return ids;
}
