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

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
    expect(t('cli.errors.line', { message: 'x' }, 'fr')).toBe('salesfloor : x');
    expect(t('no.such.key', undefined, 'fr')).toBe('no.such.key');
    expect(pickLocale(['fr-CA', 'en'])).toBe('fr');
    expect(pickLocale(['de'])).toBe('en');
  });

  it("a user's own text is read in the reader's language, in the other where that is empty", () => {
    expect(ownText({ en: 'Drill', fr: 'Exercice' }, 'fr')).toBe('Exercice');
    expect(ownText({ en: '', fr: 'Exercice' }, 'en')).toBe('Exercice');
    expect(ownText({ en: 'Drill', fr: '' }, 'fr')).toBe('Drill');
  });
});
