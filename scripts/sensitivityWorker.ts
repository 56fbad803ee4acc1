/**
 * A worker of `npm run sensitivity` (bundled by esbuild, run by piscina):
 * the measures at one point of the design.
 */
import { findingsAt, thesisAt } from '../src/validation/sensitivity/measures';

export interface PointTask {
  overrides: Record<string, number>;
  thesisSeeds: string[];
  /** empty: no finding checks at this point */
  findingSeeds: string[];
  quick: boolean;
}

export default function evaluate(task: PointTask): Record<string, number> {
  const out = thesisAt(task.overrides, task.thesisSeeds);
  if (task.findingSeeds.length > 0) Object.assign(out, findingsAt(task.overrides, task.findingSeeds, task.quick));
  return out;
}
