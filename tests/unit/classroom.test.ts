/** The class view's logic: finding codes in pasted text, CSV and JSON; the CSV parser; the batch; the spread; sorting and export. */
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, detectSeparator, parseCsv, spreadsheetCsv, spreadsheetField } from '../../src/shared/csv';
import { codesIn, fromCsv, fromFile, fromJson, fromText } from '../../src/classroom/extract';
import { emptyBatch, groupOf, openAll } from '../../src/classroom/runs';
import { quantile, spread } from '../../src/shared/stats';
import { nextOrder, runsCsv, sortRuns } from '../../src/classroom/table';
import { CLASS_KEY, loadClass, saveClass } from '../../src/classroom/store';
import { ClassDesk, type LoadEvent } from '../../src/classroom/desk';
import { encodeRunCode, identityOf, scenarioFingerprint } from '../../src/codes/runCode';

const A = encodeRunCode(identityOf('founder', 'a1', {}, []));
const B = encodeRunCode(identityOf('sales-director', 'b2', {}, [{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.02 }]));
const C = encodeRunCode(identityOf('ambivalent-ceo', 'c3', {}, [{ week: 5, type: 'gemba', rep: 1 }]));

describe('CSV parser', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const text = 'Name,Code,Comment\r\n"Dupont, Anne",sf1.x.y,"said ""hi""\nand left"\r\nBob,,\r\n';
    expect(parseCsv(text)).toEqual([
      ['Name', 'Code', 'Comment'],
      ['Dupont, Anne', 'sf1.x.y', 'said "hi"\nand left'],
      ['Bob', '', ''],
    ]);
  });

  it('reads LF and CR line ends, a byte-order mark and a last line without a break', () => {
    expect(parseCsv('\uFEFFa,b\nc,d\re,f')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
  });

  it('finds the separator: semicolons (French spreadsheets) and tabs', () => {
    expect(detectSeparator('Nom;Code;"a,b"\n1;2;3')).toBe(';');
    expect(parseCsv('Nom;Code\n"Dupont; Anne";x')).toEqual([['Nom', 'Code'], ['Dupont; Anne', 'x']]);
    expect(parseCsv('a\tb\nc\td')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(detectSeparator('just one column\n1')).toBe(',');
  });

  it('keeps an unclosed quote as text instead of failing', () => {
    expect(parseCsv('a,"b\nc')).toEqual([['a', 'b\nc']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('writes fields back so that the parser reads them unchanged, and defuses formulas for a spreadsheet', () => {
    const rows = [['a,b', 'say "x"', 'two\nlines', 'plain'], ['=SUM(A1)', '@x', '+1', '-2']];
    expect(parseCsv(spreadsheetCsv(rows))).toEqual([rows[0], ["'=SUM(A1)", "'@x", "'+1", "'-2"]]);
    expect(spreadsheetCsv([['a', 1]])).toBe('a,1\r\n');
    expect(spreadsheetField(-1234.5)).toBe('-1234.5');
    expect(spreadsheetField(NaN)).toBe('');
    expect(spreadsheetField('a;b')).toBe('"a;b"');
  });

  it('writes data as it is: text that looks like a formula, semicolons and a missing number keep their bytes', () => {
    const row = ['-1', '=x', 'a;b', 'a,b', NaN, 0.1];
    expect(csvLine(row)).toBe('-1,=x,a;b,"a,b",NaN,0.1\n');
    expect(parseCsv(csvLine(row))[0]).toEqual(['-1', '=x', 'a;b', 'a,b', 'NaN', '0.1']);
    expect(csvField(-1234.5)).toBe('-1234.5');
  });
});

describe('finding codes', () => {
  it('finds codes in any text, several on a line, and in links with ~ escaped', () => {
    const link = `https://example.org/#/replay?code=${A.replace(/~/g, '%7E')}&x=1`;
    expect(codesIn(`Here: ${A}, and ${B}.`)).toEqual([A, B]);
    expect(codesIn(link)).toEqual([A]);
    expect(codesIn('no code here')).toEqual([]);
    expect(codesIn('sf1.truncatedbody')).toEqual(['sf1.truncatedbody']);
  });

  it('pasted text: one candidate per code, and a line without a code is a candidate that will fail', () => {
    const { candidates } = fromText(`${A}\n\n  hello there \n${B} ${C}\n`);
    expect(candidates.map((c) => [c.text, c.origin.line])).toEqual([
      [A, 1],
      ['hello there', 3],
      [B, 4],
      [C, 4],
    ]);
  });

  it('a form export: codes in any column, with row and column; other cells of a code column are candidates', () => {
    const csv = `Timestamp,Full name,"Your run code, please"\n2026-11-30,"Martin, Léa","${A}"\n2026-11-30,Bob,"lost it, sorry"\n2026-11-30,Eve,"see ${B}\nthanks"\n2026-11-30,Zed,\n`;
    const { candidates, problems } = fromCsv(csv, 'form.csv');
    expect(problems).toEqual([]);
    expect(candidates).toEqual([
      { text: A, origin: { file: 'form.csv', row: 2, column: 'Your run code, please' }, name: 'Martin, Léa' },
      { text: 'lost it, sorry', origin: { file: 'form.csv', row: 3, column: 'Your run code, please' }, name: 'Bob' },
      { text: B, origin: { file: 'form.csv', row: 4, column: 'Your run code, please' }, name: 'Eve' },
    ]);
  });

  it('a form’s name column: a full name wins, else first and last names joined; other "name" columns are not names', () => {
    const names = (header: string, row: string) => fromCsv(`${header}
${row},${A}
`, 'f.csv').candidates[0].name;
    expect(names('Horodateur,Nom,Code', '2026,Anne Dupont')).toBe('Anne Dupont');
    expect(names('Your name:,Code', '  Alice   Martin ')).toBe('Alice Martin');
    expect(names('What is your name?,Code', 'Bob')).toBe('Bob');
    expect(names('Élève,Code', 'Zoé')).toBe('Zoé');
    expect(names('Prénom,Nom,Code', 'Anne,Dupont')).toBe('Anne Dupont');
    expect(names('First name,Last name,Code', 'Ann,Lee')).toBe('Ann Lee');
    expect(names('Last name,Code', 'Lee')).toBe('Lee');
    expect(names('Nom d’utilisateur,Code', 'adupont')).toBeUndefined();
    expect(names('Email,Code', 'a@b.fr')).toBeUndefined();
    expect(names('Scenario name,Code', 'Recession')).toBeUndefined();
    // a row with the name left empty has none
    expect(names('Name,Code', '')).toBeUndefined();
  });

  it('a pasted line: the text before the code is its name, a link holding the code and the separators dropped', () => {
    const link = `https://example.org/salesfloor/#/replay?code=${B}`;
    const { candidates } = fromText(`Alice Martin: ${A}
Bob Lee — ${link}
Zoé Durand\t${C}
${A}
- Ann: ${B}, Joe: ${C}`);
    expect(candidates.map((c) => [c.text, c.name])).toEqual([
      [A, 'Alice Martin'],
      [B, 'Bob Lee'],
      [C, 'Zoé Durand'],
      [A, undefined],
      [B, 'Ann'],
      [C, 'Joe'],
    ]);
  });

  it('JSON: the output of salesfloor run, a list of codes, a list of objects; bad JSON is one problem', () => {
    expect(fromJson(JSON.stringify({ hash: 'x', code: A, weeks: [{ a: 1 }] }), 'run.json').candidates).toEqual([{ text: A, origin: { file: 'run.json' } }]);
    expect(fromJson(JSON.stringify([A, 'oops', B]), 'l.json').candidates.map((c) => [c.text, c.origin.item])).toEqual([
      [A, 1],
      ['oops', 2],
      [B, 3],
    ]);
    expect(fromJson(JSON.stringify([{ code: C }]), 'o.json').candidates.map((c) => c.text)).toEqual([C]);
    expect(fromJson('{nope', 'bad.json')).toEqual({ candidates: [], problems: [{ origin: { file: 'bad.json' }, problem: 'json' }] });
    expect(fromFile('empty.json', '{"a": 1}').problems).toEqual([{ origin: { file: 'empty.json' }, problem: 'empty' }]);
    expect(fromFile('codes.TXT', A).candidates).toHaveLength(1);
    expect(fromFile('form.CSV', `code\n${A}`).candidates[0].origin).toEqual({ file: 'form.CSV', row: 2, column: 'code' });
  });
});

describe('a batch of runs', () => {
  it('opens good codes, lists bad ones with their reason and origin, counts duplicates once', async () => {
    const body = A.split('.')[1];
    const tampered = `sf1.${body.slice(0, -2)}${body.slice(-1)}${body.slice(-2, -1)}.${A.split('.')[2]}`;
    const found = fromText([A, B, A, A.slice(0, A.length - 3), tampered, 'garbage', C].join('\n'));
    const seen: number[] = [];
    const batch = await openAll(emptyBatch(), found.candidates, { progress: (done) => seen.push(done), yieldToPage: () => Promise.resolve() });
    expect(batch.runs.map((r) => r.seed)).toEqual(['a1', 'b2', 'c3']);
    expect(batch.duplicates).toBe(1);
    expect(batch.bad.map((b) => [b.origin.line, b.key])).toEqual([
      [4, 'codes.errors.checksum'],
      [5, 'codes.errors.checksum'],
      [6, 'codes.errors.format'],
    ]);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const run = batch.runs[1];
    expect(run.scenario).toBe('sales-director');
    expect(Number.isFinite(run.profit) && run.reputation >= 0 && run.reputation <= 1 && run.deals > 0).toBe(true);
    // adding the same codes again: all duplicates
    const again = await openAll(batch, fromText(`${A}\n${B}`).candidates);
    expect(again.runs).toHaveLength(3);
    expect(again.duplicates).toBe(3);
  });

  it('a run on a facilitator’s scenario keeps its own title and is a group of its own', async () => {
    const custom = { base: 'founder', overrides: {}, events: [], locked: [], bounds: {}, title: { en: '<b>Recession drill</b>', fr: 'Exercice de récession' }, briefing: { en: 'x', fr: 'x' } };
    const D = encodeRunCode(identityOf('founder', 'd4', {}, [], custom));
    // the code names its scenario: without it, a bad code asking for it
    const without = await openAll(emptyBatch(), fromText(`${A}\n${D}`).candidates);
    expect(without.bad.map((b) => b.key)).toEqual(['codes.errors.scenario']);
    const { runs, bad } = await openAll(emptyBatch(), fromText(`${A}\n${D}`).candidates, { lookup: (fp) => (fp === scenarioFingerprint(custom) ? custom : undefined) });
    expect(bad).toEqual([]);
    expect(runs[1].custom).toEqual({ en: '<b>Recession drill</b>', fr: 'Exercice de récession' });
    expect(runs[0].custom).toBeUndefined();
    expect(groupOf(runs[0])).toBe('founder');
    expect(groupOf(runs[1])).not.toBe('founder');
  });

  it('keeps names in storage (version 2) and still reads version 1, kept before names', async () => {
    const batch = await openAll(emptyBatch(), fromText(`Alice: ${A}\nBob: sf2.x`).candidates);
    expect(batch.runs[0].name).toBe('Alice');
    expect(batch.bad[0].name).toBe('Bob');
    const mem = new Map<string, string>();
    const store = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
    saveClass(store, batch);
    expect(JSON.parse(mem.get(CLASS_KEY) ?? '{}').version).toBe(2);
    const kept = loadClass(store);
    expect(kept?.candidates.map((c) => c.name)).toEqual(['Alice', 'Bob']);
    const reopened = await openAll(emptyBatch(), kept?.candidates ?? []);
    expect(reopened.runs[0].name).toBe('Alice');
    mem.set(CLASS_KEY, JSON.stringify({ version: 1, candidates: [{ text: A, origin: { line: 1 } }], duplicates: 0 }));
    expect(loadClass(store)?.candidates).toEqual([{ text: A, origin: { line: 1 } }]);
  });

  it('is kept in storage and read back; a corrupt entry is dropped', async () => {
    const batch = await openAll(emptyBatch(), fromText(`${A}\ngarbage`).candidates);
    const mem = new Map<string, string>();
    const store = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
    expect(saveClass(store, batch)).toBe(true);
    expect(loadClass(store)?.candidates.map((c) => c.text)).toEqual([A, 'garbage']);
    mem.set(CLASS_KEY, '{"version": 1, "candidates": 3}');
    expect(loadClass(store)).toBeNull();
    expect(mem.has(CLASS_KEY)).toBe(false);
    const full = { ...store, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(saveClass(full, batch)).toBe(false);
  });
});

describe('spread, sorting and export', () => {
  it('median and quartiles by linear interpolation', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(spread([4, 1, 3, 2, 5])).toEqual({ n: 5, min: 1, q1: 2, median: 3, q3: 4, max: 5, iqr: 2 });
    expect(spread([7])?.iqr).toBe(0);
    expect(spread([])).toBeNull();
  });

  it('sorts by a column both ways, numbers first highest, and exports the table as CSV', async () => {
    const { runs } = await openAll(emptyBatch(), fromText(`${A}\n${B}\n${C}`).candidates);
    const desc = sortRuns(runs, nextOrder(null, 'profit'));
    expect(desc.map((r) => r.profit)).toEqual([...runs.map((r) => r.profit)].sort((a, b) => b - a));
    const asc = sortRuns(runs, nextOrder({ column: 'profit', direction: 'descending' }, 'profit'));
    expect(asc.map((r) => r.code)).toEqual([...desc.map((r) => r.code)].reverse());
    expect(sortRuns(runs, nextOrder(null, 'seed')).map((r) => r.seed)).toEqual(['a1', 'b2', 'c3']);
    const header = { name: 'Name', scenario: 'S', seed: 'Seed', profit: 'P', reputation: 'R', deals: 'D', quits: 'Q', misconduct: 'M', hash: 'H', origin: 'From', code: 'Code' };
    const rows = parseCsv(runsCsv(runs, header, (r) => `title of ${r.scenario}`, (o) => `line ${o.line}`));
    expect(rows[0]).toEqual(['Name', 'S', 'Seed', 'P', 'R', 'D', 'Q', 'M', 'H', 'From', 'Code']);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(['', 'title of founder', 'a1', String(Math.round(runs[0].profit * 100) / 100), String(Math.round(runs[0].reputation * 10000) / 10000), String(runs[0].deals), String(runs[0].quits), String(runs[0].misconduct), runs[0].hash, 'line 1', A]);
  });
});

describe('the desk', () => {
  const memory = () => {
    const mem = new Map<string, string>();
    return { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
  };
  const until = (events: LoadEvent[], kind: LoadEvent['kind']) =>
    new Promise<LoadEvent>((resolve) => {
      const check = () => {
        const e = events.find((x) => x.kind === kind);
        if (e) resolve(e);
        else setTimeout(check, 5);
      };
      check();
    });
  const breathe = () => new Promise<void>((r) => setTimeout(r, 0));

  it('adds, keeps, restores after a reload, and a clear cancels a load under way', async () => {
    const store = memory();
    const desk = new ClassDesk(store, { yieldToPage: breathe });
    const events: LoadEvent[] = [];
    desk.add([fromText(`${A}\n${B}`), fromJson('{oops', 'x.json')], (e) => events.push(e));
    expect(desk.busy).toBe(true);
    expect(await until(events, 'done')).toEqual({ kind: 'done', added: 3, saved: true });
    expect(desk.batch.runs.map((r) => r.seed)).toEqual(['a1', 'b2']);
    expect(desk.fileProblems.map((p) => p.key)).toEqual(['classroom.errors.json']);

    // a new desk on the same storage: the page after a reload
    const again = new ClassDesk(store, { yieldToPage: breathe });
    const restored: LoadEvent[] = [];
    expect(again.restore((e) => restored.push(e))).toBe(true);
    await until(restored, 'done');
    expect(again.batch.runs.map((r) => r.code)).toEqual([A, B]);
    expect(again.restore(() => undefined)).toBe(false);

    const late: LoadEvent[] = [];
    again.add([fromText(C)], (e) => late.push(e));
    again.clear();
    expect(await until(late, 'cancelled')).toEqual({ kind: 'cancelled' });
    expect(again.batch.runs).toEqual([]);
    expect(store.getItem(CLASS_KEY)).toBeNull();
  });
});
