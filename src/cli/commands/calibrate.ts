/**
 * `salesfloor calibrate --data FILE.csv --spec FILE [--workers N] [--out DIR]`:
 * fits the spec's parameters to a team's weekly data by ABC-SMC
 * (src/research/calibrate.ts), its runs on the command line's worker pool
 * kept open for the whole fit (src/cli/evaluate.ts). Without --out it prints
 * the Markdown report; with it, DIR holds calibration.md, calibration.json
 * (posterior, generations, check, provenance), particles.csv (the last
 * population: values, weight, distance) and check.csv (the
 * posterior-predictive bands). The same spec, data and seed give the same
 * numbers with any number of workers.
 */
import type { AbcGeneration } from '../../research/abcSmc';
import { calibrate, type CalibrationResult } from '../../research/calibrate';
import { checkCalibrationSpec, checkTeamData } from '../../research/calibrationSpec';
import { toCsv } from '../../shared/csv';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import { provenance } from '../provenance';
import { jsonText, readResearchSpec, readText, specMessage, withEvaluator, writeFiles } from '../researchFiles';
import { calibrationMarkdown, fig } from '../researchReport';
import { workersOf } from '../workerPool';

function particlesCsv(r: CalibrationResult): string {
  const keys = r.spec.fit.map((f) => f.key);
  return toCsv([[...keys, 'weight', 'distance'], ...r.particles.map((p) => [...keys.map((k) => p.values[k]), p.weight, p.distance])]);
}

function checkCsv(r: CalibrationResult): string {
  return toCsv([
    ['column', 'fromWeek', 'toWeek', 'observed', 'q05', 'median', 'q95', 'inside'],
    ...r.check.map((c) => [c.summary.column, c.summary.from, c.summary.to, c.observed, c.q05, c.median, c.q95, c.inside]),
  ]);
}

/** `note`: where a line per generation goes (standard error on a terminal), or nowhere. */
export async function calibrateCommand(options: Record<string, string>, argv: readonly string[], tr: Tr, write: (text: string) => void, note?: (text: string) => void): Promise<void> {
  if (options.data === undefined || options.spec === undefined) throw new CliError('research.calibrateNeeds');
  const workers = workersOf(options.workers);
  const spec = readResearchSpec(options.spec, tr, checkCalibrationSpec);
  const text = readText(options.data, tr);
  let data;
  try {
    data = checkTeamData(text, spec);
  } catch (error) {
    const message = specMessage(error, tr);
    if (message !== undefined) throw new CliError('research.badData', { file: options.data, message });
    throw error;
  }
  const progress = (g: AbcGeneration) => note?.(`${tr('research.progressCalibrate', { generation: g.generation, epsilon: fig(g.epsilon), simulations: g.simulations })}\n`);
  const result = await withEvaluator({ workers }, (open) => calibrate(spec, data, open, progress));
  const markdown = calibrationMarkdown(result, tr);
  if (options.out === undefined) {
    write(markdown);
    return;
  }
  const json = { provenance: provenance(argv), data: options.data, workers, ...result };
  writeFiles(options.out, {
    'calibration.md': markdown,
    'calibration.json': jsonText(json),
    'particles.csv': particlesCsv(result),
    'check.csv': checkCsv(result),
  }, tr);
}
