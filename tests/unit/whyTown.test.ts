/**
 * On the town, a rep who quits leaves with a label naming them and the
 * reason the model recorded, and an arrival says whether it is the player's
 * hire or a replacement — in both languages (eventFx with stand-in effects).
 */
import { afterEach, expect, it } from 'vitest';
import { showEvent, type EventView } from '../../src/game/town/eventFx';
import type { Cue } from '../../src/game/town/schedule';
import { setLocale } from '../../src/i18n';
import type { SimEvent } from '../../src/sim';

afterEach(() => setLocale('en'));

function town(): { view: EventView; labels: string[]; left: number[] } {
  const labels: string[] = [];
  const left: number[] = [];
  const effects = { room: true, pop: (_f: unknown, _x: number, _y: number, _s: number, _d: number, label?: string) => label && labels.push(label), travel: () => undefined };
  const walkers = { position: () => ({ x: 100, y: 100 }), leave: (rep: number) => left.push(rep) };
  const view = { layout: null, houses: { touch: () => undefined }, effects, walkers, customers: null } as unknown as EventView;
  return { view, labels, left };
}

const cue = (event: SimEvent) => ({ event, toured: false }) as unknown as Cue;

it('labels a departure with the rep and the reason, and an arrival as a hire or a replacement', () => {
  const { view, labels, left } = town();
  showEvent(view, cue({ type: 'quit', rep: 4, reason: 'fatigue' }), 800);
  showEvent(view, cue({ type: 'quit', rep: 2, reason: 'lowPay' }), 800);
  showEvent(view, cue({ type: 'hire', rep: 9, replacement: true }), 800);
  showEvent(view, cue({ type: 'hire', rep: 10, replacement: false }), 800);
  expect(labels).toEqual(['Rep 5 quits: worn out', 'Rep 3 quits: underpaid', 'Rep 10 · replacement', 'Rep 11 · new hire']);
  expect(left).toEqual([4, 2]);
  setLocale('fr');
  const fr = town();
  showEvent(fr.view, cue({ type: 'quit', rep: 0, reason: 'care' }), 800);
  expect(fr.labels[0]).toBe('Com. 1 part\u202f: démotivé');
});
