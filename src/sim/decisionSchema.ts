/**
 * The one shape of a decision and of a decision log, for everything that
 * reads them from outside (saves, run codes, facilitator's scenarios), so a
 * save accepts every log a run code accepts and the reverse. The schema
 * bounds sizes (text, list length); checkDecision and checkDecisions judge
 * the values (known keys, ranges, weeks within the run).
 */
import { z } from './zod';

/** A parameter's key or a text value: ten times the longest (a key of 25 characters, a choice of 7), short enough that a hostile code stays small. */
export const MAX_TEXT = 100;
/** An event's name: four times the longest ('starLeaves'). */
export const MAX_EVENT_NAME = 40;
/** Most decisions in a log: nearly 200 a week over a 10-year run (520 weeks, a walk with each of 100 reps and every lever changed); zod reads that many in about 0.15 s. */
export const MAX_DECISIONS = 100_000;

/** A parameter's key, as decisions and overrides name it. */
export const paramKeySchema = z.string().max(MAX_TEXT);
/** A parameter's value: a number or a choice. */
export const paramValueSchema = z.union([z.number(), z.string().max(MAX_TEXT)]);

const week = z.number().int().min(0);

/** A facilitator's market event (events.ts checks its kind, size and duration). */
export const eventDecisionSchema = z.object({ week, type: z.literal('event'), event: z.string().max(MAX_EVENT_NAME), size: z.number().optional(), weeks: z.number().int().optional() });

export const decisionSchema = z.discriminatedUnion('type', [
  z.object({ week, type: z.literal('set'), key: paramKeySchema, value: paramValueSchema }),
  z.object({ week, type: z.literal('gemba'), rep: z.number().int().min(0) }),
  z.object({ week, type: z.literal('hire'), count: z.number().int().min(1) }),
  eventDecisionSchema,
  z.object({ week, type: z.literal('dilemma'), kind: z.string().max(MAX_EVENT_NAME), rep: z.number().int().min(-1), customer: z.number().int().min(-1), accept: z.boolean() }),
]);

export const decisionLogSchema = z.array(decisionSchema).max(MAX_DECISIONS);
