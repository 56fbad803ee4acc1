/**
 * Sharing a run: the QR code the debrief draws decodes (with jsQR, an
 * independent reader) back to the replay link, or to the run code when the
 * link is too long; the JSON and CSV downloads are the CLI's documents.
 */
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import jsQR from 'jsqr';
import { decodeRunCode, extractCode } from '../../src/codes/runCode';
import { recordsToCsv } from '../../src/shared/csv';
import { runCommand } from '../../src/cli/commands/run';
import { translator } from '../../src/cli/locale';
import { simulate, weekNumber, type Decision, type WeekRecord } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { Session } from '../../src/play/session';
import { fileStem, replayLink, runDocument, runJson, sessionCode, weeklyCsv } from '../../src/play/exports';
import { fileSlug as slug } from '../../src/shared/slug';
import { chooseQr, qrSvg, QR_MAX_BYTES, type QrChoice } from '../../src/ui/kit/qr';

/** Rasterises the QR code qrcode makes for a choice (4 px a module, a 4-module quiet zone), then reads it with jsQR. */
function scan(choice: Extract<QrChoice, { text: string }>): string | null {
  const { modules } = QRCode.create(choice.text, { errorCorrectionLevel: choice.level });
  const scale = 4;
  const quiet = 4;
  const side = (modules.size + 2 * quiet) * scale;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - quiet;
      const my = Math.floor(y / scale) - quiet;
      if (mx >= 0 && my >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx)) {
        const i = (y * side + x) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
      }
    }
  }
  return jsQR(rgba, side, side)?.data ?? null;
}

const here = { origin: 'http://localhost:5173', pathname: '/' };
const plan: Decision[] = [
  { week: 0, type: 'set', key: 'plan.commissionRate', value: 0.03 },
  { week: 0, type: 'gemba', rep: 1 },
  { week: 26, type: 'hire', count: 1 },
];

function finished(scenario: string, seed: string, log: Decision[]): Session {
  return Session.replay(scenario, seed, log, 7, 'debrief');
}

describe('the QR code of a run', () => {
  it('holds the replay link of a whole game, and scans back to it', () => {
    const code = sessionCode(finished('founder', '42', plan));
    const link = replayLink(code, here);
    const choice = chooseQr(link, code);
    expect(choice.kind).toBe('link');
    if (choice.kind === 'none') return;
    const read = scan(choice);
    expect(read).toBe(link);
    expect(extractCode(read ?? '')).toBe(code);
  });

  it('falls back to the code alone when the link does not fit, and says so when nothing fits', () => {
    const code = sessionCode(finished('founder', '42', plan));
    const longLink = replayLink(code, { origin: `https://${'x'.repeat(QR_MAX_BYTES)}.example`, pathname: '/' });
    const choice = chooseQr(longLink, code);
    expect(choice.kind).toBe('code');
    if (choice.kind !== 'none') expect(scan(choice)).toBe(code);
    const huge = 'sf1.' + 'a'.repeat(QR_MAX_BYTES + 1) + '.x';
    expect(chooseQr(replayLink(huge, here), huge)).toEqual({ kind: 'none', chars: replayLink(huge, here).length });
  });

  it('draws as an SVG of dark modules only', async () => {
    const choice = chooseQr('http://localhost/#/replay?code=sf1.abc.def', 'sf1.abc.def');
    if (choice.kind === 'none') throw new Error('a short link must fit');
    const svg = await qrSvg(choice);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|sf1/);
  });
});

/** A week record with its week as the game numbers it, as the data files write it. */
const numbered = (w: WeekRecord): WeekRecord => ({ ...w, week: weekNumber(w.week) });

describe('the downloads of a run', () => {
  it('JSON: the CLI document with the decisions and a code that decodes to the same run', () => {
    const session = finished('sales-director', 'class-7', plan);
    const doc = runDocument(session);
    const cli = simulate({ params: scenarioParams('sales-director'), seed: 'class-7', decisions: plan });
    expect(Object.keys(doc)).toEqual(['model', 'scenario', 'seed', 'params', 'hash', 'code', 'decisions', 'weeks', 'reps', 'totals']);
    expect(doc.hash).toBe(cli.hash);
    expect(doc.totals).toEqual(cli.totals);
    // the weeks as the game numbers them; the decisions keep the model's index
    expect(doc.weeks).toEqual(cli.weeks.map(numbered));
    expect(doc.decisions).toEqual(plan);
    const identity = decodeRunCode(doc.code);
    expect(identity).toMatchObject({ scenario: 'sales-director', seed: 'class-7', decisions: plan, hash: cli.hash });
  });

  it('JSON: byte for byte what `salesfloor run --code CODE` prints', () => {
    const session = finished('founder', '11', plan);
    expect(runJson(session)).toBe(runCommand({ code: sessionCode(session) }, [], translator('en')).text);
  });

  it('CSV: the weekly table of `salesfloor run --format csv`', () => {
    const session = finished('founder', '3', []);
    const csv = weeklyCsv(session);
    expect(csv).toBe(recordsToCsv(simulate({ params: scenarioParams('founder'), seed: '3' }).weeks.map(numbered)));
    expect(csv.trim().split('\n')).toHaveLength(105);
  });

  it('names files from the run and the chart, in safe characters', () => {
    expect(fileStem(finished('founder', 'a b/ç', []))).toBe('salesfloor-founder-a-b-');
    expect(slug('Chiffre d’affaires par trimestre')).toBe('chiffre-d-affaires-par-trimestre');
    expect(slug('***')).toBe('chart');
  });
});
