/**
 * `salesfloor optimize --spec FILE [--workers N] [--out DIR]`: searches the
 * spec's plan levers with CMA-ES for the best value of a measure under
 * constraints, every candidate on the same paired seeds
 * (src/research/optimize.ts), on the command line's worker pool kept open for
 * the whole search (src/cli/evaluate.ts). Without --out it prints the
 * Markdown report; with it, DIR holds optimize.md, optimize.json (the best
 * plan and the scenario's own with every measure's interval, the search's
 * history, provenance) and history.csv (one row per generation).
 */
import { optimize, type OptimizeResult, type SearchStep } from '../../research/optimize';
import { checkOptimizeSpec } from '../../research/optimizeSpec';
import { toCsv } from '../../shared/csv';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import { provenance } from '../provenance';
import { badSpec, jsonText, readResearchSpec, withEvaluator, writeFiles } from '../researchFiles';
import { fig, optimizeMarkdown } from '../researchReport';
import { workersOf } from '../workerPool';

function historyCsv(r: OptimizeResult): string {
  return toCsv([
    ['generation', 'sigma', 'bestObjective', 'bestViolation', 'feasibleShare'],
    ...r.search.history.map((h) => [h.generation, h.sigma, (r.spec.objective.sense === 'maximize' ? -1 : 1) * h.best.objective, h.best.violation, h.feasible]),
  ]);
}

/** `note`: where a line per generation goes (standard error on a terminal), or nowhere. */
export async function optimizeCommand(options: Record<string, string>, argv: readonly string[], tr: Tr, write: (text: string) => void, note?: (text: string) => void): Promise<void> {
  if (options.spec === undefined) throw new CliError('research.optimizeNeeds');
  const workers = workersOf(options.workers);
  const spec = readResearchSpec(options.spec, tr, checkOptimizeSpec);
  const sign = spec.objective.sense === 'maximize' ? -1 : 1;
  const progress = (step: SearchStep) => note?.(`${tr('research.progressOptimize', { generation: step.generation, best: step.best.violation > 0 ? '–' : fig(sign * step.best.objective) })}\n`);
  let result: OptimizeResult;
  try {
    result = await withEvaluator({ workers }, (open) => optimize(spec, (s) => open(s.measures), progress));
  } catch (error) {
    throw badSpec(error, options.spec, tr);
  }
  const markdown = optimizeMarkdown(result, tr);
  if (options.out === undefined) {
    write(markdown);
    return;
  }
  const json = { provenance: provenance(argv), workers, ...result };
  writeFiles(options.out, {
    'optimize.md': markdown,
    'optimize.json': jsonText(json),
    'history.csv': historyCsv(result),
  }, tr);
}
