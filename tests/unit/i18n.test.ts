/** The string tables: French and English carry the same keys, none empty, every scenario told in both. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { hasKey, LOCALES, ownText, pickLocale, t } from '../../src/i18n';
import { SCENARIO_IDS } from '../../src/scenarios';

/** Every leaf as [dotted key, value]. */
function leaves(node: unknown, prefix = ''): Array<[string, unknown]> {
  if (node === null || typeof node !== 'object') return [[prefix, node]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** The variables a string reads: its {placeholders} and the counts of its plural blocks (not the branches' words). */
function placeholders(s: string): string[] {
  const names = new Set<string>();
  for (const m of s.matchAll(/\{(\w+),\s*plural,/g)) names.add(m[1]);
  const branchWords = s.replace(/\b(?:=\d+|zero|one|two|few|many|other)\s*\{(\w+)\}/g, '');
  for (const m of branchWords.matchAll(/\{(\w+)\}/g)) names.add(m[1]);
  return [...names].sort();
}

describe('i18n tables', () => {
  const enLeaves = new Map(leaves(en));
  const frLeaves = new Map(leaves(fr));

  it('en and fr have exactly the same keys', () => {
    expect([...frLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('every string is a non-empty string', () => {
    for (const [key, value] of [...enLeaves, ...frLeaves]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('a translation fills the same {placeholders} as the English', () => {
    for (const [key, value] of enLeaves) expect(placeholders(frLeaves.get(key) as string), key).toEqual(placeholders(value as string));
  });

  it('every scenario has a title and a briefing in every language', () => {
    for (const locale of LOCALES) {
      for (const id of SCENARIO_IDS) {
        expect(hasKey(`scenarios.${id}.title`, locale), `${locale} ${id} title`).toBe(true);
        expect(hasKey(`scenarios.${id}.briefing`, locale), `${locale} ${id} briefing`).toBe(true);
      }
    }
  });

  it('t() fills placeholders and falls back to English, then to the key', () => {
    expect(t('cli.errors.line', { message: 'x' }, 'en')).toBe('salesfloor: x');
    expect(t('cli.errors.line', { message: 'x' }, 'fr')).toBe('salesfloor\u202f: x');
    expect(t('no.such.key', undefined, 'fr')).toBe('no.such.key');
    expect(pickLocale(['fr-CA', 'en'])).toBe('fr');
    expect(pickLocale(['de'])).toBe('en');
  });

  it('t() picks a plural branch by Intl.PluralRules for the language', async () => {
    const { resolvePlurals, pluralCategory } = await import('../../src/i18n/plural');
    const s = '{n, plural, =0 {no deal} one {# deal} other {# deals}} for {who}';
    expect(resolvePlurals(s, { n: 0 }, 'en')).toBe('no deal for {who}');
    expect(resolvePlurals(s, { n: 1 }, 'en')).toBe('1 deal for {who}');
    expect(resolvePlurals(s, { n: 2 }, 'en')).toBe('2 deals for {who}');
    const f = '{d} {n, plural, one {pt} other {pts}}';
    expect(resolvePlurals(f, { n: 1.5 }, 'fr')).toBe('{d} pt');
    expect(resolvePlurals(f, { n: 1.5 }, 'en')).toBe('{d} pts');
    expect(resolvePlurals(f, { n: 1 }, 'en')).toBe('{d} pt');
    expect(resolvePlurals(f, undefined, 'en')).toBe('{d} pts');
    expect(pluralCategory(0, 'fr')).toBe('one');
    expect(pluralCategory(0, 'en')).toBe('other');
    expect(placeholders('{n, plural, one {# deal {who}} other {# deals}} {x}')).toEqual(['n', 'who', 'x']);
  });

  it("a user's own text is read in the reader's language, in the other where that is empty", () => {
    expect(ownText({ en: 'Drill', fr: 'Exercice' }, 'fr')).toBe('Exercice');
    expect(ownText({ en: '', fr: 'Exercice' }, 'en')).toBe('Exercice');
    expect(ownText({ en: 'Drill', fr: '' }, 'fr')).toBe('Drill');
  });
});
