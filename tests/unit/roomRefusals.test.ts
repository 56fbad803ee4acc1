/** Every reason the room can refuse a message has its sentence in both languages (the page shows room.refused.<reason>). */
import { describe, expect, it } from 'vitest';
import { hasKey } from '../../src/i18n';
import { REFUSALS } from '../../src/room/protocol';

describe('the room\'s refusals', () => {
  it('each have a sentence in English and in French', () => {
    const missing = REFUSALS.flatMap((r) => (['en', 'fr'] as const).filter((l) => !hasKey(`room.refused.${r}`, l)).map((l) => `${l}: ${r}`));
    expect(missing).toEqual([]);
  });
});
