/**
 * The report of a sensitivity analysis: Markdown for a reader, JSON for a
 * script. Each output gets its ranked table (Sobol': S1 and ST with their 95%
 * bootstrap intervals, ranked by ST, and when measured each ST's seed-noise
 * floor, an ST within it listed after the ranked ones; Morris: mu*, mu, sigma, ranked by mu*);
 * an output that is NaN somewhere or constant gets one sentence saying so,
 * never a ranking.
 */
import { describeMeasure } from './measures';
import type { Indices, OutputAnalysis } from './sensitivity';
import type { SensitivitySpec } from './sensitivitySpec';

export interface SensitivityReport {
  model: { name: string; version: string };
  spec: SensitivitySpec;
  designRows: number;
  /** the base samples whose A and AB rows ran again on the other `seeds`, for the ST's noise floors; absent when not measured */
  floor?: { samples: number; seeds: string[] };
  runs: number;
  outputs: OutputAnalysis[];
  /** the source of the rows: this process, or the shard directories merged */
  shards: string[];
  elapsedSeconds: number;
  /** where and how it was made (src/cli/provenance.ts), in the JSON */
  provenance?: object;
}

/** A number as the report prints it: three decimals for an index, three significant figures otherwise. */
export function num(x: number, index = false): string {
  if (!Number.isFinite(x)) return String(x);
  if (index) return x.toFixed(3);
  const a = Math.abs(x);
  return a !== 0 && (a >= 1e5 || a < 1e-3) ? x.toExponential(2) : String(Number(x.toPrecision(3)));
}

const interval = (e: { value: number; conf: number }) => `${num(e.value, true)} [${num(e.value - e.conf, true)}, ${num(e.value + e.conf, true)}]`;

function outputTitle(o: OutputAnalysis, spec: SensitivitySpec): string {
  const what = describeMeasure(spec.measures[o.measure]);
  if (o.scenarios.length === 2) return `${o.measure}: ${what}, ${o.scenarios[0]} minus ${o.scenarios[1]} on the same seeds`;
  return spec.scenarios.length > 1 ? `${o.measure}: ${what}, ${o.scenarios[0]}` : `${o.measure}: ${what}`;
}

/** The table (or the sentence) of one output. */
export function outputSection(o: Indices, spec: SensitivitySpec, title: string): string {
  const head = `### ${title}\n\n`;
  if (o.status === 'nan') return `${head}Not ranked: the measure could not be taken at ${o.nanRows} of ${o.rows} design rows (a window outside the run, or a ratio over zero).\n`;
  if (o.status === 'constant') return `${head}Not ranked: the same value (${num(o.value)}) at every design row, so there is no variance to share out.\n`;
  const lines = [`${head}Mean over the design: ${num(o.mean)}.\n`];
  if ('sobol' in o && o.sobol.some((f) => f.floor !== undefined)) {
    lines.push('| rank | parameter | S1 [95% CI] | ST [95% CI] | seed-noise floor of ST [95% CI] |', '| ---: | --- | ---: | ---: | ---: |');
    let rank = 0;
    for (const f of o.sobol) {
      const floor = f.floor === undefined ? '' : interval(f.floor);
      lines.push(`| ${f.withinNoise ? '–' : ++rank} | \`${f.key}\` | ${interval(f.s1)} | ${interval(f.st)}${f.withinNoise ? ' (within seed noise)' : ''} | ${floor} |`);
    }
  } else if ('sobol' in o) {
    lines.push('| rank | parameter | S1 [95% CI] | ST [95% CI] |', '| ---: | --- | ---: | ---: |');
    o.sobol.forEach((f, i) => lines.push(`| ${i + 1} | \`${f.key}\` | ${interval(f.s1)} | ${interval(f.st)} |`));
  } else {
    lines.push('| rank | parameter | mu* | mu | sigma |', '| ---: | --- | ---: | ---: | ---: |');
    o.morris.forEach((f, i) => lines.push(`| ${i + 1} | \`${f.key}\` | ${num(f.muStar)} | ${num(f.mu)} | ${num(f.sigma)} |`));
  }
  return `${lines.join('\n')}\n`;
}

