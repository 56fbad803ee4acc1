/**
 * One week numbering (issue 19): the same week reads the same in the game and
 * in the data files. A facilitator's recession at the model's week 30 (its
 * index) is "Week 31 (Q3 w5)" in the game's review, and the first row it
 * changes is the row whose `week` is 31 in the game's weekly CSV and in
 * `salesfloor run --format csv` alike. The decision log keeps the index.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explainQuarter } from '../../src/play/analysis/explain';
import { whyText } from '../../src/play/analysis/whyText';
import { weeklyCsv } from '../../src/play/exports';
import { Session } from '../../src/play/session';
import { parseCsv } from '../../src/shared/csv';
import type { RunDocument } from '../../src/shared/runDocument';
import type { Decision } from '../../src/sim';
import { decisionText } from '../../src/ui/replay/describe';
import { inProcess } from './cliHarness';

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-weeks-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const RECESSION = { week: 30, type: 'event' as const, event: 'recession' as const, size: 1, weeks: 13 };
const SEED = 'week-31';

/** A game of sales-director on a facilitator's scenario with these events, played to the end of quarter 3 with no change. */
function played(events: (typeof RECESSION)[]): Session {
  const def = { base: 'sales-director', overrides: {}, events, locked: [], bounds: {}, title: { en: 'Weeks', fr: 'Semaines' }, briefing: { en: '', fr: '' } };
  const s = new Session('sales-director', SEED, { def, code: 'test' });
  const asks = s as unknown as { answer?: (accept: boolean) => boolean };
  for (let q = 0; q < 3; q++) {
    if (q > 0) s.nextQuarter();
    s.startQuarter([]);
    for (let i = 0; i < 100 && s.phase === 'playing'; i++) {
      asks.answer?.(false);
      s.finishQuarter();
    }
  }
  return s;
}

/** The `week` cell of the first row where two CSV texts of the weekly table differ. */
function firstChangedWeek(with_: string, without: string): number {
  const [a, b] = [parseCsv(with_.trimEnd()), parseCsv(without.trimEnd())];
  expect(a[0]).toEqual(b[0]);
  const col = a[0].indexOf('week');
  expect(col).toBeGreaterThanOrEqual(0);
  const i = a.findIndex((row, k) => k > 0 && row.join() !== b[k]?.join());
  expect(i, 'a row the recession changed').toBeGreaterThan(0);
  return Number(a[i][col]);
}

describe('the week of a facilitator’s event reads the same everywhere', () => {
  const game = played([RECESSION]);
  const quiet = played([]);

  it('the game’s review names it week 31', () => {
    const market = explainQuarter(game, 2).lines.find((l) => l.kind === 'market');
    if (market?.kind !== 'market') throw new Error('the recession is not named');
    expect(whyText(market)).toMatch(/^Market news — Week 31 \(Q3 w5\): recession/);
  });

  it('the game’s weekly CSV first changes on the row of week 31, in quarter 3', () => {
    const csv = weeklyCsv(game);
    expect(firstChangedWeek(csv, weeklyCsv(quiet))).toBe(31);
    const rows = parseCsv(csv.trimEnd());
    const [week, quarter] = ['week', 'quarter'].map((name) => rows[0].indexOf(name));
    expect(rows.slice(1).map((r) => [Number(r[week]), Number(r[quarter])])[30]).toEqual([31, 3]);
  });

  it('salesfloor run --format csv first changes on the row of week 31, from a decision file at week 30', async () => {
    const log: Decision[] = [RECESSION];
    const file = join(TMP, 'recession.json');
    writeFileSync(file, JSON.stringify(log));
    const args = ['run', '--scenario', 'sales-director', '--seed', SEED, '--weeks', '39', '--format', 'csv'];
    const [withEvent, without] = await Promise.all([inProcess([...args, '--decisions', file]), inProcess(args)]);
    expect(withEvent.code, withEvent.stderr).toBe(0);
    expect(firstChangedWeek(withEvent.stdout, without.stdout)).toBe(31);
    // the same columns as the game's export
    expect(withEvent.stdout.split('\n')[0]).toBe(weeklyCsv(game).split('\n')[0]);
  });

  it('the run document numbers its weeks and reps so too; its decision log keeps the model\'s index', async () => {
    const file = join(TMP, 'recession-doc.json');
    writeFileSync(file, JSON.stringify([RECESSION]));
    const r = await inProcess(['run', '--scenario', 'sales-director', '--seed', SEED, '--weeks', '39', '--decisions', file]);
    const doc = JSON.parse(r.stdout) as RunDocument;
    expect(doc.decisions).toEqual([RECESSION]);
    expect([doc.weeks[30].week, doc.weeks[30].quarter]).toEqual([31, 3]);
    // the starting team joined in week 1; the first quarter's quota period is weeks 1 to 13 (its end is the week after)
    const first = doc.reps[0];
    expect(first.hiredWeek).toBe(1);
    expect(first.periods[0]).toMatchObject({ start: 1, end: 14 });
    expect(doc.reps.every((rep) => rep.leftWeek === -1 || rep.leftWeek >= 1)).toBe(true);
  });
});

it('the replay names a decision of a kind it has no words for at the week the game numbers (index 30: week 31)', () => {
  const unknown = { week: 30, type: 'newKind' } as unknown as Decision;
  expect(decisionText(unknown)).toBe('newKind (week 31)');
});
