/**
 * Who this browser is in each room it joined: the player id and token the
 * room's welcome gave, kept in localStorage so a reload (or a crash of the
 * room) resumes as the same player, never as a second one.
 */
import { z } from '../../sim/zod';

const KEY = 'salesfloor.rooms';
/** rooms remembered at most (the oldest go first) */
const MAX_ROOMS = 20;

export interface Membership {
  player: string;
  token: string;
  /** the room's game as last heard (its scenario code changes when the instructor adds an event), so the game opened another way (the title's Continue) finds its room */
  sc?: string;
  seed?: string;
}

const storeSchema = z.record(z.string(), z.object({ player: z.string(), token: z.string(), sc: z.string().optional(), seed: z.string().optional() }));

function readAll(): Record<string, Membership> {
  try {
    const parsed = storeSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function writeAll(all: Record<string, Membership>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // storage refused: this browser joins again by name after a reload
  }
}

export function membershipOf(room: string): Membership | null {
  return readAll()[room] ?? null;
}

export function remember(room: string, m: Membership): void {
  const all = readAll();
  delete all[room];
  all[room] = { player: m.player, token: m.token, ...(m.sc !== undefined && m.seed !== undefined ? { sc: m.sc, seed: m.seed } : {}) };
  const keys = Object.keys(all);
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX_ROOMS))) delete all[k];
  writeAll(all);
}

/** The room whose game this is (its class scenario code and seed), if this browser plays it in one. */
export function roomOfGame(sc: string, seed: string): string | null {
  const found = Object.entries(readAll()).filter(([, m]) => m.sc === sc && m.seed === seed);
  return found.length > 0 ? found[found.length - 1][0] : null;
}

export function forget(room: string): void {
  const all = readAll();
  delete all[room];
  writeAll(all);
}
