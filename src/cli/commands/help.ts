/** `salesfloor help`: the usage text, with defaults taken from the parameter schema. */
import { findSpec } from '../../sim';
import type { Tr } from '../locale';
import { DEFAULT_SEED, DEFAULT_WEEKS } from './run';
import { MAX_WORKERS } from '../workerPool';

export function helpText(tr: Tr): string {
  const weeks = findSpec('run.weeks');
  const [minWeeks, maxWeeks] = weeks && weeks.kind !== 'choice' ? [weeks.min, weeks.max] : [1, DEFAULT_WEEKS];
  return `${tr('help', { seed: DEFAULT_SEED, weeks: DEFAULT_WEEKS, minWeeks, maxWeeks, maxWorkers: MAX_WORKERS })}\n`;
}
