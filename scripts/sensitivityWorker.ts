/**
 * A worker of `npm run sensitivity -- --findings R` (bundled by esbuild, run
 * by piscina): each finding's headline effect at one point of the Morris design.
 */
import { findingsAt } from '../src/validation/sensitivity/measures';

export interface PointTask {
  overrides: Record<string, number>;
  findingSeeds: string[];
  quick: boolean;
}

export default function evaluate(task: PointTask): Record<string, number> {
  return findingsAt(task.overrides, task.findingSeeds, task.quick);
}
