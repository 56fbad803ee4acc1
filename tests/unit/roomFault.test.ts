/**
 * The fault test: the real `salesfloor class` process killed with SIGKILL in
 * the middle of a quarter while four players play (the short class scenario,
 * 26 weeks, held at the end of the first quarter), then started again with
 * --resume on the same folder. Every acknowledged decision is in the log the
 * killed process left; the room comes back with the same links, players and
 * hold; the players reconnect by themselves, resend what was not
 * acknowledged and finish; the final hashes are those of the same decisions
 * run in process without any fault.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashHex } from '../../src/sim';
import { encodeScenarioCode, decodeScenarioCode } from '../../src/codes/scenarioCode';
import { identityOf } from '../../src/codes/runCode';
import { fold } from '../../src/room/reducer';
import { readRoomDir } from '../../src/cli/commands/classData';
import { SHORT } from '../fixtures/shortScenario';
import { fakeSite, freePort, hostOf, SocketPlayer, startClass, type ClassProcess } from './roomDriver';

const tmp = mkdtempSync(join(tmpdir(), 'room-fault-'));
const running: ClassProcess[] = [];

afterAll(() => {
  for (const s of running) s.proc.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

const folded = (data: string) => {
  const { file, events } = readRoomDir(data);
  return fold(file, decodeScenarioCode(file.scenario), events);
};

const waitFor = async (ok: () => boolean, what: string, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
};

describe('the room killed mid-quarter and resumed', () => {
  it('keeps every acknowledged decision; players reconnect by themselves and finish with the hashes of a run without the fault', async () => {
    const port = await freePort();
    const data = join(tmp, 'room');
    const site = fakeSite(join(tmp, 'site'));
    const first = await startClass(['--port', String(port), '--host', '127.0.0.1', '--data', data, '--site', site, '--scenario', encodeScenarioCode(SHORT), '--seed', 'fault']);
    running.push(first);
    const { url, room, key } = first;
    const teacher = hostOf(url, room, key);
    teacher.hold(0);
    await waitFor(() => teacher.pending() === 0, 'the hold');
    const players = ['Ada', 'Bea', 'Cy', 'Dee'].map((name, i) => new SocketPlayer(url, room, name, `fault-${i}`, 3));
    // mid-quarter: killed in the callback of the first acknowledgement of week 4 or later, before that player sends
    // more (polling for it let a loaded machine's players all reach the held week 13 first)
    await new Promise<void>((killed) => {
      for (const p of players)
        p.onAcked = () => {
          if (p.ackedWeek < 4 || first.proc.killed) return;
          first.proc.kill('SIGKILL');
          killed();
        };
    });
    for (const p of players) p.onAcked = null;
    expect(await first.exited).toBeNull();
    const acked = players.map((p) => [...p.acked]);
    expect(acked.flat().length).toBeGreaterThan(0);
    const killed = folded(data);
    expect(killed.hold).toBe(0);
    for (const [i, p] of players.entries()) {
      const inRoom = killed.players.find((r) => r.name === ['Ada', 'Bea', 'Cy', 'Dee'][i]);
      // every acknowledged decision is on disk (a player whose join was not yet flushed has none acknowledged)
      if (acked[i].length > 0 || p.ackedWeek > 0) expect(inRoom!.decisions.slice(0, acked[i].length)).toEqual(acked[i]);
    }
    expect(killed.players.some((r) => r.run.state.week > 0 && r.run.state.week < 13)).toBe(true);

    const second = await startClass(['--resume', data]);
    running.push(second);
    expect(second.port).toBe(port);
    expect(second.stdout.split('\n')[0]).toBe(first.stdout.split('\n')[0]);
    expect(second.stdout).toContain(`Instructor: http://127.0.0.1:${port}/#/room?room=${room}&key=${key}`);
    // the players and the instructor's page reconnect by themselves; the held quarter stays held until released
    await waitFor(() => players.every((p) => p.bot !== null && p.bot.session.phase === 'review' && p.client.pending() === 0), 'every player at the held review');
    teacher.release(true);
    await Promise.all(players.map((p) => p.finished));
    for (const p of players) p.close();
    teacher.close();
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const end = folded(data);
    expect(end.hold).toBeNull();
    // one record a player: a join written but not answered before the kill is resent with its nonce and welcomed as the same player
    expect(end.players.map((r) => r.name).sort()).toEqual(['Ada', 'Bea', 'Cy', 'Dee']);
    for (const p of players) {
      const inRoom = end.players.find((r) => r.name === ['Ada', 'Bea', 'Cy', 'Dee'][players.indexOf(p)])!;
      const log = p.bot!.session.log;
      expect(inRoom.decisions).toEqual(log);
      const clean = identityOf(SHORT.base, 'fault', {}, log, SHORT);
      expect(inRoom.hash).toBe(clean.hash);
      expect(hashHex(p.bot!.session.state)).toBe(clean.hash);
      expect(p.refusals).toEqual([]);
    }
  });
});
