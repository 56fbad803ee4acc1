/**
 * The market's premises a facilitator can pick for a class (no DOM): the
 * calibrated market, or one where a premise of the game's lesson is switched
 * off, so a class can see where the founder's claim stops holding. Each is a
 * set of parameter overrides on the story's market; the model's switches
 * (market.relating, market.pressureHarm) are the ones the validation's 2×2
 * turns off.
 */
import { simulate, WEEKS_PER_YEAR } from '../sim';
import { scenarioParams } from '../scenarios';

export interface Premise {
  id: string;
  overrides: Readonly<Record<string, number>>;
}

export const PREMISES: readonly Premise[] = [
  { id: 'calibrated', overrides: {} },
  // one-off buyers who never talk: what relating builds has nowhere to pay
  { id: 'noRelationships', overrides: { 'market.relating': 0, 'market.repeatRate': 0, 'market.wordOfMouth': 0 } },
  { id: 'noPressureHarm', overrides: { 'market.pressureHarm': 0 } },
  { id: 'neither', overrides: { 'market.relating': 0, 'market.pressureHarm': 0 } },
];

/** Every parameter some premise sets: a premise replaces all of them (back to the story's values unless it sets them). */
export const PREMISE_KEYS: readonly string[] = [...new Set(PREMISES.flatMap((p) => Object.keys(p.overrides)))];

/** The premise a scenario's overrides amount to, or 'custom' when its premise parameters match none. */
export function premiseOf(overrides: Readonly<Record<string, number | string>>): string {
  const found = PREMISES.find((p) => PREMISE_KEYS.every((k) => overrides[k] === p.overrides[k]));
  return found ? found.id : 'custom';
}

/** The overrides with a premise in place of whatever premise parameters they held. */
export function withPremise(overrides: Readonly<Record<string, number | string>>, id: string): Record<string, number | string> {
  const premise = PREMISES.find((p) => p.id === id);
  if (!premise) return { ...overrides };
  const kept = Object.fromEntries(Object.entries(overrides).filter(([k]) => !PREMISE_KEYS.includes(k)));
  return { ...kept, ...premise.overrides };
}

/** Year-2 profit of the founder's and the sales director's plans in a market with these premise overrides, on one seed. */
export function premiseLead(overrides: Readonly<Record<string, number | string>>, seed: string): { founder: number; director: number } {
  const market = Object.fromEntries(Object.entries(overrides).filter(([k]) => PREMISE_KEYS.includes(k)));
  const yearTwo = (story: string) => {
    const r = simulate({ params: scenarioParams(story, market), seed });
    return r.weeks.slice(WEEKS_PER_YEAR).reduce((sum, w) => sum + w.profit, 0);
  };
  return { founder: yearTwo('founder'), director: yearTwo('sales-director') };
}
