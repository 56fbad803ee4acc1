/**
 * The validation report as text: a console table and a Markdown document.
 * Pure string building, shared by the CLI script and (later) the lab.
 */
import type { Calibration } from './calibration';
import type { CheckResult } from './types';


/** What `npm run validate` reports: every check and the calibration, for one set of seeds. */
export interface ValidationReport {
  model: { name: string; version: string };
  seeds: string[];
  quick: boolean;
  checks: CheckResult[];
  calibration: Calibration;
}

function num(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (a === 0) return '0';
  if (a >= 1e5 || a < 1e-3) return x.toExponential(2);
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  return x.toFixed(3);
}

export function effectText(effect: number, ci: [number, number]): string {
  if (!Number.isFinite(ci[0]) || (ci[0] === effect && ci[1] === effect)) return num(effect);
  return `${num(effect)} [${num(ci[0])}, ${num(ci[1])}]`;
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
}

function ablationText(c: CheckResult): string {
  if (!c.ablation) return 'none';
  return `${effectText(c.ablation.effect, c.ablation.ci)} ${c.ablation.pass ? 'shrinks' : 'DOES NOT SHRINK'}`;
}

/** A fixed-width table for the terminal. */
export function formatTable(report: ValidationReport): string {
  const head = ['id', 'finding', 'effect [95% CI]', 'result', 'ablation'];
  const widths = [7, 44, 34, 6, 40];
  const lines = [head.map((h, i) => pad(h, widths[i])).join(' '), widths.map((w) => '-'.repeat(w)).join(' ')];
  for (const c of report.checks) {
    lines.push([c.id, c.finding, effectText(c.effect, c.ci), verdict(c.pass), ablationText(c)].map((x, i) => pad(x, widths[i])).join(' '));
    for (const s of c.subchecks ?? []) {
      lines.push(['', `  · ${s.label}`, effectText(s.effect, s.ci), verdict(s.pass), ''].map((x, i) => pad(x, widths[i])).join(' '));
    }
    for (const t of c.tables ?? []) {
      lines.push('', `  ${t.title}`, `  ${t.headers.join(' | ')}`, ...t.rows.map((r) => `  ${r.join(' | ')}`), `  ${t.reading}`, '');
    }
  }
  const passed = report.checks.filter((c) => c.pass).length;
  lines.push('', `${passed} of ${report.checks.length} checks pass (${report.seeds.length} seeds${report.quick ? ', quick' : ''}).`);
  if (report.calibration.rows.length > 0) {
    lines.push('', 'Calibration', '');
    const cw = [52, 26, ...report.calibration.markets.map(() => 30)];
    lines.push(['what', 'target', ...report.calibration.markets].map((x, i) => pad(x, cw[i])).join(' '));
    for (const row of report.calibration.rows) {
      lines.push([row.what, row.target, ...row.values.map((v, i) => `${effectText(v.mean, v.ci)} ${row.pass[i] ? 'ok' : 'OUT'}`)]
        .map((x, i) => pad(x, cw[i])).join(' '));
    }
  }
  return lines.join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The report as Markdown: table, sub-checks, ablations, notes, calibration. */
export function toMarkdown(report: ValidationReport, extra: { elapsedSeconds?: number } = {}): string {
  const out: string[] = [];
  const passed = report.checks.filter((c) => c.pass).length;
  out.push('# Salesfloor validation report', '');
  out.push(`Model ${report.model.name} ${report.model.version}; ${report.seeds.length} paired seeds (${report.seeds[0]} … ${report.seeds[report.seeds.length - 1]})`
    + `${report.quick ? ', quick mode' : ''}${extra.elapsedSeconds !== undefined ? `; ${extra.elapsedSeconds.toFixed(0)} s` : ''}.`);
  out.push('Every check compares two conditions under the same seeds (common random numbers); effects are means of the per-seed'
    + ' values with a 95% t interval. Findings and checks: `EVIDENCE.md`. Regenerate with `npm run validate`.', '');
  out.push(`**${passed} of ${report.checks.length} checks pass.**`, '');
  out.push('| id | finding | metric | expected | effect [95% CI] | result | mechanism off | effect off [95% CI] |');
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of report.checks) {
    out.push(`| ${c.id} | ${cell(c.finding)} | ${cell(c.metric)} | ${cell(c.expected)} | ${effectText(c.effect, c.ci)} | ${verdict(c.pass)} | `
      + `${cell(c.ablation?.description ?? 'none')} | ${c.ablation ? `${effectText(c.ablation.effect, c.ablation.ci)} (${c.ablation.pass ? 'shrinks' : 'does not shrink'})` : '—'} |`);
  }
  out.push('', '## Details', '');
  for (const c of report.checks) {
    out.push(`### ${c.id} — ${c.finding}: ${verdict(c.pass)}`, '');
    out.push(`- metric: ${c.metric}`, `- expected: ${c.expected}`, `- measured: ${effectText(c.effect, c.ci)} (n = ${c.n})`);
    for (const s of c.subchecks ?? []) out.push(`- ${s.label}: ${effectText(s.effect, s.ci)}, expected ${s.expected} — ${verdict(s.pass)}`);
    if (c.ablation) out.push(`- mechanism off (${c.ablation.description}): ${effectText(c.ablation.effect, c.ablation.ci)} — ${c.ablation.pass ? 'shrinks' : 'does not shrink'}`);
    if (c.notes) out.push(`- notes: ${c.notes}`);
    out.push('');
    for (const t of c.tables ?? []) {
      out.push(`#### ${t.title}`, '', `| ${t.headers.map(cell).join(' | ')} |`, `| ${t.headers.map(() => '---').join(' | ')} |`);
      for (const r of t.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      out.push('', t.reading, '');
    }
  }
  if (report.calibration.rows.length > 0) {
    out.push('## Calibration of the default market', '');
    out.push(`| what | target | ${report.calibration.markets.join(' | ')} |`);
    out.push(`| --- | --- | ${report.calibration.markets.map(() => '---').join(' | ')} |`);
    for (const row of report.calibration.rows) {
      out.push(`| ${row.what} | ${row.target} | ${row.values.map((v, i) => `${effectText(v.mean, v.ci)} ${row.pass[i] ? 'ok' : '**out**'}`).join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
