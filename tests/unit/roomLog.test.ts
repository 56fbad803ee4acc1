/**
 * The room's folder on disk: a last line cut by a crash is dropped by the
 * fold and cut off before the resumed room appends, so the log stays whole;
 * room.json is the owner's only.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { createRoomDir, dropCutTail, LOG_FILE, readRoomDir, ROOM_FILE, RoomLog } from '../../src/cli/commands/classData';
import { SHORT } from '../fixtures/shortScenario';

const tmp = mkdtempSync(join(tmpdir(), 'room-log-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the room's folder", () => {
  it('drops a line cut by a crash, and the resumed room appends whole lines after the last whole one', async () => {
    const dir = join(tmp, 'r');
    createRoomDir(dir, { code: 'K7PQ3M', secret: 'ab'.repeat(16), scenario: encodeScenarioCode(SHORT), seed: 's', options: { port: 0, host: '127.0.0.1' }, created: '' });
    expect(statSync(join(dir, ROOM_FILE)).mode & 0o777).toBe(0o600);
    const log = new RoomLog(dir);
    log.write({ e: 'join', player: 'p1', name: 'Ada', token: 'c'.repeat(32) });
    await log.flush();
    log.close();
    appendFileSync(join(dir, LOG_FILE), '{"e":"join","player":"p2","na');
    expect(readRoomDir(dir).events).toHaveLength(1);
    expect(dropCutTail(dir)).toBe('{"e":"join","player":"p2","na'.length);
    const again = new RoomLog(dir);
    again.write({ e: 'join', player: 'p2', name: 'Bea', token: 'd'.repeat(32) });
    await again.flush();
    again.close();
    expect(readRoomDir(dir).events.map((e) => e.e === 'join' && e.name)).toEqual(['Ada', 'Bea']);
    expect(readFileSync(join(dir, LOG_FILE), 'utf8').split('\n')).toHaveLength(3);
    expect(dropCutTail(dir)).toBe(0);
  });
});
