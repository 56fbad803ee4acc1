/**
 * The room's log: one accepted event per line of log.ndjson, appended and
 * flushed before the message that made it is acknowledged. The room's state
 * is the fold of these over its config (reducer.ts `fold`); a last line cut
 * by a crash was never acknowledged and is dropped.
 */
import { decisionSchema, eventDecisionSchema } from '../sim';
import { z } from '../sim/zod';
import { PHASES } from './protocol';

const seq = z.number().int().min(1);
const digest = z.string().max(40);
const player = z.string().max(12);

export const roomEventSchema = z.discriminatedUnion('e', [
  /** `nonce`: the client's, when its join carried one (a resent join is that player's) */
  z.object({ e: z.literal('join'), player, name: z.string(), token: z.string(), nonce: z.string().optional() }),
  z.object({
    e: z.literal('progress'),
    player,
    seq,
    digest,
    week: z.number().int().min(0),
    quarter: z.number().int().min(0),
    phase: z.enum(PHASES),
    decisions: z.array(decisionSchema),
    hash: z.string().optional(),
  }),
  z.object({ e: z.literal('hold'), seq, digest, quarter: z.number().int().min(0) }),
  z.object({ e: z.literal('release'), seq, digest, all: z.boolean() }),
  z.object({ e: z.literal('event'), seq, digest, event: eventDecisionSchema }),
  z.object({ e: z.literal('close'), seq, digest }),
]);
export type RoomEvent = z.infer<typeof roomEventSchema>;

/** Reads log.ndjson's text into events; a last line that does not parse (a crash mid-write) is dropped, any other bad line throws. */
export function readLog(text: string): RoomEvent[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const events: RoomEvent[] = [];
  lines.forEach((line, i) => {
    let parsed: ReturnType<typeof roomEventSchema.safeParse> | null = null;
    try {
      parsed = roomEventSchema.safeParse(JSON.parse(line));
    } catch {
      parsed = null;
    }
    if (parsed?.success) events.push(parsed.data as RoomEvent);
    else if (i < lines.length - 1 || text.endsWith('\n')) throw new Error(`log.ndjson line ${i + 1} is not a room event`);
  });
  return events;
}

/** One event as its log line (with the newline). */
export const logLine = (event: RoomEvent): string => `${JSON.stringify(event)}\n`;
