/** The SCORM 1.2 pieces that need no browser: the API search, the suspend data, the session time, the manifest. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findScormApi, type Scorm12Api } from '../../src/play/scormApi';
import { codeInteractions, decodeSuspend, encodeSuspend, RESPONSE_LIMIT, SUSPEND_LIMIT, timespan } from '../../src/play/scorm';
import { scormManifest } from '../../scripts/scormManifest';
import type { SaveData } from '../../src/play/save';
import { MODEL_VERSION } from '../../src/sim';

const api = (): Scorm12Api => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
  LMSGetDiagnostic: () => '',
});

/** A stand-in for a window: its API, its parent (itself at the top) and its opener. */
function frame(parent: Window | null, own?: Scorm12Api, opener: Window | null = null): Window {
  const w = { API: own, opener } as unknown as { parent: Window; API?: Scorm12Api; opener: Window | null };
  w.parent = parent ?? (w as unknown as Window);
  return w as unknown as Window;
}

describe('finding the LMS API', () => {
  it('looks in this window, then up the parents, then the opener', () => {
    const lms = api();
    expect(findScormApi(frame(null, lms))).toBe(lms);
    const top = frame(null, lms);
    expect(findScormApi(frame(frame(frame(top))))).toBe(lms);
    expect(findScormApi(frame(null, undefined, frame(frame(null, lms))))).toBe(lms);
  });

  it('finds nothing outside an LMS, skips what is not an API, and survives frames it may not read', () => {
    expect(findScormApi(frame(null))).toBeNull();
    expect(findScormApi(frame(null, { LMSInitialize: 'no' } as unknown as Scorm12Api))).toBeNull();
    const foreign = new Proxy({}, { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } }) as Window;
    expect(findScormApi(frame(foreign))).toBeNull();
  });
});

describe('suspend data', () => {
  const save = (log: SaveData['log']): SaveData => ({ version: 1, model: MODEL_VERSION, scenario: 'founder', seed: 'seed', quarter: 7, phase: 'review', log });

  it('round-trips the save and the run reported', () => {
    const data = { v: 1 as const, save: save([{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.08 }]), reported: 'sf1.x.y' };
    expect(decodeSuspend(encodeSuspend(data))).toEqual(data);
  });

  it('reads nothing from text it did not write', () => {
    for (const text of ['', 'hello', 'sf1:', 'sf1:!!!!', `sf1:${btoa('{"v":2}')}`]) expect(decodeSuspend(text)).toBeNull();
  });

  it('fits SCORM 1.2’s 4,096 characters with a busy game: 8 quarters, 4 levers changed and 3 gemba walks in each', () => {
    const log: SaveData['log'] = [];
    for (let q = 0; q < 8; q++) {
      const week = q * 13;
      for (const key of ['plan.commissionRate', 'plan.baseSalary', 'plan.quotaBonus', 'management.coaching']) log.push({ week, type: 'set', key, value: 0.01 * (q + 1) + key.length });
      for (let r = 0; r < 3; r++) log.push({ week: week + r, type: 'gemba', rep: (q + r) % 10 });
    }
    const text = encodeSuspend({ v: 1, save: save(log), reported: 'x7k2p0' });
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
  });
});

describe('the run code in the LMS report', () => {
  it('is one run-code interaction up to 255 characters, else parts of 255 in order that join back into it', () => {
    const short = 'sf2.' + 'A'.repeat(251);
    expect(codeInteractions(short)).toEqual([['run-code', 'fill-in', short]]);
    const long = 'sf2.' + 'B'.repeat(600) + '.x1';
    const parts = codeInteractions(long);
    expect(parts.map(([id]) => id)).toEqual(['run-code-1of3', 'run-code-2of3', 'run-code-3of3']);
    expect(parts.every(([, type, part]) => type === 'fill-in' && part.length <= RESPONSE_LIMIT)).toBe(true);
    expect(parts.map(([, , part]) => part).join('')).toBe(long);
  });
});

describe('session time', () => {
  it('is a SCORM 1.2 CMITimespan', () => {
    expect(timespan(0)).toBe('0000:00:00.00');
    expect(timespan(61_234)).toBe('0000:01:01.23');
    expect(timespan(3 * 3_600_000 + 5 * 60_000 + 9_990)).toBe('0003:05:09.99');
  });
});

describe('imsmanifest.xml', () => {
  it('lists every file, escaped, in one SCO launched at index.html', () => {
    const xml = scormManifest({ identifier: 'sf', title: 'A & B', itemTitle: 'Item <1>', launch: 'index.html', files: ['index.html', 'assets/a b.js', 'art/x&y.svg'] });
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<title>Item &lt;1&gt;</title>');
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml).toContain('<file href="assets/a%20b.js"/>');
    expect(xml).toContain('<file href="art/x%26y.svg"/>');
    expect(xml.match(/<file /g)).toHaveLength(3);
  });

  it('refuses a launch page that is not in the package', () => {
    expect(() => scormManifest({ identifier: 'sf', title: 't', itemTitle: 't', launch: 'index.html', files: ['other.html'] })).toThrow(/launch page/);
  });
});

describe('resuming from the LMS', () => {
  const KEY = 'salesfloor.save';
  const run = (seed: string, quarter: number): SaveData => ({ version: 1, model: MODEL_VERSION, scenario: 'founder', seed, quarter, phase: 'planning', log: [] });

  /** A fresh bridge (its module holds one link) against an LMS holding `suspended`, with `local` in the browser. */
  async function launch(suspended: SaveData | null, local: SaveData | null): Promise<{ store: Map<string, string>; calls: [string, string][] }> {
    vi.resetModules();
    const store = new Map<string, string>(local ? [[KEY, JSON.stringify(local)]] : []);
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) });
    vi.stubGlobal('addEventListener', () => {});
    const calls: [string, string][] = [];
    const lms = { ...api(), LMSGetValue: (el: string) => (el === 'cmi.suspend_data' && suspended ? encodeSuspend({ v: 1, save: suspended }) : el === 'cmi.core.lesson_status' ? 'not attempted' : ''), LMSSetValue: (el: string, v: string) => (calls.push([el, v]), 'true') };
    const { connectLms } = await import('../../src/play/scorm');
    expect(connectLms(frame(null, lms))).toBe(true);
    return { store, calls };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('takes the LMS’s save over another run in the browser, and sets that one aside', async () => {
    const { store, calls } = await launch(run('lms', 3), run('other', 6));
    expect(JSON.parse(store.get(KEY) ?? '')).toMatchObject({ seed: 'lms', quarter: 3 });
    expect(JSON.parse(store.get(`${KEY}.before-lms`) ?? '')).toMatchObject({ seed: 'other' });
    expect(calls).toContainEqual(['cmi.core.lesson_status', 'incomplete']);
  });

  it('keeps the browser’s save when it is the same run further along', async () => {
    const { store } = await launch(run('lms', 3), run('lms', 4));
    expect(JSON.parse(store.get(KEY) ?? '')).toMatchObject({ seed: 'lms', quarter: 4 });
    expect(store.has(`${KEY}.before-lms`)).toBe(false);
  });

  it('with nothing in the LMS, does not continue a game it finds in the browser', async () => {
    const { store } = await launch(null, run('other', 6));
    expect(store.has(KEY)).toBe(false);
    expect(JSON.parse(store.get(`${KEY}.before-lms`) ?? '')).toMatchObject({ seed: 'other' });
  });
});
