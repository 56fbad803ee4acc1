/**
 * The planning panel's data and number fields, without a browser: every lever
 * has a section and a keyboard step, every story's key levers are levers; what
 * is typed reads back with the language's separators; arrow steps land on the
 * lever's grid and stay in range.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { findSpec } from '../../src/sim';
import { SCENARIO_IDS } from '../../src/scenarios';
import { LEVER_GROUPS, LEVER_KEYS, LEVERS } from '../../src/play/levers';
import { focusLevers, PLANNING_FOCUS } from '../../src/ui/play/planningFocus';
import { formatField, formatTyped, parseTyped, stepValue } from '../../src/ui/play/planningNumber';

afterEach(() => setLocale('en'));

describe('planning data', () => {
  it('places every lever in a section, with a step for every number', () => {
    expect(Object.keys(LEVERS).sort()).toEqual([...LEVER_KEYS].sort());
    for (const key of LEVER_KEYS) {
      const spec = findSpec(key);
      expect(LEVER_GROUPS).toContain(LEVERS[key].group);
      if (spec?.kind !== 'choice') expect(LEVERS[key].step, key).toBeGreaterThan(0);
    }
    // a point of commission, not 0.02
    expect(LEVERS['plan.commissionRate'].step).toBe(0.01);
  });

  it('gives every story three key levers, all of them levers', () => {
    for (const id of SCENARIO_IDS) {
      expect(PLANNING_FOCUS[id], id).toBeDefined();
      expect(new Set(focusLevers(id)).size, id).toBe(3);
      for (const key of focusLevers(id)) expect(LEVER_KEYS, `${id}: ${key}`).toContain(key);
    }
  });
});

describe('number fields', () => {
  it('groups thousands as typed and reads them back, in English', () => {
    expect(formatTyped('215000')).toBe('215,000');
    expect(formatTyped('2150')).toBe('2,150');
    expect(formatTyped('21,50,00')).toBe('215,000');
    expect(formatTyped('2.5')).toBe('2.5');
    expect(formatTyped('4.')).toBe('4.');
    expect(formatTyped('abc')).toBeNull();
    expect(formatTyped('1.2.3')).toBeNull();
    expect(parseTyped('215,000')).toBe(215000);
    expect(parseTyped('2.5')).toBe(2.5);
    expect(parseTyped('')).toBeNull();
    expect(parseTyped('12a')).toBeNaN();
    expect(parseTyped('.')).toBeNaN();
    expect(formatField(5000000)).toBe('5,000,000');
  });

  it('groups with spaces and reads a comma or a point as the decimal mark, in French', () => {
    setLocale('fr');
    expect(formatTyped('215000')).toBe('215\u202f000');
    expect(formatTyped('2,5')).toBe('2,5');
    expect(formatTyped('2.5')).toBe('2,5');
    expect(parseTyped('215 000')).toBe(215000);
    expect(parseTyped('215\u00a0000')).toBe(215000);
    expect(parseTyped('2,5')).toBe(2.5);
    expect(formatField(0.5)).toBe('0,5');
  });

  it('steps onto the lever’s grid and stays in range', () => {
    expect(stepValue(6, 1, 1, 0, 30)).toBe(7);
    expect(stepValue(4.3, 1, 1, 0, 30)).toBe(5);
    expect(stepValue(4.3, 1, -1, 0, 30)).toBe(4);
    expect(stepValue(5, 1, 1, 0, 30, 10)).toBe(15);
    expect(stepValue(29, 1, 1, 0, 30, 10)).toBe(30);
    expect(stepValue(0, 1, -1, 0, 30)).toBe(0);
    expect(stepValue(230000, 5000, 1, 0, 5000000)).toBe(235000);
    expect(stepValue(0.3, 0.1, 1, 0, 5)).toBe(0.4);
  });
});
