/**
 * The live room's protocol: every message between a browser (a player or the
 * instructor's dashboard) and the room process (`salesfloor class`), as one
 * schema each, read by both sides. JSON text frames over one WebSocket at
 * `/room` on the page's own origin.
 *
 * Only decisions travel. A player's browser runs its own game and sends, as
 * its weeks run, the decisions those weeks took (final once a week has run);
 * the room steps its own copy of each run with them, so the dashboard's
 * figures are the room's, not the browser's, and a finished run counts only
 * once the room's rerun gives the browser's hash.
 *
 * Ordering and duplicates: every state-changing message carries `seq`, the
 * sender's count (1, 2, 3…) kept by the room per player (and for the host).
 * The room applies seq = last + 1, answers a resent seq ≤ last with the same
 * `ack` when it is the same message (a reconnect resends what was not
 * acknowledged) and refuses it as `replayed` when it differs, and refuses a
 * gap as `order`. A message is acknowledged only after its event is appended
 * to the room's log on disk and flushed.
 */
import { decisionSchema, eventDecisionSchema } from '../sim';
import { z } from '../sim/zod';

/** The path of the WebSocket on the room's origin. */
export const ROOM_PATH = '/room';

/** The room's socket address on a page's own origin (http → ws, https → wss). */
export function roomSocketUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}${ROOM_PATH}`;
}
/** Largest frame the room reads (bytes of UTF-8); a larger one is refused as `size` and the connection closed. */
export const MAX_MESSAGE_BYTES = 64 * 1024;
/** A display name, after trimming: 1 to this many characters, no control characters. */
export const MAX_NAME = 40;
/** Most decisions one progress message may carry (a quarter of a large team's plan and walks). */
export const MAX_DECISIONS_PER_MESSAGE = 500;
/** The join code's alphabet: no 0/O, 1/I/L, so it reads aloud and copies from a projector. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

const seq = z.number().int().min(1);
const week = z.number().int().min(0);
const joinCode = z.string().length(JOIN_CODE_LENGTH);
/** a player's id in the room (p1, p2…) */
const playerId = z.string().max(12);
/** a secret: 32 hex digits (128 bits) from the room's crypto RNG */
const secret = z.string().regex(/^[0-9a-f]{32}$/);

/** Where a player's game is: the game's own phases (src/play/session.ts). */
export const PHASES = ['planning', 'playing', 'review', 'debrief'] as const;
export type GamePhase = (typeof PHASES)[number];

// --- browser → room ------------------------------------------------------

export const clientMessageSchema = z.discriminatedUnion('t', [
  /**
   * a new player: the room answers `welcome` with their id and token.
   * `nonce`: 32 hex digits the client draws once and repeats in every join it
   * sends until welcomed, so a join the room wrote but whose welcome never
   * arrived (the room killed before its flush, the connection dropped) is
   * welcomed as the same player when resent, not made a second one
   */
  z.object({ t: z.literal('join'), room: joinCode, name: z.string().max(200), nonce: secret.optional() }),
  /** a player coming back (reload, reconnect): the id and token `welcome` gave */
  z.object({ t: z.literal('resume'), room: joinCode, player: playerId, token: secret }),
  /** the instructor's dashboard: the room's secret, printed by `salesfloor class` */
  z.object({ t: z.literal('host'), room: joinCode, key: secret, seq: z.number().int().min(0).optional() }),
  /**
   * A player's weeks: the decisions of weeks [from, week) in the log's order
   * (from = the week of the last acknowledged progress, 0 at first), where
   * the game is now, and at the debrief the run's hash.
   */
  z.object({
    t: z.literal('progress'),
    seq,
    from: week,
    week,
    quarter: z.number().int().min(0),
    phase: z.enum(PHASES),
    decisions: z.array(decisionSchema).max(MAX_DECISIONS_PER_MESSAGE),
    hash: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  }),
  /** the instructor holds every run at the end of this quarter (0-based): no player starts the next one */
  z.object({ t: z.literal('hold'), seq, quarter: z.number().int().min(0) }),
  /** the instructor releases the next quarter (the hold moves one quarter on), or every quarter (`all`) */
  z.object({ t: z.literal('release'), seq, all: z.boolean() }),
  /** the instructor adds a market event to every run, at a week after the hold (no run can have played it) */
  z.object({ t: z.literal('event'), seq, event: eventDecisionSchema }),
  /** the instructor ends the session: no more joins or weeks; players keep their games */
  z.object({ t: z.literal('close'), seq }),
  /** the instructor asks for every finished run's code and the class CSV (changes nothing) */
  z.object({ t: z.literal('export') }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

// --- room → browser ------------------------------------------------------

/** Why the room refused a message: each a sentence under room.refused.<reason> in src/i18n. */
export const REFUSALS = [
  'json', // not JSON, or not one of the messages above
  'size', // over MAX_MESSAGE_BYTES
  'rate', // too many messages too fast
  'room', // no room with that join code
  'closed', // the room is closed: no joins, no weeks
  'name', // an empty or unusable display name
  'full', // the room holds as many players as it takes
  'token', // an unknown player or a wrong token
  'key', // a wrong instructor's secret
  'notJoined', // a player's or host's message before join/resume/host on this connection
  'notHost', // an instructor's action from a player's connection
  'order', // a seq that skips one
  'replayed', // a seq already used, with a different message
  'from', // progress that does not start where the last acknowledged one ended
  'held', // progress past the hold
  'decision', // a decision the run refuses (outside its week span, out of range, breaking the scenario's locks)
  'finished', // progress after the run's debrief
  'hash', // the room's rerun of a finished run gives another hash
  'eventWeek', // an event at a week some run may already have played (not after the hold)
  'storage', // the room could not write its log: nothing was applied
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** A player's line on the dashboard: the room's own figures for its copy of the run. */
export const playerRowSchema = z.object({
  player: playerId,
  name: z.string().max(MAX_NAME),
  /** connected or not, and where the game is */
  online: z.boolean(),
  phase: z.enum(PHASES),
  quarter: z.number().int().min(0),
  /** weeks the room has run of this player's game */
  week,
  profit: z.number(),
  reputation: z.number(),
  deals: z.number().int(),
  quits: z.number().int(),
  misconduct: z.number().int(),
  /** a finished run: its hash checked by the room's rerun, and its run code */
  hash: z.string().optional(),
  code: z.string().optional(),
  /** a finished run whose hash the room's rerun did not give */
  rejected: z.boolean().optional(),
});
export type PlayerRow = z.infer<typeof playerRowSchema>;

/** What every client of the room shares: the game everyone plays and the instructor's controls. */
export const roomStateSchema = z.object({
  room: joinCode,
  /** the class scenario's code (sfs1…), with every event the instructor pushed */
  scenario: z.string(),
  seed: z.string(),
  /** the last quarter (0-based) players may finish, or null when nothing is held */
  hold: z.number().int().min(0).nullable(),
  closed: z.boolean(),
});
export type RoomState = z.infer<typeof roomStateSchema>;

export const serverMessageSchema = z.discriminatedUnion('t', [
  /** to a player after join or resume: who they are, the game, and what the room already has of it */
  z.object({
    t: z.literal('welcome'),
    player: playerId,
    token: secret,
    name: z.string().max(MAX_NAME),
    state: roomStateSchema,
    /** the decisions the room has, weeks [0, week) */
    decisions: z.array(decisionSchema),
    week,
    /** the last seq the room applied for this player (0 if none) */
    seq: z.number().int().min(0),
  }),
  /** to the host after `host`, and whenever a row changes: every player's row */
  z.object({ t: z.literal('dashboard'), state: roomStateSchema, players: z.array(playerRowSchema), seq: z.number().int().min(0), joinUrl: z.string() }),
  /** to every player when the instructor changes the room */
  z.object({ t: z.literal('room'), state: roomStateSchema }),
  z.object({ t: z.literal('ack'), seq }),
  /** `seq` when the refused message had one; `detail` a plain sentence for logs (the page shows room.refused.<reason>) */
  z.object({ t: z.literal('refused'), reason: z.enum(REFUSALS), seq: seq.optional(), detail: z.string().max(500).optional() }),
  /** every run's code; `done` false for a run still in progress (its decisions so far, the rest played with none) */
  z.object({ t: z.literal('export'), codes: z.array(z.object({ player: playerId, name: z.string(), code: z.string(), done: z.boolean() })), csv: z.string(), scenario: z.string() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Reads a frame: the message, or why it is refused (size or shape). */
export function readClientMessage(frame: string): ClientMessage | Refusal {
  if (new TextEncoder().encode(frame).length > MAX_MESSAGE_BYTES) return 'size';
  let json: unknown;
  try {
    json = JSON.parse(frame);
  } catch {
    return 'json';
  }
  const parsed = clientMessageSchema.safeParse(json);
  return parsed.success ? (parsed.data as ClientMessage) : 'json';
}

/** A display name as the room keeps it: trimmed, inner whitespace folded; null when empty, too long or holding control characters. */
export function cleanName(raw: string): string | null {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  // eslint-disable-next-line no-control-regex
  if (name === '' || name.length > MAX_NAME || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name)) return null;
  return name;
}
