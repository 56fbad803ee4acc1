/**
 * `salesfloor serve --stdio`: a long-lived process for loops in another
 * language (docs/python/salesfloor.py, docs/R/salesfloor.R). It reads one JSON
 * request a line on standard input and writes one JSON reply a line on
 * standard output, in the requests' order (serveProtocol.ts has the shapes):
 *
 *   run       one run: totals, hash, measures, and on request its weeks and run code
 *   runs      many runs (points × seeds) for their measures, on the worker pool kept open
 *   measures  the measures a request gets: the defaults and any given, checked
 *   expand    a sweep spec's runs, in the sweep's order
 *   params    the parameter table
 *   version   the model version and where it comes from
 *
 * A bad request gets an error reply (one line, in the CLI's language, with its
 * i18n key) and the process reads on; it ends at the end of its input.
 */
import { createInterface } from 'node:readline';
import { MODEL_VERSION, PARAM_SPECS, ParamError, checkDecisions, simulate, type Params } from '../../sim';
import { encodeRunCode } from '../../codes/runCode';
import { scenarioParams, SCENARIO_IDS } from '../../scenarios';
import { checkSpec, expandSpec, firstRepeat, seedsFrom } from '../../lab/sweepSpec';
import { checkMeasures, describeMeasure, measureRun, withDefaults, type MeasureSpec } from '../../research/measures';
import { isSpecError } from '../../research/specError';
import { weekRow } from '../../shared/dataWeek';
import { unknownWord } from '../args';
import { CliError } from '../errors';
import { openEvaluator, type Evaluator } from '../evaluate';
import type { Tr } from '../locale';
import { DEFAULT_SEED, DEFAULT_WEEKS, runInputOf } from '../runInput';
import { provenance } from '../provenance';
import { workersOf } from '../workerPool';
import { isProblem, MAX_REQUEST_RUNS, readRequest, replyLine, type ExpandRequest, type MeasuresRequest, type Reply, type Request, type RequestId, type RunRequest, type RunsRequest } from '../serveProtocol';
import { describe } from './params';

export interface ServeOptions {
  /** worker threads for `runs`, or 'inline' to run them on this thread */
  workers: number | 'inline';
  tr: Tr;
  /** the command's words, for the provenance `version` sends */
  argv: readonly string[];
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** An error a request caused, as the reply's message and key; undefined for an unexpected one. */
function problemOf(error: unknown, tr: Tr): { message: string; key: string } | undefined {
  if (error instanceof CliError) return { message: tr(error.key, error.vars), key: `cli.${error.key}` };
  const name = (error as Error | null)?.name;
  // by name too, in case a second copy of a module was loaded
  if (error instanceof ParamError || name === 'ParamError' || isSpecError(error)) {
    const { key, vars, message } = error as ParamError;
    return key ? { message: tr.any(key, vars), key } : { message, key: 'inputErrors.plain' };
  }
  return undefined;
}

function checkScenario(id: string): void {
  if (!SCENARIO_IDS.includes(id)) throw unknownWord('errors.unknownScenario', id, SCENARIO_IDS, { id });
}

/** The request's measures after the default ones (a SpecError when they are bad). */
const measureSpec = (json: unknown): MeasureSpec => withDefaults(json === undefined ? undefined : checkMeasures(json));

/** The answers to one connection's requests; holds the evaluator `runs` uses, open across requests. */
export class Server {
  private evaluator: { key: string; ev: Evaluator } | null = null;

  constructor(private readonly options: ServeOptions) {}

  /** The reply to one line (null for a blank line); never throws. */
  async answer(line: string): Promise<Reply | null> {
    if (line.trim() === '') return null;
    const { tr } = this.options;
    const read = readRequest(line);
    if (isProblem(read)) return { id: read.id, ok: false, error: { message: oneLine(tr(read.problem.key, read.problem.vars)), key: `cli.${read.problem.key}` } };
    const id: RequestId = read.id ?? null;
    try {
      return { id, ok: true, result: await this.result(read) };
    } catch (error) {
      const problem = problemOf(error, tr);
      if (problem) return { id, ok: false, error: { message: oneLine(problem.message), key: problem.key } };
      const message = error instanceof Error ? error.message : String(error);
      return { id, ok: false, error: { message: oneLine(tr('errors.unexpected', { message })), key: 'cli.errors.unexpected' } };
    }
  }

  private result(request: Request): unknown {
    switch (request.op) {
      case 'run':
        return run(request);
      case 'runs':
        return this.runs(request);
      case 'measures':
        return measures(request);
      case 'expand':
        return expand(request);
      case 'params':
        return { params: PARAM_SPECS.map((spec) => ({ ...spec, description: describe(spec, this.options.tr) })) };
      case 'version':
        return provenance(this.options.argv);
    }
  }

