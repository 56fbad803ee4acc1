/**
 * Every string table (src/i18n/*.en.ts, *.fr.ts, en.ts, fr.ts) read as a
 * proofreader would: counts take their noun's plural through the plural helper
 * (no "(s)", no "{n} deals" that shows "1 deals"), French puts a narrow no-break
 * space (U+202F) before ; : ! ? and inside « », English puts no space there,
 * and French names the gemba walk one way.
 */
import { describe, expect, it } from 'vitest';
import { pluralBranches } from '../../src/i18n/plural';

const NNBSP = '\u202f';

/** Every string in every table module, with the file it comes from and its language. */
const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.ts', { eager: true });

type Entry = { where: string; lang: 'en' | 'fr'; text: string };

function stringsOf(node: unknown, where: string, lang: 'en' | 'fr', out: Entry[]): void {
  if (typeof node === 'string') out.push({ where, lang, text: node });
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) stringsOf(v, `${where}.${k}`, lang, out);
}

const entries: Entry[] = [];
// the sub-tables first, so a text is named by its own file
for (const [path, mod] of Object.entries(modules).sort(([a], [b]) => Number(/\/(en|fr)\.ts$/.test(a)) - Number(/\/(en|fr)\.ts$/.test(b)))) {
  const file = path.split('/').pop() as string;
  const lang = /(^|\.)fr\.ts$/.test(file) ? 'fr' : /(^|\.)en\.ts$/.test(file) ? 'en' : undefined;
  if (lang) stringsOf(mod, file, lang, entries);
}
// en.ts and fr.ts hold the sub-tables again: each text once per language
const seen = new Set<string>();
const unique = entries.filter((e) => !seen.has(e.lang + e.text) && seen.add(e.lang + e.text));
entries.splice(0, entries.length, ...unique);

