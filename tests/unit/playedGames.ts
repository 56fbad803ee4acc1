/**
 * Games played through the real game layer (src/play/session.ts) by a seeded
 * player: each quarter a plan change or two, now and then a gemba walk, every
 * dilemma answered; the log kept to a budget of decisions. For the run code's
 * length tests (compactRun.test.ts) and the CLI's.
 */
import seedrandom from 'seedrandom';
import { Session, type CustomScenario } from '../../src/play/session';
import { hashHex, MODEL_VERSION, type Decision } from '../../src/sim';
import type { RunIdentity } from '../../src/codes/runCode';
import type { FacilitatorScenario } from '../../src/codes/facilitatorScenario';

/** Plays a whole game: every dilemma answered (the game waits for it), plan changes and walks while the log is under `budget`. */
export function playGame(scenario: string, seed: string, player: string, budget = 24, custom?: FacilitatorScenario): RunIdentity {
  const rng = seedrandom(player);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const levers = ([
    ['plan.commissionRate', () => Math.round(rng() * 120) / 1000],
    ['plan.quota', () => 120000 + Math.round(rng() * 16) * 5000],
    ['plan.baseSalary', () => 800 + Math.round(rng() * 12) * 50],
    ['management.coaching', () => Math.round(rng() * 10) / 10],
    ['plan.quotaBonus', () => Math.round(rng() * 20) * 1000],
    ['plan.quotaPeriod', () => pick(['none', 'quarter', 'year'])],
  ] as Array<[string, () => number | string]>).filter(([key]) => !custom?.locked.includes(key));
  const s = new Session(custom?.base ?? scenario, seed, custom ? ({ def: custom } as CustomScenario) : null);
  const left = () => budget - s.log.length;
  while (s.phase !== 'debrief') {
    if (s.phase === 'planning') {
      const plan: Decision[] = [];
      const changes = Math.min(left() - 2, 1 + Math.floor(rng() * 2));
      for (let i = 0; i < changes; i++) {
        const [key, value] = pick(levers);
        const v = value();
        if (!plan.some((d) => d.type === 'set' && d.key === key) && !(custom?.bounds[key] && (Number(v) < custom.bounds[key].min || Number(v) > custom.bounds[key].max))) plan.push({ week: s.quarterStart(), type: 'set', key, value: v });
      }
      s.startQuarter(plan);
      continue;
    }
    if (s.phase === 'playing') {
      const d = s.dilemma();
      if (d) {
        s.answer(rng() < 0.5);
        continue;
      }
      if (left() > 2 && rng() < 0.04) {
        const team = s.state.reps.filter((r) => r.active);
        if (team.length > 0) s.bookWalk(pick(team).id);
      }
      if (!s.stepWeek(false)) s.finishQuarter();
      continue;
    }
    s.nextQuarter();
  }
  return { model: MODEL_VERSION, scenario: custom?.base ?? scenario, seed, overrides: {}, decisions: [...s.log], hash: hashHex(s.state), ...(custom ? { custom } : {}) };
}
