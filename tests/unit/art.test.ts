/**
 * Every picture the town loads is in the game's own copy of the icon set:
 * each rep character and each emoji icon is listed for the extraction script
 * (assets/emoji/emoji-list.json) and has its SVG in public/art/emoji, so a
 * new icon (⏪ pulled in, ⏸ held back) cannot reach the town as a missing
 * texture.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMOJI, REP_ART } from '../../src/game/art';

const ROOT = join(import.meta.dirname, '..', '..');
const listed: string[] = JSON.parse(readFileSync(join(ROOT, 'assets', 'emoji', 'emoji-list.json'), 'utf8'));

describe('the town\'s pictures', () => {
  it.each([...REP_ART, ...EMOJI])('%s is extracted and served from the game\'s origin', (name) => {
    expect(listed).toContain(name);
    expect(existsSync(join(ROOT, 'public', 'art', 'emoji', `${name}.svg`))).toBe(true);
  });
});
