/** Every reason the room can refuse a message has its sentence in both languages (the page shows room.refused.<reason>); a player's status reads the same on the dashboard and in the CSV. */
import { describe, expect, it } from 'vitest';
import { hasKey } from '../../src/i18n';
import { REFUSALS, type PlayerRow } from '../../src/room/protocol';
import { rowStatus } from '../../src/room/roomExport';

describe('the room\'s refusals', () => {
  it('each have a sentence in English and in French', () => {
    const missing = REFUSALS.flatMap((r) => (['en', 'fr'] as const).filter((l) => !hasKey(`room.refused.${r}`, l)).map((l) => `${l}: ${r}`));
    expect(missing).toEqual([]);
  });
});

describe('a player\'s status', () => {
  const row: PlayerRow = { player: 'p1', name: 'Ada', online: true, phase: 'review', quarter: 1, week: 26, profit: 0, reputation: 0.5, deals: 0, quits: 0, misconduct: 0 };
  it('is one word for the dashboard and the CSV: a review at or past the hold is waiting, a debrief not yet checked is finishing', () => {
    expect(rowStatus(row, 1)).toBe('waiting');
    expect(rowStatus(row, 2)).toBe('review');
    expect(rowStatus(row, null)).toBe('review');
    expect(rowStatus({ ...row, phase: 'debrief' }, null)).toBe('finishing');
    expect(rowStatus({ ...row, phase: 'debrief', hash: '0123456789abcdef' }, null)).toBe('done');
    expect(rowStatus({ ...row, online: false }, 1)).toBe('disconnected');
    expect(rowStatus({ ...row, phase: 'debrief', hash: '0123456789abcdef', online: false }, null)).toBe('done');
  });
});
