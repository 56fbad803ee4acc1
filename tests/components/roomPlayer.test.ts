/**
 * A player in a live room (#/join, then the class's game): joining by name,
 * the game's weeks sent to the room without a gap or a duplicate, the
 * instructor's hold at the review, an event pushed to everyone, a reload
 * that comes back as the same player, another device, and a site with no
 * room. The room is tests/components/roomFake.ts in place of the client.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import type { Decision } from '../../src/sim';
import { setRoomClient } from '../../src/ui/room/transport';
import { SHORT } from '../fixtures/shortScenario';
import { openApp, playQuarter, savedLog, shown, tick, waitUntil, type AppUnderTest } from './harness';
import { FakeRoom, roomLog } from './roomFake';

const CODE = 'K7M2QX';
const SC = encodeScenarioCode(SHORT);
const SEED = 'room-seed';

let app: AppUnderTest | null = null;
afterEach(() => {
  app?.dispose();
  app = null;
  setRoomClient(null);
});

function room(): FakeRoom {
  const r = new FakeRoom(CODE, SC, SEED);
  r.install();
  return r;
}

async function join(r: FakeRoom, name = 'Ada Lovelace'): Promise<AppUnderTest> {
  const a = await openApp(`#/join?room=${CODE}`);
  await a.fill('join-name', name);
  await a.click('join-submit');
  await a.get('briefing');
  await a.click('start-game');
  await a.get('planning');
  expect(r.hellos.at(-1)).toEqual({ kind: 'join', name });
  return a;
}

/** The weeks the room got are the saved game's, once each and in order: every message starts where the last one ended. */
function expectSameLog(r: FakeRoom, upTo: number): void {
  const sent = r.progress;
  for (let i = 1; i < sent.length; i++) expect(sent[i].from).toBe(sent[i - 1].week);
  expect(roomLog(r)).toEqual(savedLog().filter((d: Decision) => d.week < upTo));
}

