/**
 * What a room's player page sends (src/ui/room/progress.ts): the decisions
 * of the weeks that ran since the last message, in the log's order, a walk
 * booked for the week about to run held back (it can still be cancelled),
 * the hash only at the debrief; and where a game rebuilt from the room's
 * copy resumes.
 */
import { describe, expect, it, vi } from 'vitest';
import { Session } from '../../src/play/session';
import { ROOM_PATH } from '../../src/room/protocol';
import { hashHex } from '../../src/sim';
import { moved, progressOf, spotOf } from '../../src/ui/room/progress';

describe('a player page’s progress', () => {
  it('sends each week’s decisions once it has run, and holds back a walk for the week about to run', () => {
    const s = new Session('founder', 'progress-seed');
    const first = progressOf(s, 0);
    expect(first).toEqual({ from: 0, week: 0, quarter: 0, phase: 'planning', decisions: [] });
    s.startQuarter([{ week: 0, type: 'set', key: 'plan.commissionRate', value: 0.05 }]);
    for (let i = 0; i < 3; i++) s.stepWeek(false);
    expect(s.bookWalk(0)).toBe(true);
    const p = progressOf(s, 0);
    expect(p).toMatchObject({ from: 0, week: 3, phase: 'playing' });
    expect(p.decisions).toEqual([{ week: 0, type: 'set', key: 'plan.commissionRate', value: 0.05 }]);
    expect(moved(p, first)).toBe(true);
    expect(moved(p, { week: 3, phase: 'playing', quarter: 0 })).toBe(false);
    s.stepWeek(false);
    expect(progressOf(s, 3).decisions).toEqual([{ week: 3, type: 'gemba', rep: 0 }]);
  });

  it('carries the run’s hash at the debrief only', () => {
    const s = Session.replay('founder', 'progress-seed', [], 7, 'debrief');
    const p = progressOf(s, 0);
    expect(p).toMatchObject({ phase: 'debrief', week: 104, hash: hashHex(s.state) });
  });

  it('resumes a game the room has to a week: planning, playing, the review at a quarter’s end, the debrief at the last week', () => {
    expect(spotOf(0, 26)).toEqual({ quarter: 0, phase: 'planning', week: 0 });
    expect(spotOf(5, 26)).toEqual({ quarter: 0, phase: 'playing', week: 5 });
    expect(spotOf(13, 26)).toEqual({ quarter: 0, phase: 'review', week: 13 });
    expect(spotOf(14, 26)).toEqual({ quarter: 1, phase: 'playing', week: 14 });
    expect(spotOf(26, 26)).toEqual({ quarter: 1, phase: 'debrief', week: 26 });
  });

  it('the page’s socket path is the protocol’s', async () => {
    const { pageSocketUrl } = await import('../../src/ui/room/transport');
    vi.stubGlobal('location', { origin: 'http://192.168.1.20:8787' });
    expect(pageSocketUrl()).toBe(`ws://192.168.1.20:8787${ROOM_PATH}`);
    vi.stubGlobal('location', { origin: 'https://class.example' });
    expect(pageSocketUrl()).toBe(`wss://class.example${ROOM_PATH}`);
  });
});
