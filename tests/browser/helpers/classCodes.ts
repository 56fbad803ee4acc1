/** A class of run codes made in Node, as trainees would hand them in: three scenarios, varied seeds and decisions. */
import { encodeRunCode, identityOf, runIdentity, type RunIdentity } from '../../../src/codes/runCode';
import type { Decision } from '../../../src/sim';

export interface ClassFixture {
  codes: string[];
  /** each code's cumulative profit, computed in Node */
  profit: Map<string, number>;
  /** a truncated code, one tampered with (its hash changed), and text that is no code */
  bad: { truncated: string; tampered: string; garbage: string };
}

const SCENARIOS = ['founder', 'sales-director', 'ambivalent-ceo'] as const;

function decisionsFor(i: number): Decision[] {
  const log: Decision[] = [];
  if (i % 2 === 0) log.push({ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.02 + (i % 5) * 0.01 });
  if (i % 3 === 0) log.push({ week: 26, type: 'gemba', rep: i % 4 });
  if (i % 4 === 1) log.push({ week: 39, type: 'hire', count: 1 });
  return log;
}

export function classFixture(n = 30): ClassFixture {
  const ids: RunIdentity[] = [];
  for (let i = 0; i < n; i++) ids.push(identityOf(SCENARIOS[i % SCENARIOS.length], `trainee-${i + 1}`, {}, decisionsFor(i)));
  const codes = ids.map(encodeRunCode);
  const profit = new Map(ids.map((id, i) => [codes[i], runIdentity(id).totals.profit]));
  const tampered = encodeRunCode({ ...ids[0], seed: 'someone-else' });
  return { codes, profit, bad: { truncated: codes[1].slice(0, 30), tampered, garbage: 'I could not find my code, sorry!' } };
}