/** A string's plural blocks cut out ('⟦⟧' in their place), and the branches' texts, '#' hidden. */
function splitPlurals(text: string): { rest: string; branches: string[] } {
  const branches: string[] = [];
  let rest = text;
  for (let m = /\{(\w+),\s*plural,/.exec(rest); m; m = /\{(\w+),\s*plural,/.exec(rest)) {
    let depth = 0;
    let end = m.index;
    for (; end < rest.length; end += 1) {
      if (rest[end] === '{') depth += 1;
      else if (rest[end] === '}' && --depth === 0) break;
    }
    const found = pluralBranches(rest.slice(m.index + m[0].length, end));
    branches.push(...Object.values(found ?? {}).map((b) => b.replace(/#/g, '⟦#⟧')));
    rest = rest.slice(0, m.index) + '⟦⟧' + rest.slice(end + 1);
  }
  return { rest, branches };
}

/** URLs, clock times, `code`, app routes, JSON keys and placeholders hidden from the punctuation checks. */
function prose(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, 'URL')
    .replace(/\b\d{1,2}:\d{2}\b/g, 'TIME')
    .replace(/`[^`]*`/g, 'CODE')
    .replace(/#\/\S+/g, 'ROUTE')
    .replace(/"[\w.]+":/g, 'KEY')
    .replace(/\{\w+\}/g, 'X');
}

// words that end in -s after a count and are not a plural noun: verbs, prepositions, invariable words, units
const NOT_PLURAL = new Set([
  ...['is', 'has', 'was', 'as', 'less', 'needs', 'pushes', 'relates', 'brings', 'makes', 'gives', 'does', 'goes', 'comes', 'acts', 'sets', 'lasts', 'plus', 'minus', 'across', 'stays', 'leaves', 'works'],
  ...['sur', 'sous', 'dans', 'pendant', 'depuis', 'après', 'vers', 'fois', 'mois', 'plus', 'moins', 'très', 'dès', 'puis', 'alors', 'jamais', 'ans', 'mais', 'deux', 'trois'],
  ...['s', 'ms', 'pas', 'vs', 'this', 'thus', 'its', 'his'],
]);

// placeholders that name someone or something, never a count: "{rep} asks", "{a} on this"
const NOT_COUNT = new Set(['rep', 'name', 'who', 'a', 'b', 'scenario', 'story', 'plan', 'source', 'mover', 'label', 'key', 'event', 'dir', 'id', 'file', 'field', 'option', 'measure', 'x', 'y', 'line', 'list', 'change', 'reason', 'what', 'title', 'other']);

/**
 * "{n} deals", "{n} saved entries", "{d} pts": a placeholder, then within two
 * words a word ending in -s or -x, outside a plural block — a count whose noun
 * is written in the plural whatever the count. Numbers the string always gives
 * above one are rare enough to go through the helper too.
 */
function hardPlurals(text: string): string[] {
  const { rest, branches } = splitPlurals(text);
  const found: string[] = branches.flatMap(hardPlurals);
  for (const m of rest.matchAll(/\{(\w+)\}((?:[ \u00a0\u202f][\p{L}’'-]+){1,2})/gu)) {
    const words = m[2].trim().split(/[ \u00a0\u202f]/);
    if (NOT_COUNT.has(m[1])) continue;
    // -ss is no plural (miss, less, across)
    const plural = words.find((w) => /\p{Ll}[sx]$/u.test(w) && !/ss$/.test(w) && !NOT_PLURAL.has(w.toLowerCase()));
    const stop = words.findIndex((w) => NOT_PLURAL.has(w.toLowerCase()) || /^(of|de|du|des|à|to|in|en|by|per|par|and|et|the|le|la|les|a|an|un|une)$/.test(w));
    if (plural && (stop < 0 || words.indexOf(plural) < stop) && /^\p{Ll}/u.test(words[0])) found.push(`{${m[1]}} ${words.slice(0, words.indexOf(plural) + 1).join(' ')}`);
  }
  return found;
}

function frenchSpacing(text: string): string[] {
  const s = prose(text);
  const bad: string[] = [];
  for (const m of s.matchAll(/[;:!?]/g)) {
    const i = m.index;
    if (i === 0 && m[0] !== ':') continue;
    if (s[i - 1] !== NNBSP && !/[;:!?]/.test(s[i - 1] ?? '')) bad.push(s.slice(Math.max(0, i - 12), i + 1));
  }
  for (const m of s.matchAll(/«(.)/g)) if (m[1] !== NNBSP) bad.push(`«${m[1]}`);
  for (const m of s.matchAll(/(.)»/g)) if (m[1] !== NNBSP) bad.push(`${m[1]}»`);
  return bad;
}

function englishSpacing(text: string): string[] {
  return [...prose(text).matchAll(/.{0,12}[ \u00a0\u202f][;:!?]/g)].map((m) => m[0]);
}

describe('string tables read as written by a person', () => {
  it('finds the tables', () => {
    expect(entries.filter((e) => e.lang === 'fr').length).toBeGreaterThan(800);
    expect(entries.filter((e) => e.lang === 'en').length).toBeGreaterThan(800);
    expect(new Set(entries.map((e) => e.where.split('.ts')[0])).size).toBeGreaterThan(25);
  });

  it('writes no "(s)" plural', () => {
    const bad = entries.filter((e) => /\p{L}\((?:s|e|es|x|e\)\(s)\)/u.test(e.text)).map((e) => `${e.where}: ${e.text}`);
    expect(bad).toEqual([]);
  });

  it('gives a count its noun through the plural helper', () => {
    // a key the code picks only for counts above one, beside its own "one" key (why.quitsOne / why.quitsMany, reasonOne / reasonCount)
    const wheres = new Set(entries.map((e) => e.where));
    const pairedMany = (w: string) => [w.replace(/Many$/, 'One'), w.replace('.reasonCount.', '.reasonOne.')].some((o) => o !== w && wheres.has(o));
    // cli-progress fills {value}/{total} itself, not t()
    const bad = entries.filter((e) => !pairedMany(e.where) && !e.text.includes('{bar}')).flatMap((e) => hardPlurals(e.text).map((h) => `${e.where}: ${h}`));
    expect(bad).toEqual([]);
  });

  it('puts a narrow no-break space before ; : ! ? and inside « » in French', () => {
    const bad = entries.filter((e) => e.lang === 'fr').flatMap((e) => frenchSpacing(e.text).map((h) => `${e.where}: …${h}`));
    expect(bad).toEqual([]);
  });

  it('puts no space before ; : ! ? in English', () => {
    const bad = entries.filter((e) => e.lang === 'en').flatMap((e) => englishSpacing(e.text).map((h) => `${e.where}: …${h}`));
    expect(bad).toEqual([]);
  });

  it('names the gemba walk one way in French', () => {
    const bad = entries
      .filter((e) => e.lang === 'fr' && /gemba/i.test(e.text))
      .flatMap((e) => [...e.text.matchAll(/\S*\s*gemba\s*\S*/gi)].map((m) => m[0]))
      .filter((w) => !/gemba walks?\b|\bgemba,/i.test(w));
    expect(bad).toEqual([]);
  });

  it('checks what it says it checks', () => {
    expect(hardPlurals('{n} deals')).toEqual(['{n} deals']);
    expect(hardPlurals('{n} saved entries')).toEqual(['{n} saved entries']);
    expect(hardPlurals('{d} pts')).toEqual(['{d} pts']);
    expect(hardPlurals('{n, plural, one {# deal} other {# deals}}')).toEqual([]);
    expect(hardPlurals('{d} {n, plural, one {pt} other {pts}}')).toEqual([]);
    expect(hardPlurals('decision {n} is for week {week}')).toEqual([]);
    expect(frenchSpacing('Semaine : 3')).toEqual(['Semaine :']);
    expect(frenchSpacing(`Semaine${NNBSP}: 3, voir https://x.org/a?b à 10:30`)).toEqual([]);
    expect(frenchSpacing('« oui »')).toEqual(['« ', ' »']);
    expect(englishSpacing('Week : 3')).toEqual(['Week :']);
  });
});