/** The seed noise in a Morris screen: what sigma cannot tell apart. */
export const MORRIS_NOISE = 'With outputs averaged over a few seeds, seed noise adds to every effect: a sigma as large as mu*, or a small mu*, can be seed noise as well as interactions or a non-linear effect.';

/** How the method reads in a report's opening; `floor`: the base samples and seeds the noise floors were measured on, if they were. */
export function methodText(spec: SensitivitySpec, rows: number, floor?: { samples: number; seeds: readonly string[] }): string {
  const m = spec.method;
  if (m.name === 'sobol') {
    const noise = floor === undefined
      ? 'Seed noise raises every ST (the bootstrap keeps the seeds fixed, so its intervals do not show it): an ST above S1 is interactions or seed noise, more seeds tell which.'
      : `Seed noise raises every ST and the bootstrap, which keeps the seeds fixed, does not show it; so the rows A and AB of the first ${floor.samples} base samples were run again on ${floor.seeds.length === 1 ? 'another seed' : `${floor.seeds.length} other seeds`} (${floor.seeds.join(', ')}), `
        + 'and each parameter\'s floor is the part of its ST the seeds alone give (¼ · mean((d − d′)²) / V, d = f(A) − f(AB) on the two seed sets). '
        + 'An ST no more above its floor than 1.96 standard deviations of the difference (the two half-widths combined) is within seed noise: listed after the ranked effects, never ranked as one (S1, which seed noise does not raise, may still show an effect alone). Above its floor, ST beyond S1 is interactions.';
    return `Sobol' indices on Saltelli's design: ${m.n} base samples of the unscrambled Sobol' sequence (Joe–Kuo directions, SALib's skip), ${rows} design rows. `
      + 'S1 (first order: the share of the output\'s variance a parameter explains alone) is Saltelli et al. (2010)\'s estimator, ST (total: alone and in every interaction) Jansen\'s; '
      + `each interval is the index ± 1.96 standard deviations over ${m.bootstrap} bootstrap resamples of the base samples (seed \`${m.seed}\`), as SALib computes them. `
      + `${noise} Ranked by ST.`;
  }
  return `Morris elementary effects: ${m.trajectories} trajectories on a ${m.levels}-level grid (design seed \`${m.seed}\`), ${rows} design rows. `
    + `mu* (the mean absolute effect of moving a parameter across its whole range) ranks; mu gives the direction. ${MORRIS_NOISE} No intervals: a screen, not an estimate.`;
}

export function sensitivityMarkdown(r: SensitivityReport): string {
  const { spec } = r;
  const ranges = spec.factors.map((f) => `\`${f.key}\` ${f.min}–${f.max}`).join(', ');
  const set = Object.entries(spec.set).map(([k, v]) => `\`${k}\`=${v}`).join(', ') || 'nothing';
  const seeds = spec.seeds.length > 6 ? `${spec.seeds.slice(0, 3).join(', ')} … ${spec.seeds[spec.seeds.length - 1]}` : spec.seeds.join(', ');
  const parts = [
    `# Sensitivity (${spec.method.name === 'sobol' ? "Sobol' indices" : 'Morris screening'})\n`,
    `Model ${r.model.name} ${r.model.version}; ${r.runs} runs in ${r.elapsedSeconds.toFixed(0)} s${r.shards.length > 0 ? ` (merged from ${r.shards.length} shards)` : ''}.\n`,
    `${spec.scenarios.length === 1 ? 'Scenario' : 'Scenarios'} ${spec.scenarios.join(', ')}, ${spec.weeks} weeks, ${spec.seeds.length === 1 ? '1 seed' : `${spec.seeds.length} paired seeds`} (${seeds}): every design row runs on the same seeds, and its output is the mean over them. Set: ${set}. Ranges: ${ranges}.\n`,
    `${methodText(spec, r.designRows, r.floor)}\n`,
    '## Outputs\n',
    ...r.outputs.map((o) => outputSection(o, spec, outputTitle(o, spec))),
  ];
  return parts.join('\n');
}
