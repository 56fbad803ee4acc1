/**
 * A facilitator's scenario: a base story, its starting plan and market
 * changed, timed market events, levers locked or bounded in planning, and a
 * title and briefing of the facilitator's own in both languages (plain text,
 * always shown as text). It travels in a scenario code (scenarioCode.ts) and
 * inside the run codes of the games played on it (runCode.ts), so a replay
 * reruns it exactly: its overrides go on top of the base scenario's
 * parameters, its events before the player's decisions.
 */
import { checkDecisions, eventDecisionSchema, findSpec, paramKeySchema, paramValueSchema, ParamError, type Decision, type Params } from '../sim';
import { scenarioParams, SCENARIO_IDS, UnknownScenarioError } from '../scenarios';
import { z } from '../sim/zod';

export const MAX_TITLE = 120;
export const MAX_BRIEFING = 2000;
export const MAX_EVENTS = 40;

export type EventDecision = Extract<Decision, { type: 'event' }>;

export interface Texts {
  en: string;
  fr: string;
}

export interface FacilitatorScenario {
  /** the story it starts from (a scenario id) */
  base: string;
  /** parameters set before week 0, on top of the base scenario's */
  overrides: Record<string, number | string>;
  /** timed market events (decisions of type 'event') */
  events: EventDecision[];
  /** levers the trainee cannot change (hidden in planning) */
  locked: string[];
  /** levers the trainee may change only within these bounds, narrower than the parameter's range */
  bounds: Record<string, { min: number; max: number }>;
  title: Texts;
  briefing: Texts;
  /** the class's goal, instead of the base story's (src/play/goals.ts): the reference plans to out-earn and the reputation to end at */
  goal?: ScenarioGoal;
}

/** The reference plans a goal can name (the paired runs of the debrief). */
export const GOAL_PLANS = ['founder', 'sales-director'] as const;

export interface ScenarioGoal {
  beat: (typeof GOAL_PLANS)[number][];
  reputation: number;
}

const texts = (max: number) => z.object({ en: z.string().max(max), fr: z.string().max(max) });

/** The shape; checkScenario checks that it makes a valid run. */
export const scenarioSchema = z.object({
  base: z.string().max(100),
  overrides: z.record(paramKeySchema, paramValueSchema),
  events: z.array(eventDecisionSchema).max(MAX_EVENTS),
  locked: z.array(paramKeySchema).max(50),
  bounds: z.record(paramKeySchema, z.object({ min: z.number(), max: z.number() })),
  title: texts(MAX_TITLE),
  briefing: texts(MAX_BRIEFING),
  goal: z.object({ beat: z.array(z.enum(GOAL_PLANS)).max(GOAL_PLANS.length), reputation: z.number().min(0).max(1) }).optional(),
});

/** A key the trainee sets in planning: a pay or management lever. */
export function isLever(key: string): boolean {
  return (key.startsWith('plan.') || key.startsWith('management.')) && findSpec(key) !== undefined;
}

/** The scenario's parameters at week 0: the base story's, then its overrides, then a run's own (a run code's). */
export function scenarioRunParams(sc: FacilitatorScenario, more: Record<string, number | string> = {}): Params {
  return scenarioParams(sc.base, sc.overrides, more);
}

/** The log a game on this scenario runs: its events, then the player's decisions. */
export function scenarioRunLog(sc: FacilitatorScenario | undefined, decisions: readonly Decision[]): Decision[] {
  return sc ? [...sc.events, ...decisions] : [...decisions];
}

/**
 * Checks that a scenario makes a valid run: a known base, overrides in range,
 * events within the run, locks and bounds on levers, each bound inside the
 * parameter's range and around the starting value, both titles given. Throws
 * ParamError (or UnknownScenarioError) with one plain sentence.
 */
export function checkScenario(input: unknown): FacilitatorScenario {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw new ParamError('the scenario is not in the expected shape');
  const sc = parsed.data as FacilitatorScenario;
  if (!SCENARIO_IDS.includes(sc.base)) throw new UnknownScenarioError(sc.base);
  const params = scenarioRunParams(sc);
  const events = checkDecisions(sc.events, params);
  if (events.some((d) => d.type !== 'event')) throw new ParamError('a scenario holds only market events');
  for (const key of sc.locked) if (!isLever(key)) throw new ParamError(`only pay and management levers can be locked (got "${key}")`);
  for (const [key, b] of Object.entries(sc.bounds)) {
    const spec = findSpec(key);
    if (!isLever(key) || !spec || spec.kind === 'choice') throw new ParamError(`only numeric pay and management levers can be bounded (got "${key}")`);
    if (!(b.min >= spec.min && b.max <= spec.max && b.min <= b.max)) throw new ParamError(`the bounds of ${key} must lie within ${spec.min} to ${spec.max}, the lower first`);
    const start = Number(params[key as keyof Params]);
    if (start < b.min || start > b.max) throw new ParamError(`${key} starts at ${start}, outside its bounds ${b.min} to ${b.max}`);
  }
  if (sc.title.en.trim() === '' || sc.title.fr.trim() === '') throw new ParamError('the scenario needs a title in English and in French');
  return { ...sc, events: events as EventDecision[] };
}

/** Whether the player's decisions keep to the scenario's locks and bounds; the first one that does not, or null. */
export function breaksRules(sc: FacilitatorScenario, decisions: readonly Decision[]): Decision | null {
  for (const d of decisions) {
    if (d.type === 'event') return d;
    if (d.type !== 'set') continue;
    if (sc.locked.includes(d.key)) return d;
    const b = sc.bounds[d.key];
    if (b && (Number(d.value) < b.min || Number(d.value) > b.max)) return d;
  }
  return null;
}
