/**
 * npm run validate — every check of EVIDENCE.md as a paired experiment.
 * Prints the table, writes reports/validation.md and reports/validation.json.
 *
 *   npm run validate                      30 seeds, all checks
 *   npm run validate -- --seeds 40        more seeds
 *   npm run validate -- --only E1,E4      some checks (no calibration)
 *   npm run validate -- --quick           the short runs of the test subset
 *   npm run validate -- --out DIR         where to write the report
 *
 * A partial run (--only or --quick) writes its report only when --out names
 * a folder, so that it never replaces the full report in reports/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSeeds, formatTable, runValidation, toMarkdown, type Progress } from '../src/validation';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seedCount = Number(arg('seeds') ?? 30);
if (!Number.isInteger(seedCount) || seedCount < 2) {
  process.stderr.write('--seeds must be a whole number of at least 2\n');
  process.exit(2);
}
const only = arg('only')?.split(',').map((s) => s.trim()).filter(Boolean);
const quick = process.argv.includes('--quick');
const partial = only !== undefined || quick;
const outDir = arg('out') ?? (partial ? undefined : 'reports');

const started = performance.now();
const tty = process.stderr.isTTY;
let lastDraw = 0;
let lastTenth = -1;

function bar(p: Progress): void {
  const now = performance.now();
  if (tty) {
    if (p.done < p.total && now - lastDraw < 200) return;
  } else {
    // a log file gets a line per tenth, not one per seed
    const tenth = Math.floor((10 * p.done) / Math.max(1, p.total));
    if (tenth === lastTenth) return;
    lastTenth = tenth;
  }
  lastDraw = now;
  const width = 30;
  const share = p.total > 0 ? p.done / p.total : 1;
  const filled = Math.round(share * width);
  const elapsed = (now - started) / 1000;
  const eta = share > 0 ? elapsed / share - elapsed : 0;
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% `
    + `${p.label.padEnd(28)} ${elapsed.toFixed(0)}s elapsed, ~${eta.toFixed(0)}s left`;
  process.stderr.write(tty ? `\r${line}` : `${line}\n`);
}

const seeds = defaultSeeds(seedCount);
const report = runValidation(seeds, { quick, only, calibration: !only }, bar);
if (tty) process.stderr.write('\n');
const elapsedSeconds = (performance.now() - started) / 1000;

process.stdout.write(`${formatTable(report)}\n\nfinished in ${elapsedSeconds.toFixed(0)} s\n`);
if (outDir) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'validation.md'), toMarkdown(report, { elapsedSeconds }));
  writeFileSync(join(outDir, 'validation.json'), `${JSON.stringify({ ...report, elapsedSeconds }, null, 2)}\n`);
  process.stderr.write(`wrote ${join(outDir, 'validation.md')} and ${join(outDir, 'validation.json')}\n`);
} else {
  process.stderr.write('a partial run: no report written (add --out DIR to keep it)\n');
}
