/**
 * The player's changes in a span of weeks, grouped as the player made them:
 * each lever set to a new value (with the value it had before), the hires,
 * and the gemba walks. Each change keeps its decisions, so a counterfactual
 * can take exactly them out of the log.
 */
import type { Decision, Params } from '../../sim';

export type Change =
  | { kind: 'set'; week: number; key: string; from: number | string; to: number | string; decisions: Decision[] }
  | { kind: 'hire'; week: number; count: number; decisions: Decision[] }
  | { kind: 'gemba'; week: number; count: number; decisions: Decision[] };

/**
 * The changes decided in weeks [start, end): `before` holds the levers'
 * values at `start`. A lever set twice counts once (its last value); a lever
 * set back to the value it had is no change.
 */
export function changesIn(log: readonly Decision[], start: number, end: number, before: Params): Change[] {
  const sets = new Map<string, Change & { kind: 'set' }>();
  let hire: (Change & { kind: 'hire' }) | null = null;
  let gemba: (Change & { kind: 'gemba' }) | null = null;
  for (const d of log) {
    if (d.week < start || d.week >= end) continue;
    if (d.type === 'set') {
      const was = sets.get(d.key);
      if (was) {
        was.to = d.value;
        was.decisions.push(d);
      } else {
        sets.set(d.key, { kind: 'set', week: d.week, key: d.key, from: (before as Record<string, number | string>)[d.key], to: d.value, decisions: [d] });
      }
    } else if (d.type === 'hire') {
      hire ??= { kind: 'hire', week: d.week, count: 0, decisions: [] };
      hire.count += d.count;
      hire.decisions.push(d);
    } else if (d.type === 'gemba') {
      gemba ??= { kind: 'gemba', week: d.week, count: 0, decisions: [] };
      gemba.count++;
      gemba.decisions.push(d);
    }
  }
  const out: Change[] = [...sets.values()].filter((c) => c.from !== c.to);
  if (hire && hire.count > 0) out.push(hire);
  if (gemba) out.push(gemba);
  return out;
}

/** The log without these changes' decisions (the same objects are matched, so equal decisions elsewhere stay). */
export function withoutChanges(log: readonly Decision[], changes: readonly Change[]): Decision[] {
  const drop = new Set<Decision>(changes.flatMap((c) => c.decisions));
  return log.filter((d) => !drop.has(d));
}
