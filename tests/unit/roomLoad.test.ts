/**
 * Load over loopback: 60 players, each a real game (src/play/session.ts) sent
 * through src/room/client.ts over `ws` to the real `salesfloor class` process,
 * play a WHOLE game of the short class scenario (tests/fixtures/shortScenario.ts,
 * 26 weeks: 2 quarters, so the test stays a few seconds; bench/room.bench.ts
 * plays the full 104-week game). No decision lost or duplicated: the room's
 * log, folded, holds for each player exactly the decisions its game took and
 * the room acknowledged, and every finished run is verified.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashHex } from '../../src/sim';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { fold } from '../../src/room/reducer';
import { readRoomDir } from '../../src/cli/commands/classData';
import { decodeScenarioCode } from '../../src/codes/scenarioCode';
import { SHORT } from '../fixtures/shortScenario';
import { fakeSite, SocketPlayer, startClass, type ClassProcess } from './roomDriver';

const PLAYERS = 60;
const tmp = mkdtempSync(join(tmpdir(), 'room-load-'));
let server: ClassProcess | null = null;

afterAll(() => {
  server?.proc.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

describe('60 players over loopback', () => {
  it('play a whole game: the room has every decision once, and every run verified', async () => {
    const data = join(tmp, 'room');
    server = await startClass(['--port', '0', '--host', '127.0.0.1', '--data', data, '--site', fakeSite(join(tmp, 'site')), '--scenario', encodeScenarioCode(SHORT), '--seed', 'load']);
    const { url, room } = server;
    const players = Array.from({ length: PLAYERS }, (_, i) => new SocketPlayer(url, room, `Player ${i + 1}`, `load-${i}`));
    await Promise.all(players.map((p) => p.finished));
    for (const p of players) p.close();
    const { file, events } = readRoomDir(data);
    const folded = fold(file, decodeScenarioCode(file.scenario), events);
    expect(folded.players).toHaveLength(PLAYERS);
    for (const [i, p] of players.entries()) {
      const inRoom = folded.players.find((r) => r.name === `Player ${i + 1}`)!;
      expect(p.refusals).toEqual([]);
      // the room's committed log is the game's log and what it acknowledged: nothing lost, nothing twice
      expect(inRoom.decisions).toEqual(p.bot!.session.log);
      expect(p.acked).toEqual(p.bot!.session.log);
      expect(inRoom.hash).toBe(hashHex(p.bot!.session.state));
      expect(inRoom.rejected).toBeUndefined();
    }
    const sorted = players.flatMap((p) => p.ackMs).sort((a, b) => a - b);
    console.log(`room load test: ${PLAYERS} players, ${sorted.length} acks, p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms`);
  });
});
