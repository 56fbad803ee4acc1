/**
 * The Markdown reports of `salesfloor calibrate` and `salesfloor optimize`,
 * in the CLI's language; their numbers are written as data (four
 * significant digits, a point for decimals), as the JSON and CSV beside them.
 */
import type { CalibrationResult } from '../research/calibrate';
import type { OptimizeResult, PlanReport } from '../research/optimize';
import type { Tr } from './locale';

/** A number for a report: four significant digits, as JavaScript writes them; "–" when it is not finite. */
export const fig = (v: number): string => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '–');
const interval = ([lo, hi]: readonly [number, number]) => `[${fig(lo)}, ${fig(hi)}]`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function calibrationMarkdown(r: CalibrationResult, tr: Tr): string {
  const R = (key: string, vars?: Record<string, string | number>) => tr(`research.report.${key}`, vars);
  const s = r.spec;
  const out = [
    `# ${R('calibrationTitle', { scenario: s.scenario, weeks: r.weeks })}`,
    '',
    R('method', { particles: s.particles, generations: r.generations.length, simulations: r.simulations, block: s.block, seed: s.seed, stopped: r.stopped }),
    '',
    `## ${R('posterior')}`,
    '',
    table(
      [R('parameter'), R('prior'), R('mean'), R('sd'), R('median'), R('ci90'), R('ci95')],
      r.posterior.map((p) => [p.key, interval(p.prior), fig(p.mean), fig(p.sd), fig(p.median), interval(p.ci90), interval(p.ci95)]),
    ),
    '',
    `## ${R('generationsTitle')}`,
    '',
    table(
      [R('generation'), R('tolerance'), R('runs'), R('acceptance'), R('ess')],
      r.generations.map((g) => [String(g.generation), fig(g.epsilon), String(g.simulations), fig(g.acceptance), fig(g.ess)]),
    ),
    '',
    `## ${R('checkTitle')}`,
    '',
    R('checkIntro', { runs: s.check }),
    '',
    ...r.columns.map((c) => {
      const rows = r.check.filter((row) => row.summary.column === c);
      return `- ${R('coverage', { column: c, inside: rows.filter((row) => row.inside).length, total: rows.length })}`;
    }),
    '',
    table(
      [R('column'), R('weeks'), R('data'), '5%', '50%', '95%', R('inside')],
      r.check.map((row) => [row.summary.column, `${row.summary.from}-${row.summary.to}`, fig(row.observed), fig(row.q05), fig(row.median), fig(row.q95), row.inside ? R('yes') : R('no')]),
    ),
    '',
  ];
  return out.join('\n');
}

export function optimizeMarkdown(r: OptimizeResult, tr: Tr): string {
  const R = (key: string, vars?: Record<string, string | number>) => tr(`research.report.${key}`, vars);
  const s = r.spec;
  const bound = (b: (typeof s.constraints)[number]) => [b.min === undefined ? '' : `${b.measure} ≥ ${b.min}`, b.max === undefined ? '' : `${b.measure} ≤ ${b.max}`].filter(Boolean).join(', ');
  const yes = (p: PlanReport) => (p.feasible ? R('yes') : R('no'));
  const est = (p: PlanReport, m: string) => `${fig(p.measures[m].mean)} ${interval(p.measures[m].ci)}`;
  const verdict = (p: PlanReport, i: number) => `${fig(p.constraints[i].estimate.mean)} ${interval(p.constraints[i].estimate.ci)}: ${R(p.constraints[i].verdict)}`;
  const out = [
    `# ${R('optimizeTitle', { scenario: s.scenario, sense: R(s.objective.sense), measure: s.objective.measure })}`,
    '',
    R('optimizeMethod', { evaluations: r.search.evaluations, generations: r.search.history.length, seeds: s.seeds, stopped: r.search.stopped, seed: s.seed, check: s.check }),
    '',
    s.constraints.length > 0 ? R('constraints', { list: s.constraints.map(bound).join('; ') }) : R('noConstraints'),
    '',
    table([R('lever'), R('best'), R('own')], s.levers.map((l) => [l.key, fig(r.best.levers[l.key]), fig(r.own.levers[l.key])])),
    '',
    R('gain', { measure: s.objective.measure, mean: fig(r.gain.mean), lo: fig(r.gain.ci[0]), hi: fig(r.gain.ci[1]), n: r.gain.n }),
    '',
    R('feasible', { best: yes(r.best), own: yes(r.own) }),
    '',
    ...(s.constraints.length === 0
      ? []
      : [
          R('boundsIntro'),
          '',
          table([R('constraint'), R('best'), R('own')], s.constraints.map((b, i) => [bound(b), verdict(r.best, i), verdict(r.own, i)])),
          '',
        ]),
    table([R('measure'), R('best'), R('own')], Object.keys(r.best.measures).map((m) => [m, est(r.best, m), est(r.own, m)])),
    '',
  ];
  return out.join('\n');
}