  private async runs(request: RunsRequest): Promise<{ names: string[]; values: (number[][])[] }> {
    checkScenario(request.scenario);
    const seeds = seedsFrom(request.seeds);
    const twice = firstRepeat(seeds);
    // as a sweep spec: the same seed twice is a mistake, not a second sample
    if (twice !== undefined) throw new ParamError(`seed "${twice}" is in seeds twice; each seed once`, 'inputErrors.seedTwice', { seed: twice });
    const points = request.points ?? [{}];
    const count = points.length * seeds.length;
    if (count > MAX_REQUEST_RUNS) throw new CliError('errors.serveTooManyRuns', { count, max: MAX_REQUEST_RUNS });
    const spec = measureSpec(request.measures);
    const weeks = request.weeks === undefined ? {} : { 'run.weeks': request.weeks };
    // the layers in a sweep's order (src/lab/sweepSpec.ts expandSpec): the scenario, `set`, the weeks, the point
    const params: Params[] = points.map((point) => scenarioParams(request.scenario, request.set, weeks, point));
    const ev = await this.evaluatorFor(spec);
    const flat = await ev.evaluate(params, seeds);
    const m = ev.names.length;
    const values = params.map((_, p) => seeds.map((_, s) => Array.from(flat.subarray((p * seeds.length + s) * m, (p * seeds.length + s + 1) * m))));
    return { names: ev.names, values };
  }

  /** The evaluator for these measures: the open one when it has them, else a new one (the old one closed). */
  private async evaluatorFor(spec: MeasureSpec): Promise<Evaluator> {
    const key = JSON.stringify(spec);
    if (this.evaluator?.key === key) return this.evaluator.ev;
    await this.close();
    const ev = openEvaluator({ workers: this.options.workers, measures: spec });
    this.evaluator = { key, ev };
    return ev;
  }

  async close(): Promise<void> {
    const open = this.evaluator;
    this.evaluator = null;
    if (open) await open.ev.close();
  }
}

function run(request: RunRequest) {
  checkScenario(request.scenario);
  const seed = request.seed === undefined ? DEFAULT_SEED : String(request.seed);
  const spec = measureSpec(request.measures);
  const decisions = checkDecisions(request.decisions ?? []);
  const dilemmas = request.dilemmas === undefined ? null : request.dilemmas === 'accept';
  const layer = request.set ?? {};
  // the run `salesfloor run` makes from the same options (runInput.ts)
  const weeks = request.weeks ?? layer['run.weeks'] ?? DEFAULT_WEEKS;
  const input = runInputOf(request.scenario, seed, { layer, weeks, decisions, dilemmas });
  const result = simulate({ params: input.params, seed, decisions: input.decisions });
  const values = measureRun(spec, result.weeks);
  const names = Object.keys(spec);
  const code = request.withCode ? { code: encodeRunCode({ model: MODEL_VERSION, scenario: input.scenario, seed, overrides: input.overrides, decisions: input.decisions, hash: result.hash }) } : {};
  return {
    scenario: input.scenario,
    seed,
    model: result.model,
    hash: result.hash,
    totals: result.totals,
    measures: Object.fromEntries(names.map((name, i) => [name, values[i]])),
    ...code,
    ...(request.withWeeks ? { weeks: result.weeks.map(weekRow) } : {}),
  };
}

function measures(request: MeasuresRequest) {
  const spec = measureSpec(request.measures);
  const described = Object.entries(spec).map(([name, def]) => ({ name, definition: def, description: describeMeasure(def) }));
  return { names: Object.keys(spec), measures: described };
}

function expand(request: ExpandRequest) {
  const runs = expandSpec(checkSpec(request.spec));
  const full = request.withParams === true;
  // each run as the sweep's runs table has it (index, scenario, seed, its point and values); its resolved parameters on request
  return { size: runs.length, runs: runs.map(({ params, ...run }) => (full ? { ...run, params } : run)) };
}

/** Answers every line of `lines` in order through `write`, then closes the pool; the end of the input ends it. */
export async function serveLines(lines: AsyncIterable<string> | Iterable<string>, write: (text: string) => void, options: ServeOptions): Promise<void> {
  const server = new Server(options);
  try {
    for await (const line of lines) {
      const reply = await server.answer(line);
      if (reply) write(replyLine(reply));
    }
  } finally {
    await server.close();
  }
}

/** `salesfloor serve --stdio [--workers N]`: standard input to standard output until the input ends. */
export async function serveCommand(options: Record<string, string>, argv: readonly string[], tr: Tr, stdout: (text: string) => void): Promise<void> {
  if (options.stdio === undefined) throw new CliError('errors.serveStdio');
  const workers = workersOf(options.workers);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  await serveLines(lines, stdout, { workers, tr, argv });
}

