/**
 * Part of `npm run bench`: the live room under a class. 60 players, each a
 * real game (src/play/session.ts: a plan change now and then, walks, every
 * dilemma answered by a seeded rule) played WHOLE (the sales-director story,
 * 104 weeks) through src/room/client.ts over `ws` against the real
 * `salesfloor class` process on loopback; one message in flight per player,
 * as the page sends them. Reports the acknowledgement time (send → ack, which
 * includes the room's check, its run's weeks, the log's fsync, and for the
 * debrief the rerun of the whole game) at p50, p95 and max, and the total
 * time, and checks the room's log holds each game's decisions exactly once.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeScenarioCode } from '../src/codes/scenarioCode';
import { fold } from '../src/room/reducer';
import { readRoomDir } from '../src/cli/commands/classData';
import { hashHex } from '../src/sim';
import { fakeSite, SocketPlayer, startClass } from '../tests/unit/roomDriver';

/** A process's CPU seconds so far (Linux /proc: user + system ticks); NaN elsewhere. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

const PLAYERS = Number(process.env.ROOM_PLAYERS ?? 60);
const tmp = mkdtempSync(join(tmpdir(), 'room-bench-'));
const data = join(tmp, 'room');
const server = await startClass(['--port', '0', '--host', '127.0.0.1', '--data', data, '--site', fakeSite(join(tmp, 'site')), '--scenario', 'sales-director', '--seed', 'bench']);
try {
  const load = loadavg()[0];
  const t0 = performance.now();
  const cpu0 = { room: cpuSeconds(server.proc.pid!), players: process.cpuUsage() };
  const players = Array.from({ length: PLAYERS }, (_, i) => new SocketPlayer(server.url, server.room, `Player ${i + 1}`, `bench-${i}`));
  await Promise.all(players.map((p) => p.finished));
  const total = performance.now() - t0;
  const roomCpu = cpuSeconds(server.proc.pid!) - cpu0.room;
  const used = process.cpuUsage(cpu0.players);
  const playersCpu = (used.user + used.system) / 1e6;
  for (const p of players) p.close();
  const { file, events } = readRoomDir(data);
  const room = fold(file, decodeScenarioCode(file.scenario), events);
  const lost = players.filter((p, i) => {
    const r = room.players.find((x) => x.name === `Player ${i + 1}`);
    return !r || JSON.stringify(r.decisions) !== JSON.stringify(p.bot!.session.log) || r.hash !== hashHex(p.bot!.session.state) || r.rejected;
  });
  const acks = players.flatMap((p) => p.ackMs).sort((a, b) => a - b);
  const at = (q: number) => acks[Math.min(acks.length - 1, Math.floor(acks.length * q))];
  const decisions = players.reduce((n, p) => n + p.bot!.session.log.length, 0);
  console.log(`live room: ${PLAYERS} players, whole 104-week games over loopback (load average ${load.toFixed(1)} at the start)`);
  console.log(`  messages acknowledged  ${acks.length} (${decisions} decisions)`);
  console.log(`  acknowledgement time   p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${acks[acks.length - 1].toFixed(1)} ms`);
  console.log(`  total time             ${(total / 1000).toFixed(1)} s for the whole class`);
  console.log(`  CPU                    room process ${roomCpu.toFixed(1)} s, the players' process ${playersCpu.toFixed(1)} s`);
  console.log(`  runs lost, doubled or rejected: ${lost.length}`);
  if (lost.length > 0) process.exitCode = 1;
} finally {
  server.proc.kill('SIGTERM');
  await server.exited;
  rmSync(tmp, { recursive: true, force: true });
}
