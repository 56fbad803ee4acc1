/**
 * The instructor's dashboard of a live room (#/room?room=&key=): the join
 * link and its QR code, the players' rows as the room reports them (status,
 * quarter, profit), the hold and its release, an event for everyone (only
 * after the hold), ending the session, and the exports. The room is
 * tests/components/roomFake.ts in place of the client.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { setRoomClient } from '../../src/ui/room/transport';
import { SHORT } from '../fixtures/shortScenario';
import { openApp, waitUntil, type AppUnderTest } from './harness';
import { catchDownloads } from './instructorHelpers';
import { FakeRoom } from './roomFake';
import { liveCharts } from './fakeChart';

const CODE = 'K7M2QX';
const KEY = '0123456789abcdef0123456789abcdef';
const downloads = catchDownloads();

let app: AppUnderTest | null = null;
afterEach(() => {
  app?.dispose();
  app = null;
  setRoomClient(null);
  vi.restoreAllMocks();
});

async function dashboard(r: FakeRoom, language?: string): Promise<AppUnderTest> {
  r.install();
  const a = await openApp(`#/room?room=${CODE}&key=${KEY}`, language ? { language } : {});
  await a.get('room-table').catch(() => a.get('room-count'));
  return a;
}

const row = (a: AppUnderTest, id: string) => a.find(`room-row-${id}`) as HTMLTableRowElement;

describe('the instructor’s dashboard', () => {
  it('shows the join link with its QR code, and each player’s row as the room reports it', async () => {
    const r = new FakeRoom(CODE, encodeScenarioCode(SHORT), 'class-seed');
    r.addPlayer({ name: 'Zoé', online: true, phase: 'playing', quarter: 0, week: 6 });
    r.addPlayer({ name: 'Ada', online: true, phase: 'review', quarter: 0, week: 13 });
    r.addPlayer({ name: 'Bob', online: false, phase: 'planning', quarter: 1, week: 13 });
    r.addPlayer({ name: 'Cy', online: false, phase: 'debrief', quarter: 1, week: 26, hash: '0123456789abcdef' });
    app = await dashboard(r);
    expect(await app.text('room-join-url')).toBe(`http://192.168.1.20:8787/#/join?room=${CODE}`);
    await waitUntil('the QR code', () => (app?.find('room-qr') as HTMLImageElement).src.startsWith('data:image/svg+xml'));
    expect(await app.text('room-scenario')).toContain('Downturn <b>drill</b>');
    expect(await app.text('room-count')).toBe('4 players');
    // in name order, each with where the player is
    const names = [...document.querySelectorAll('[data-testid^="room-row-"]')].map((tr) => (tr as HTMLElement).dataset.name);
    expect(names).toEqual(['Ada', 'Bob', 'Cy', 'Zoé']);
    expect(row(app, 'p1').dataset.status).toBe('playing');
    expect(row(app, 'p2').dataset.status).toBe('review');
    expect(row(app, 'p3').dataset.status).toBe('disconnected');
    expect(row(app, 'p4').dataset.status).toBe('done');
    expect(row(app, 'p2').textContent).toContain('at the review');
    expect(row(app, 'p2').dataset.profit).toBe('13000');
    // a player's weeks change their row
    // the scatter: the room's figures of every player who has played a week; a finished run's point opens its replay in another tab
    const chart = await waitUntil('the scatter', () => liveCharts().find((c) => c.config.type === 'scatter'));
    expect(chart.data.datasets[0].data).toHaveLength(4);
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    const onClick = (chart.options as { onClick: (e: unknown, hits: Array<{ datasetIndex: number; index: number }>) => void }).onClick;
    const cy = (chart.data.datasets[0].data as Array<{ y: number }>).findIndex((p) => p.y === 26_000);
    onClick({}, [{ datasetIndex: 0, index: cy }]);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(opened.mock.calls[0][0]).toContain(`#/replay?code=sf1.fake-p4&sc=`);
    onClick({}, [{ datasetIndex: 0, index: 0 }]);
    expect(opened).toHaveBeenCalledTimes(1);
    r.players[0].week = 13;
    r.players[0].phase = 'review';
    r.change({});
    await waitUntil('Zoé at her review', () => row(app as AppUnderTest, 'p1').dataset.week === '13');
    expect(row(app, 'p1').dataset.status).toBe('review');
  });

  it('holds the class, shows who waits, opens the next quarter, and takes an event only after the hold', async () => {
    const r = new FakeRoom(CODE, encodeScenarioCode(SHORT), 'class-seed');
    r.addPlayer({ name: 'Ada', online: true, phase: 'review', quarter: 0, week: 13 });
    app = await dashboard(r);
    expect(await app.text('room-hold-state')).toBe('Nobody is held: players go at their own pace.');
    expect((app.find('room-release') as HTMLButtonElement).disabled).toBe(true);
    expect((app.find('room-event-add') as HTMLButtonElement).disabled).toBe(true);
    await app.fill('room-hold-at', '1');
    await app.click('room-hold');
    expect(r.hostCalls).toEqual(['hold 0']);
    await waitUntil('held', () => app?.find('room-hold-state')?.textContent === 'Players stop at the end of quarter 1.');
    expect(row(app, 'p1').dataset.status).toBe('waiting');
    // an event inside the held quarter is refused on the page; week 14 (index 13) is the first it takes
    await app.fill('room-event-week', '13');
    await app.click('room-event-add');
    expect(await app.text('room-event-error')).toContain('week from 14 to 26');
    await app.fill('room-event-week', '20');
    await app.fill('room-event-size', '30');
    await app.fill('room-event-weeks', '4');
    await app.click('room-event-add');
    expect(r.hostCalls[1]).toBe(`event ${JSON.stringify({ week: 19, type: 'event', event: 'recession', size: 0.3, weeks: 4 })}`);
    await app.click('room-release');
    expect(r.hostCalls[2]).toBe('release false');
    await waitUntil('released', () => app?.find('room-hold-state')?.textContent === 'Players stop at the end of quarter 2.');
    expect(row(app, 'p1').dataset.status).toBe('review');
  });

  it('exports the finished runs’ codes as "Name: code" lines (in-progress ones on request) and the class CSV, and ends the session after a confirmation', async () => {
    const r = new FakeRoom(CODE, encodeScenarioCode(SHORT), 'class-seed');
    r.addPlayer({ name: 'Ada', phase: 'debrief', quarter: 1, week: 26, hash: '0123456789abcdef' });
    r.addPlayer({ name: 'Bob', online: true, phase: 'playing', quarter: 1, week: 20 });
    app = await dashboard(r, 'fr');
    const codes = await downloads.next(() => (app as AppUnderTest).click('room-export-codes'));
    expect(codes.name).toBe(`salesfloor-salle-${CODE}-codes.txt`);
    expect(await codes.text()).toBe('Ada: sf1.fake-p1\n');
    expect(await app.text('room-export-status')).toBe('1 code exporté.');
    await app.click('room-unfinished');
    expect(await (await downloads.next(() => (app as AppUnderTest).click('room-export-codes'))).text()).toBe('Ada: sf1.fake-p1\nBob: sf1.fake-p2\n');
    const csv = await downloads.next(() => (app as AppUnderTest).click('room-export-csv'));
    expect(await csv.text()).toBe('name,profit\r\nAda,1\r\n');
    await app.click('room-end');
    await app.click('room-end-no');
    expect(r.hostCalls).toEqual([]);
    await app.click('room-end');
    await app.click('room-end-yes');
    expect(r.hostCalls).toEqual(['close']);
    await waitUntil('ended', () => (app?.find('room-end') as HTMLButtonElement).disabled);
    expect(await app.text('room-ended')).toBe('La séance est terminée. Vous pouvez encore exporter les codes.');
  });

  it('a site no room serves, or a link without a valid key, says so', async () => {
    const r = new FakeRoom(CODE, encodeScenarioCode(SHORT), 'class-seed');
    r.there = false;
    r.install();
    app = await openApp(`#/room?room=${CODE}&key=${KEY}`);
    expect(await app.text('room-none')).toContain('No room answers at this address');
    await app.go(`#/room?room=${CODE}&key=nope`);
    expect(await app.text('room-none')).toContain('no room code');
  });
});
