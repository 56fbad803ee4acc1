/**
 * A sensitivity analysis of a spec (src/research/sensitivitySpec.ts): its
 * design rows (Saltelli's design on the Sobol' sequence, or Morris
 * trajectories) in the unit box, each row's parameter sets (one per
 * scenario), the outputs of a row from its runs' measures (the mean over the
 * paired seeds; with two scenarios also the first minus the second, seed by
 * seed), and the indices of every output, ranked. An output that is NaN at
 * some row, or the same at every row, is reported as such and never ranked.
 */
import { scenarioParams } from '../scenarios';
import type { Params } from '../sim';
import { mean } from '../shared/stats';
import { scaleUnit } from './designs';
import { design as morrisDesign, effects, type FactorEffect, type Trajectory } from './morris';
import { floorRows, saltelliDesign, sobolIndices, stNoiseFloor, withinSeedNoise, type IndexEstimate } from './sobol';
import type { Factor, SensitivitySpec } from './sensitivitySpec';

/** The design in the unit box, one row per parameter point, in the method's order. */
export function designRows(spec: SensitivitySpec): number[][] {
  const d = spec.factors.length;
  if (spec.method.name === 'sobol') return saltelliDesign(spec.method.n, d);
  return morrisDesign(d, spec.method.trajectories, spec.method.seed, spec.method.levels).flatMap((t) => t.points);
}

/** A unit row as parameter values: each coordinate scaled to its range, whole numbers in equal strata (designs.ts scaleUnit). */
export function factorValues(factors: readonly Factor[], unit: readonly number[]): Record<string, number> {
  return Object.fromEntries(factors.map((f, i) => [f.key, scaleUnit(unit[i], f.min, f.max, f.integer)]));
}

/** The parameter sets of a row, one per scenario (the scenario, then `set`, then the row's values, then the weeks). */
export function rowPoints(spec: SensitivitySpec, unit: readonly number[]): Params[] {
  const values = factorValues(spec.factors, unit);
  return spec.scenarios.map((id) => scenarioParams(id, spec.set, values, { 'run.weeks': spec.weeks }));
}

export interface Output {
  id: string;
  /** the measure it reads */
  measure: string;
  /** its scenario, or the two scenarios of a difference */
  scenarios: string[];
}

/** The outputs analysed: each measure (per scenario when there are several), and with two scenarios each measure's difference. */
export function outputsOf(spec: SensitivitySpec): Output[] {
  const measures = Object.keys(spec.measures);
  const [a, b] = spec.scenarios;
  if (spec.scenarios.length === 1) return measures.map((m) => ({ id: m, measure: m, scenarios: [a] }));
  const out = spec.scenarios.flatMap((s) => measures.map((m) => ({ id: `${s}.${m}`, measure: m, scenarios: [s] })));
  if (spec.scenarios.length === 2) out.push(...measures.map((m) => ({ id: `${m}.${a}-minus-${b}`, measure: m, scenarios: [a, b] })));
  return out;
}

/**
 * The outputs of `rows` consecutive design rows from the evaluator's values for
 * their points (rows × scenarios, in that order) on the spec's seeds:
 * values[((row · S + scenario) · seeds + seed) · M + measure].
 */
export function rowOutputs(spec: SensitivitySpec, values: ArrayLike<number>, rows: number): number[][] {
  const measures = Object.keys(spec.measures);
  const M = measures.length;
  const S = spec.scenarios.length;
  const n = spec.seeds.length;
  const at = (row: number, sc: number, seed: number, m: number) => values[((row * S + sc) * n + seed) * M + m];
  const outputs = outputsOf(spec);
  const index = (o: Output) => ({ sc: o.scenarios.map((s) => spec.scenarios.indexOf(s)), m: measures.indexOf(o.measure) });
  const plan = outputs.map(index);
  return Array.from({ length: rows }, (_, row) =>
    plan.map(({ sc, m }) => {
      let sum = 0;
      for (let seed = 0; seed < n; seed++) sum += sc.length === 1 ? at(row, sc[0], seed, m) : at(row, sc[0], seed, m) - at(row, sc[1], seed, m);
      return sum / n;
    }),
  );
}

