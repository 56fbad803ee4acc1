/**
 * `salesfloor class` refuses bad input before it serves anything: exit 2 and
 * one line on stderr, in the CLI's language, as every command does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { createRoomDir, LOG_FILE } from '../../src/cli/commands/classData';
import { SHORT } from '../fixtures/shortScenario';
import { inProcess } from './cliHarness';
import { fakeSite } from './roomDriver';

const tmp = mkdtempSync(join(tmpdir(), 'room-cli-'));
const site = fakeSite(join(tmp, 'site'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const room = (name: string) => {
  const dir = join(tmp, name);
  createRoomDir(dir, { code: 'K7PQ3M', secret: 'ab'.repeat(16), scenario: encodeScenarioCode(SHORT), seed: 's', options: { port: 0, host: '127.0.0.1' }, created: '' });
  return dir;
};

describe('salesfloor class: bad input', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a malformed port', () => ['--port', '80a', '--site', site], /malformed --port "80a"/],
    ['a port out of range', () => ['--port', '70000', '--site', site], /malformed --port "70000"/],
    ['a mistyped story', () => ['--scenario', 'fonder', '--site', site], /unknown scenario "fonder"; did you mean founder\?/],
    ['an unknown story', () => ['--scenario', 'nope', '--site', site], /unknown scenario "nope"; valid scenarios: founder, sales-director/],
    ['a damaged scenario code', () => ['--scenario', 'sfs1.abc.def', '--site', site], /scenario code is damaged/],
    ['a site without index.html', () => ['--site', join(tmp, 'nowhere')], /no built site in .*nowhere/],
    ['a folder that already holds a room', () => ['--data', room('taken'), '--site', site, '--port', '0'], /already holds a room; resume it with salesfloor class --resume/],
    ['--resume with a folder holding no room', () => ['--resume', join(tmp, 'empty')], /holds no room/],
    ['--resume with --seed', () => ['--resume', room('seeded'), '--seed', '3'], /cannot be combined with --seed/],
    [
      '--resume with a damaged log',
      () => {
        const dir = room('damaged');
        writeFileSync(join(dir, LOG_FILE), '{"e":"nope"}\n{"e":"close","seq":1,"digest":"x"}\n');
        return ['--resume', dir, '--site', site];
      },
      /log .* is damaged: log.ndjson line 1/,
    ],
    ['an unknown option', () => ['--prot', '8787'], /unknown option "--prot" for class; did you mean --port\?/],
  ];
  for (const [what, args, pattern] of cases) {
    it(what, async () => {
      mkdirSync(join(tmp, 'empty'), { recursive: true });
      const r = await inProcess(['class', ...args()]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^salesfloor: [^\n]+\n$/);
      expect(r.stderr).toMatch(pattern);
    });
  }

  it('in French when LANG is French', async () => {
    const r = await inProcess(['class', '--port', 'x', '--site', site], 'fr_FR.UTF-8');
    expect(r.stderr).toBe('salesfloor\u202f: --port «\u202fx\u202f» mal formé\u202f: un nombre entier de 0 à 65535 attendu\n');
  });
});
