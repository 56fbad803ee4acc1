/**
 * Every string key the DOM screens ask for exists in English and French,
 * including the lever labels generated from PARAM_SPECS (no browser needed).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { hasKey, LOCALES } from '../../src/i18n';
import { SCENARIO_IDS } from '../../src/scenarios';
import { LEVER_KEYS } from '../../src/play/levers';
import { MOMENT_KINDS } from '../../src/play/analysis/moments';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

it('has every UI string in every language', () => {
  const keys = new Set<string>();
  for (const file of ['ui', 'play', 'game'].flatMap((dir) => sources(resolve(import.meta.dirname, '../../src', dir)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) keys.add(m[1]);
  }
  const each = (prefix: string, names: readonly string[], suffixes = ['']) => names.flatMap((n) => suffixes.map((s) => `${prefix}.${n}${s}`));
  const dynamic = [
    ...each('ui.briefing.voices', ['director', 'founder', 'ceo'], ['.who', '.quote']),
    ...each('ui.choices', ['none', 'quarter', 'year']),
    ...each('ui.debrief.questions', ['q1', 'q2', 'q3', 'q4', 'q5']),
    ...each('ui.lang', LOCALES),
    ...each('ui.moments', MOMENT_KINDS),
    ...each('ui.planning.costBasis', ['lastQuarter', 'quota', 'reference']),
    ...each('ui.planning.costLine', ['lastQuarter', 'quota', 'reference']),
    ...each('ui.rep.feelings', ['happy', 'neutral', 'unhappy', 'lost', 'prospect', 'pending']),
    ...each('ui.team', ['rep', 'deals', 'revenue', 'attainment', 'customers', 'satisfaction', 'care', 'pay']),
    ...each('scenarios', SCENARIO_IDS, ['.title', '.briefing']),
  ];
  const missing = [...keys, ...dynamic].flatMap((k) => LOCALES.filter((l) => !hasKey(k, l)).map((l) => `${l}: ${k}`));
  expect(missing).toEqual([]);
  expect(keys.size).toBeGreaterThan(100);
});

// a lever without a translation would show its English spec description to a French player
it('names and explains every lever of the planning panel in every language', () => {
  const missing = LEVER_KEYS.flatMap((k) => ['label', 'help'].flatMap((f) => LOCALES.filter((l) => !hasKey(`params.${k}.${f}`, l)).map((l) => `${l}: params.${k}.${f}`)));
  expect(missing).toEqual([]);
  expect(LEVER_KEYS.length).toBeGreaterThan(10);
});