export interface SobolFactor {
  key: string;
  s1: IndexEstimate;
  st: IndexEstimate;
  /** the part of ST seed noise alone gives (sobol.ts stNoiseFloor), when the analysis measured it */
  floor?: IndexEstimate;
  /** ST not told apart from its floor: listed after the effects, never ranked as one */
  withinNoise?: boolean;
}

/** What an analysis shares between its outputs: the Morris design, drawn once; the outputs of the noise-floor rows on the other seeds. */
export interface IndicesContext {
  trajectories?: readonly Trajectory[];
  /** this output at sobol.ts floorRows(m, D) on a disjoint seed set of the same size */
  again?: readonly number[];
}

export type Indices =
  | { status: 'ok'; sobol: SobolFactor[]; mean: number }
  | { status: 'ok'; morris: FactorEffect[]; mean: number }
  | { status: 'nan'; nanRows: number; rows: number }
  | { status: 'constant'; value: number; rows: number };

export type OutputAnalysis = Output & Indices;

/**
 * The indices of one output from its value at every design row, ranked
 * (Sobol' by ST, the STs within seed noise after the effects when `again`
 * measured the floor; Morris by mu*); `tag` names its bootstrap stream.
 */
export function indicesOf(spec: SensitivitySpec, y: readonly number[], tag: string, context: IndicesContext = {}): Indices {
  const d = spec.factors.length;
  const nanRows = y.filter((v) => !Number.isFinite(v)).length;
  if (nanRows > 0) return { status: 'nan', nanRows, rows: y.length };
  if (y.every((v) => v === y[0])) return { status: 'constant', value: y[0], rows: y.length };
  const average = mean(y);
  if (spec.method.name === 'morris') {
    const trajectories = context.trajectories ?? morrisDesign(d, spec.method.trajectories, spec.method.seed, spec.method.levels);
    const per = d + 1;
    const byTrajectory = trajectories.map((_, t) => y.slice(t * per, (t + 1) * per));
    return { status: 'ok', mean: average, morris: effects(spec.factors, trajectories, byTrajectory) };
  }
  const r = sobolIndices(y, d, { resamples: spec.method.bootstrap, seed: `${spec.method.seed}/${tag}` });
  if (r.status !== 'ok') throw new Error(`sobolIndices: ${r.status} after the checks`);
  const floors = context.again === undefined || !context.again.every(Number.isFinite) ? null : stNoiseFloor(y, context.again, d);
  const sobol: SobolFactor[] = spec.factors.map((f, i) => {
    if (floors === null) return { key: f.key, s1: r.s1[i], st: r.st[i] };
    return { key: f.key, s1: r.s1[i], st: r.st[i], floor: floors[i], withinNoise: withinSeedNoise(r.st[i], floors[i]) };
  });
  sobol.sort((p, q) => Number(p.withinNoise ?? false) - Number(q.withinNoise ?? false) || q.st.value - p.st.value);
  return { status: 'ok', mean: average, sobol };
}

/** The rows whose outputs the noise floors take on the other seeds: indices into designRows (sobol.ts floorRows); none for Morris or `floor` 0. */
export function floorDesignRows(spec: SensitivitySpec): number[] {
  return spec.method.name === 'sobol' ? floorRows(spec.method.floor, spec.factors.length) : [];
}

/**
 * The indices of every output from its value at every design row
 * (outputs[row][output]) and at floorDesignRows on the floor's seeds (again,
 * the same way; empty for no floor); the Morris design drawn once.
 */
export function analyse(spec: SensitivitySpec, outputs: readonly (readonly number[])[], again: readonly (readonly number[])[] = []): OutputAnalysis[] {
  const m = spec.method;
  const trajectories = m.name === 'morris' ? morrisDesign(spec.factors.length, m.trajectories, m.seed, m.levels) : undefined;
  return outputsOf(spec).map((output, k) => {
    const context = { trajectories, again: again.length > 0 ? again.map((row) => row[k]) : undefined };
    return { ...output, ...indicesOf(spec, outputs.map((row) => row[k]), output.id, context) };
  });
}
