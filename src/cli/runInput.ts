/**
 * What `run` and `code encode` build a run from: the scenario, the seed, the
 * parameters set by --weeks and every --set, and the decision log of
 * --decisions, all checked before anything runs. The overrides are kept as
 * a run code holds them: typed, only those that differ from the scenario,
 * sorted by key — so the same run always gives the same code, and a game
 * played without changes gives the code the command line gives.
 */
import { answerAll, checkParam, ParamError, type Decision, type Params } from '../sim';
import { breaksRules, scenarioRunLog, scenarioRunParams, type FacilitatorScenario } from '../codes/facilitatorScenario';
import { decodeScenarioCode } from '../codes/scenarioCode';
import { scenarioParams, SCENARIO_IDS } from '../scenarios';
import { readDecisions } from './decisions';
import { CliError, paramProblem } from './errors';
import type { Tr } from './locale';
import { parseScenarios } from './runList';

/** Explicit, documented defaults: a run never depends on the clock. */
export const DEFAULT_SEED = '1';
export const DEFAULT_WEEKS = 104;

export interface RunInput {
  scenario: string;
  seed: string;
  /** the parameters set on top of the scenario's, as a run code holds them */
  overrides: Record<string, number | string>;
  params: Params;
  decisions: Decision[];
}

/** `--set key=value` arguments as one override layer (later ones win). */
export function parseSets(sets: readonly string[]): Record<string, string> {
  const layer: Record<string, string> = {};
  for (const arg of sets) {
    const eq = arg.indexOf('=');
    const key = arg.slice(0, eq).trim();
    if (eq <= 0 || key === '' || arg.slice(eq + 1).trim() === '') throw new CliError('errors.badSet', { arg });
    layer[key] = arg.slice(eq + 1).trim();
  }
  return layer;
}

/** What every run of one call shares: the --set layer, --weeks and the decision log, all checked. */
export interface RunBase {
  /** --set's values (text), or a request's of `salesfloor serve` (numbers or text) */
  layer: Record<string, string | number>;
  weeks: number | string;
  decisions: Decision[];
  /** --dilemmas: answer every dilemma the run meets yes (true) or no (false), as the game asks them; null: none asked */
  dilemmas: boolean | null;
}

/** The answers --dilemmas takes. */
export const DILEMMA_ANSWERS = { accept: true, decline: false } as const;

export function readRunBase(options: Record<string, string>, sets: readonly string[], tr: Tr): RunBase {
  const layer = parseSets(sets);
  let weeks: number | string = layer['run.weeks'] ?? DEFAULT_WEEKS;
  if (options.weeks !== undefined) {
    try {
      weeks = checkParam('run.weeks', options.weeks);
    } catch (error) {
      if (error instanceof ParamError) throw new CliError('errors.badWeeks', { message: paramProblem(error, tr) });
      throw error;
    }
  }
  const decisions = options.decisions === undefined ? [] : readDecisions(options.decisions, tr);
  const answer = options.dilemmas;
  if (answer !== undefined && !Object.hasOwn(DILEMMA_ANSWERS, answer)) throw new CliError('errors.badDilemmas', { value: answer });
  const dilemmas = answer === undefined ? null : DILEMMA_ANSWERS[answer as keyof typeof DILEMMA_ANSWERS];
  return { layer, weeks, decisions, dilemmas };
}

/** One run of the call: the scenario's parameters under the shared layer (a bad key or value is a ParamError). */
export function runInputOf(scenario: string, seed: string, base: RunBase): RunInput {
  const params = scenarioParams(scenario, base.layer, { 'run.weeks': base.weeks });
  const overrides = overridesOf(scenario, params, [...Object.keys(base.layer), 'run.weeks']);
  // the game's dilemmas only when asked for, each answered the same way: the answers join the log (and the run code)
  const decisions = base.dilemmas === null ? base.decisions : answerAll(params, seed, base.decisions, base.dilemmas);
  return { scenario, seed, overrides, params, decisions };
}

export function readRunInput(options: Record<string, string>, sets: readonly string[], tr: Tr): RunInput {
  const seed = options.seed ?? DEFAULT_SEED;
  if (seed === '') throw new CliError('errors.emptySeed', { seed: DEFAULT_SEED });
  const scenario = options.scenario;
  if (scenario === undefined) throw new CliError('errors.missingScenario', { choices: SCENARIO_IDS.join(', ') });
  const [id, ...more] = parseScenarios(scenario);
  if (more.length > 0) throw new CliError('errors.oneScenario', { scenarios: scenario });
  return runInputOf(id, seed, readRunBase(options, sets, tr));
}

/**
 * A run of a class scenario (--scenario-code): its story and parameters,
 * then the --set layer (and --weeks, only when given: the scenario sets its
 * own length), its events before the decisions; decisions that break its
 * locks or bounds are refused, as the game would.
 */
export function readScenarioRunInput(options: Record<string, string>, sets: readonly string[], tr: Tr): RunInput & { custom: FacilitatorScenario } {
  const custom = decodeScenarioCode(options['scenario-code']);
  const seed = options.seed ?? DEFAULT_SEED;
  if (seed === '') throw new CliError('errors.emptySeed', { seed: DEFAULT_SEED });
  const base = readRunBase(options, sets, tr);
  const layer: Record<string, string | number> = { ...base.layer, ...(options.weeks !== undefined ? { 'run.weeks': base.weeks } : {}) };
  const params = scenarioRunParams(custom, layer);
  const overrides = overridesOf(custom.base, params, Object.keys(layer), scenarioRunParams(custom));
  const decisions = base.dilemmas === null ? base.decisions : answerAll(params, seed, scenarioRunLog(custom, base.decisions), base.dilemmas).filter((d) => d.type !== 'event');
  const broken = breaksRules(custom, decisions);
  if (broken) throw new ParamError(`a decision of week ${broken.week} breaks the class scenario's locks or bounds`);
  return { custom, scenario: custom.base, seed, overrides, params, decisions };
}

/** The given keys whose resolved value differs from the scenario's (or the given starting parameters'), sorted. */
function overridesOf(scenario: string, params: Params, keys: readonly string[], start: Params = scenarioParams(scenario)): Record<string, number | string> {
  const base = start as unknown as Record<string, number | string>;
  const resolved = params as unknown as Record<string, number | string>;
  const changed = [...new Set(keys)].filter((key) => resolved[key] !== base[key]).sort();
  return Object.fromEntries(changed.map((key) => [key, resolved[key]]));
}
