/**
 * reports/sensitivity.md: the thesis measures at the defaults (on the
 * validation's seeds, so they are reports/validation.md's figures), their
 * Sobol' indices over the key premises and free plan levers, where in that
 * space the sales director wins, and optionally a Morris screen of the
 * findings. An output that could not be measured everywhere, or that does
 * not vary, is said so and never ranked. Markdown for people, JSON for programs.
 */
import { fmt } from '../harness';
import type { FactorEffect } from '../../research/morris';
import type { Indices } from '../../research/sensitivity';
import { methodText, MORRIS_NOISE, num, outputSection } from '../../research/sensitivityReport';
import type { SensitivitySpec } from '../../research/sensitivitySpec';
import type { OutputSpec } from './measures';

export interface AtDefaults extends OutputSpec {
  mean: number;
  ci: [number, number];
  n: number;
  /** the same figure in reports/validation.json, when it has it */
  validation: { effect: number; ci: [number, number] } | null;
}

export interface FindingScreen extends OutputSpec {
  /** the check's headline effect on the validation's seeds (reports/validation.md's figure) */
  atDefaults: { effect: number; ci: [number, number] | null; n: number };
  /** points of the design where the effect could not be measured */
  failed: number;
  points: number;
  /** null when some point failed: not ranked */
  effects: FactorEffect[] | null;
}

export interface SensitivityResult {
  model: { name: string; version: string };
  command: string;
  workers: number;
  runs: number;
  elapsedSeconds: number;
  atDefaults: { seeds: string[]; outputs: AtDefaults[] };
  thesis: {
    spec: SensitivitySpec;
    designRows: number;
    /** the base samples whose A and AB rows ran again on the disjoint `seeds` for each ST's seed-noise floor; absent with --floor 0 */
    floor?: { samples: number; seeds: string[] };
    outputs: (OutputSpec & { indices: Indices })[];
    /** shares of the design rows where the sales director earns more in year 2, and ends with the better reputation */
    directorWins: { rows: number; profitShare: number; reputationShare: number };
  };
  findings: null | { trajectories: number; levels: number; seed: string; seeds: string[]; factors: number; held: string[]; outputs: FindingScreen[] };
}

const ci = (c: [number, number] | null) => (c === null ? '' : ` [${fmt(c[0])}, ${fmt(c[1])}]`);
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const seedList = (s: readonly string[]) => (s.length > 4 ? `${s[0]} … ${s[s.length - 1]}` : s.join(', '));

function defaultsSection(r: SensitivityResult): string[] {
  const d = r.atDefaults;
  const lines = [
    '## The thesis at the defaults',
    '',
    `Every parameter at its default, ${d.seeds.length} paired seeds (${seedList(d.seeds)}): the seeds, runs and measures of the THESIS check of `
      + '`reports/validation.md`, so its figures are the same numbers (mean of the per-seed differences, 95% t interval).',
    '',
    '| measure | at the defaults [95% CI] | reports/validation.md |',
    '| --- | ---: | --- |',
  ];
  for (const o of d.outputs) {
    const v = o.validation;
    const same = v === null ? '(not reported there)' : Math.abs(v.effect - o.mean) <= 1e-9 * Math.max(1, Math.abs(v.effect)) ? `${fmt(v.effect)}${ci(v.ci)}: the same` : `${fmt(v.effect)}${ci(v.ci)}: **differs** (regenerate both)`;
    lines.push(`| ${o.label} | ${fmt(o.mean)}${ci(o.ci)} | ${same} |`);
  }
  return [...lines, ''];
}

function thesisSection(r: SensitivityResult): string[] {
  const t = r.thesis;
  const ranges = t.spec.factors.map((f) => `\`${f.key}\` ${f.min}–${f.max}`).join(', ');
  const w = t.directorWins;
  const lines = [
    '## What the thesis depends on (Sobol\' indices)',
    '',
    `Founder and sales director on ${t.spec.seeds.length === 1 ? '1 seed' : `${t.spec.seeds.length} paired seeds`} (${seedList(t.spec.seeds)}), ${t.spec.weeks} weeks; each design row's output is the mean over the seeds `
      + `of the founder-minus-director difference (the lead share: that mean over the director's mean year-2 revenue). Ranges: ${ranges}. `
      + 'The premises go from half to one and a half times their defaults; the plan levers the two compared plans leave alone span their whole range '
      + '(what the plans set themselves is the comparison, not a factor).',
    '',
    methodText(t.spec, t.designRows, t.floor),
    '',
    `Over the ${w.rows} design rows the sales director's plan earns more in year 2 at ${pct(w.profitShare)} of them and ends with the better reputation at ${pct(w.reputationShare)}.`,
    '',
  ];
  for (const o of t.outputs) lines.push(outputSection(o.indices, t.spec, `${o.label} (${o.unit})`));
  return lines;
}

function findingsSection(r: SensitivityResult): string[] {
  const f = r.findings;
  if (f === null) {
    return [
      '## The findings',
      '',
      'Not screened in this run (it costs most of the time): `npm run sensitivity -- --findings 4` adds a Morris screen of each finding\'s headline effect '
        + 'over every numeric parameter. Each finding\'s own robustness check (its mechanism switched off) is in `reports/validation.md`.',
      '',
    ];
  }
  const lines = [
    '## The findings (Morris screen)',
    '',
    `Each of the ${f.factors} numeric parameters (all but ${f.held.map((k) => `\`${k}\``).join(', ')}) over its whole range, ${f.trajectories} trajectories of a ${f.levels}-level grid `
      + `(design seed \`${f.seed}\`), each finding's headline effect on seeds ${f.seeds.join(', ')}. mu* ranks, mu gives the direction. ${MORRIS_NOISE} `
      + 'At the defaults: the check itself on the validation\'s seeds, as in `reports/validation.md`. A finding that could not be measured at some point of the design is not ranked.',
    '',
  ];
  for (const o of f.outputs) {
    const d = o.atDefaults;
    lines.push(`### ${o.id}: ${o.label}`, '', `At the defaults: ${fmt(d.effect)}${ci(d.ci)} (n = ${d.n}).`, '');
    if (o.effects === null) {
      lines.push(`Not ranked: the effect could not be measured at ${o.failed} of ${o.points} points of the design (a check needs events some parameter values remove).`, '');
      continue;
    }
    lines.push('| rank | parameter | mu* | mu | sigma |', '| ---: | --- | ---: | ---: | ---: |');
    o.effects.slice(0, 5).forEach((e, i) => lines.push(`| ${i + 1} | \`${e.key}\` | ${num(e.muStar)} | ${num(e.mu)} | ${num(e.sigma)} |`));
    lines.push('');
  }
  return lines;
}

export function sensitivityMarkdown(r: SensitivityResult): string {
  const out = [
    '# Sensitivity of the conclusions',
    '',
    `Model ${r.model.name} ${r.model.version}. Generated by \`${r.command}\`: ${r.runs} runs on ${r.workers} workers in ${r.elapsedSeconds.toFixed(0)} s. `
      + 'Method, estimators and intervals: docs/CLI.md, Sensitivity.',
    '',
    ...defaultsSection(r),
    ...thesisSection(r),
    ...findingsSection(r),
  ];
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