describe('a player in a live room', () => {
  it('joins by name, reads the class briefing, plays the class game with the room badge, and the room gets every week once', async () => {
    const r = room();
    app = await join(r);
    expect(location.hash).toBe(`#/play?${new URLSearchParams({ sc: SC, seed: SEED, room: CODE }).toString()}`);
    const badge = await app.get('room-badge');
    expect(badge.textContent).toContain(CODE);
    await waitUntil('connected', () => badge.dataset.status === 'open');
    await playQuarter(app);
    await waitUntil('the review sent', () => r.progress.at(-1)?.phase === 'review');
    const last = r.progress.at(-1);
    expect(last).toMatchObject({ week: 13, quarter: 0, phase: 'review' });
    expect(last?.hash).toBeUndefined();
    expectSameLog(r, 13);
    expect(r.refusals).toEqual([]);
    // the membership is kept for a reload
    expect(JSON.parse(localStorage.getItem('salesfloor.rooms') ?? '{}')[CODE]).toMatchObject({ player: 'p1' });
  });

  it('waits at the review while the instructor holds the class, and goes on when the next quarter opens', async () => {
    const r = room();
    r.state.hold = 0;
    app = await join(r);
    await playQuarter(app);
    const next = (await app.get('next-quarter')) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    expect(await app.text('room-gate')).toBe('Waiting for your instructor to open quarter 2.');
    // a click the page would let through anyway changes nothing
    next.disabled = false;
    next.click();
    next.disabled = true;
    expect(app.find('quarter-review')).not.toBeNull();
    r.change({ hold: 1 });
    await waitUntil('Next enabled', () => !next.disabled);
    expect(await app.text('room-gate')).toBe('Your instructor opened quarter 2.');
    await app.click('next-quarter');
    await app.get('planning');
    await waitUntil('planning sent', () => r.progress.at(-1)?.phase === 'planning');
    expect(r.progress.at(-1)).toMatchObject({ from: 13, week: 13, quarter: 1, decisions: [] });
  });

  it('an event the instructor pushes rebuilds the game on the new scenario, says so, and the address and the save follow', async () => {
    const r = room();
    r.state.hold = 0;
    app = await join(r);
    await playQuarter(app);
    const withEvent = encodeScenarioCode({ ...SHORT, events: [...SHORT.events, { week: 19, type: 'event', event: 'recession', size: 0.3, weeks: 4 }] });
    r.change({ scenario: withEvent });
    const notice = await app.get('notice');
    expect(notice.textContent).toContain('Your instructor added a market event: ');
    expect(notice.textContent).toContain('Week 20');
    expect(location.hash).toContain(`sc=${encodeURIComponent(withEvent)}`);
    expect(JSON.parse(localStorage.getItem('salesfloor.save') ?? '{}').sc).toBe(withEvent);
    // the review is drawn again on the rebuilt game: still held
    expect(((await app.get('next-quarter')) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a reload comes back as the same player, and the room gets no week twice', async () => {
    const r = room();
    app = await join(r);
    await playQuarter(app);
    await waitUntil('the review sent', () => r.progress.at(-1)?.phase === 'review');
    await app.reload();
    await app.get('quarter-review');
    await waitUntil('resumed', () => r.hellos.length === 2);
    expect(r.hellos[1]).toEqual({ kind: 'resume', player: 'p1' });
    expect(r.players).toHaveLength(1);
    await app.click('next-quarter');
    await playQuarter(app);
    await waitUntil('Q2 review sent', () => r.progress.at(-1)?.week === 26);
    expectSameLog(r, 26);
    await app.click('next-quarter');
    await app.get('debrief');
    await waitUntil('the debrief sent', () => r.progress.at(-1)?.phase === 'debrief');
    expect(r.progress.at(-1)?.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(r.refusals).toEqual([]);
  });

  it('the badge says when the room does not answer, in the page’s language, and goes with the game', async () => {
    const r = room();
    app = await join(r);
    const status = await app.get('room-status');
    await waitUntil('connected', () => status.textContent === 'Connected');
    r.status('offline');
    await waitUntil('reconnecting', () => status.textContent?.startsWith('Reconnecting…'));
    // the game goes on meanwhile; its review has the language switch
    await playQuarter(app);
    await app.click('lang-fr');
    expect(status.textContent).toMatch(/^Reconnexion…/);
    expect(app.find('room-badge')?.textContent).toContain(`Salle en direct ${CODE}`);
    r.status('open');
    await waitUntil('connected again', () => status.textContent === 'Connecté');
    await app.go('#/');
    await app.get('title');
    expect(app.find('room-badge')).toBeNull();
  });

  it('a finished game the room’s rerun does not confirm is said so; a refusal the page mends itself is not', async () => {
    const r = room();
    app = await join(r);
    r.refuse('hash');
    r.refuse('rate');
    const notice = await app.get('notice');
    await tick(20);
    expect(notice.textContent).toContain('The room’s replay of this game did not give the same result.');
    // the rate refusal came last: had it been shown, it would have replaced the notice's text
    expect(app.find('notice')?.textContent).not.toContain('Too many messages');
    expect(app.find('notice')?.textContent).toContain('The room’s replay of this game did not give the same result.');
  });

  it('a second tab of the same game takes it: this one leaves the room and says so', async () => {
    const r = room();
    app = await join(r);
    const badge = await app.get('room-badge');
    await waitUntil('connected', () => badge.dataset.status === 'open');
    const other = new BroadcastChannel('salesfloor.room-tabs');
    other.postMessage({ room: CODE, tab: 'another-tab' });
    other.close();
    const notice = await app.get('notice');
    expect(notice.textContent).toContain('This game is open in another tab of this browser');
    await waitUntil('stepped aside', () => badge.dataset.status === 'elsewhere');
    expect(r.players[0].online).toBe(false);
    // its weeks no longer go to the room
    const sent = r.progress.length;
    await app.click('notice-ok');
    await playQuarter(app);
    await tick(50);
    expect(r.progress).toHaveLength(sent);
  });

  it('the game opened from the title’s Continue finds its room again', async () => {
    const r = room();
    app = await join(r);
    await playQuarter(app);
    await app.go('#/');
    await app.click('continue');
    await app.get('quarter-review');
    await app.get('room-badge');
    expect(location.hash).toContain(`room=${CODE}`);
    await waitUntil('back in the room', () => r.hellos.at(-1)?.kind === 'resume');
    await app.click('next-quarter');
    await waitUntil('planning sent', () => r.progress.at(-1)?.quarter === 1);
    expectSameLog(r, 13);
  });

  it('a progress the room refuses brings the page back to the room, which then gets the rest from where it is', async () => {
    const r = room();
    app = await join(r);
    // quarter 1's end is lost on the way: the next quarter's planning starts at week 13, where the room is not
    r.lose = (p) => p.week === 13;
    await playQuarter(app);
    await app.click('next-quarter');
    await waitUntil('the refusal', () => r.refusals.length > 0);
    await waitUntil('back in the room', () => r.hellos.some((x) => x.kind === 'resume'));
    await waitUntil('the weeks sent again', () => r.players[0].week === 13 && r.players[0].phase === 'planning');
    expect(r.refusals).toEqual(['from']);
    expect(roomLog(r)).toEqual(savedLog().filter((d: Decision) => d.week < 13));
  });

  it('on another device the game is rebuilt from the room’s copy, at its review', async () => {
    const r = room();
    // a first device played quarter 1
    app = await join(r);
    await playQuarter(app);
    await waitUntil('the review sent', () => r.progress.at(-1)?.phase === 'review');
    const log = savedLog();
    app.dispose();
    // a second device: the same membership (the player copied their link and storage is new), no save
    const rooms = localStorage.getItem('salesfloor.rooms') ?? '';
    localStorage.clear();
    localStorage.setItem('salesfloor.rooms', rooms);
    app = await openApp(`#/join?room=${CODE}`);
    await app.get('quarter-review');
    expect(savedLog()).toEqual(log);
    expect(r.players).toHaveLength(1);
  });

  it('a site no room serves says so, with a way to try again', async () => {
    const r = room();
    r.there = false;
    app = await openApp(`#/join?room=${CODE}`);
    expect(await app.text('room-none')).toContain('No room answers at this address');
    r.there = true;
    await app.click('room-retry');
    await app.get('join-name');
  });

  it('a join to a closed session is refused with a sentence and no game', async () => {
    const r = room();
    r.state.closed = true;
    app = await openApp(`#/join?room=${CODE}`, { language: 'fr' });
    await app.fill('join-name', 'Ada');
    await app.click('join-submit');
    const refused = await app.get('join-refused');
    expect(refused.dataset.reason).toBe('closed');
    expect(refused.textContent).toBe('Cette séance est terminée\u202f: la salle ne prend plus de joueurs ni de semaines.');
    expect(shown(app.find('planning'))).toBe(false);
  });
});
