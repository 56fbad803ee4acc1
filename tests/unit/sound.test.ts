/**
 * Sound: off by default, the choice remembered, no AudioContext before a
 * gesture, sound calls only when on, and a rate limit so 4x speed stays quiet.
 * The AudioContext is a stub that counts what the voices ask of it.
 */
import { describe, expect, it } from 'vitest';
import { SoundBoard, type SoundContext } from '../../src/ui/sound/sound';
import type { SimEvent } from '../../src/sim';
import { MemoryStorage } from './libraryHelpers';

interface Stub {
  made: number;
  nodes: number;
  starts: number;
  ctx: SoundContext;
}

function stubAudio(): Stub {
  const param = () => ({ value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {}, linearRampToValueAtTime() {} });
  const stub: Stub = { made: 0, nodes: 0, starts: 0, ctx: null as unknown as SoundContext };
  const node = (extra: object) => {
    stub.nodes += 1;
    return { connect() {}, disconnect() {}, start: () => (stub.starts += 1), stop() {}, ...extra };
  };
  stub.ctx = {
    currentTime: 0,
    sampleRate: 8000,
    state: 'running',
    destination: {},
    resume: () => Promise.resolve(),
    createOscillator: () => node({ type: 'sine', frequency: param() }),
    createGain: () => node({ gain: param() }),
    createBiquadFilter: () => node({ type: 'lowpass', frequency: param(), Q: param() }),
    createBufferSource: () => node({ buffer: null }),
    createBuffer: (_c: number, length: number) => ({ getChannelData: () => new Float32Array(length) }),
  } as unknown as SoundContext;
  return stub;
}

function board(storage: Storage, stub: Stub, clock: { now: number }): SoundBoard {
  return new SoundBoard(storage, () => {
    stub.made += 1;
    return stub.ctx;
  }, () => clock.now);
}

const week: SimEvent[] = [
  { type: 'deal', rep: 1, customer: 3, value: 900, discount: 0, moved: false, misconduct: false, source: 'cold', repeat: false },
  { type: 'deal', rep: 2, customer: 4, value: 500, discount: 0.1, moved: false, misconduct: false, source: 'cold', repeat: false },
  { type: 'wom', from: 3, to: 8, positive: true },
  { type: 'quit', rep: 2, reason: 'fatigue' },
  { type: 'visit', rep: 1, customer: 9, push: false },
];

describe('sound', () => {
  it('is off by default and plays nothing, makes no AudioContext, even after a gesture', () => {
    const stub = stubAudio();
    const b = board(new MemoryStorage(), stub, { now: 0 });
    expect(b.on).toBe(false);
    b.unlock();
    expect(b.week(week)).toEqual([]);
    expect(b.play('deal')).toBe(false);
    expect(stub.made).toBe(0);
    expect(stub.nodes).toBe(0);
  });

  it('remembers the toggle across pages', () => {
    const storage = new MemoryStorage();
    const stub = stubAudio();
    board(storage, stub, { now: 0 }).set(true);
    expect(storage.getItem('salesfloor.sound')).toBe('1');
    expect(board(storage, stub, { now: 0 }).on).toBe(true);
    board(storage, stub, { now: 0 }).set(false);
    expect(board(storage, stub, { now: 0 }).on).toBe(false);
  });

  it('when remembered on, stays silent until the first gesture, then plays a till, a murmur and a door', () => {
    const storage = new MemoryStorage();
    storage.setItem('salesfloor.sound', '1');
    const stub = stubAudio();
    const clock = { now: 10_000 };
    const b = board(storage, stub, clock);
    expect(b.week(week)).toEqual([]);
    expect(stub.made).toBe(0);
    b.unlock();
    expect(stub.made).toBe(1);
    expect(b.week(week)).toEqual(['deal', 'wom', 'quit']);
    expect(stub.starts).toBeGreaterThan(0);
    // a week with only visits is silent
    clock.now += 5000;
    expect(b.week([{ type: 'visit', rep: 1, customer: 2, push: true }])).toEqual([]);
  });

  it('rate-limits: weeks at 4x speed (a quarter in a few seconds) ring only now and then', () => {
    const storage = new MemoryStorage();
    const stub = stubAudio();
    const clock = { now: 0 };
    const b = board(storage, stub, clock);
    b.set(true);
    let played = 0;
    for (let w = 0; w < 13; w++) {
      played += b.week(week).length;
      clock.now += 250;
    }
    // 39 possible sounds in 3.25 s
    expect(played).toBeLessThanOrEqual(12);
    expect(played).toBeGreaterThan(3);
    // and never more than three in a second
    const times: number[] = [];
    const c2 = { now: 0 };
    const b2 = board(new MemoryStorage(), stubAudio(), c2);
    b2.set(true);
    for (let i = 0; i < 40; i++) {
      for (const cue of ['deal', 'wom', 'quit'] as const) if (b2.play(cue)) times.push(c2.now);
      c2.now += 100;
    }
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(3);
  });

  it('turning sound off silences it at once', () => {
    const stub = stubAudio();
    const clock = { now: 0 };
    const b = board(new MemoryStorage(), stub, clock);
    b.set(true);
    expect(b.play('deal')).toBe(true);
    b.set(false);
    clock.now += 10_000;
    const before = stub.nodes;
    expect(b.week(week)).toEqual([]);
    expect(stub.nodes).toBe(before);
  });
});
