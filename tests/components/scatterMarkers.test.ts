/**
 * The class scatter's markers: up to twelve groups (stories and facilitators' scenarios) each drawn with a colour and
 * shape pair of its own, read from what the scatter gives Chart.js (the seven colours come round after the seventh
 * group: its shape must differ). The line charts' series take the same pairs (palette.ts).
 */
import { expect, it } from 'vitest';
import type { ClassRun } from '../../src/classroom/runs';
import { spread } from '../../src/shared/stats';
import { classScatter } from '../../src/ui/class/scatter';
import { colour, dash, pointStyle } from '../../src/ui/charts/palette';
import { waitUntil } from './harness';
import { liveCharts } from './fakeChart';

const GROUPS = 12;

function run(i: number, k: number): ClassRun {
  return {
    code: `code-${i}-${k}`,
    scenario: 'founder',
    custom: { en: `Class scenario ${i + 1}`, fr: `Scénario de classe ${i + 1}` },
    seed: `s-${i}-${k}`,
    profit: 1_000_000 * (i + 1) + k,
    reputation: 0.3 + i / 40 + k / 100,
    deals: 100,
    quits: 1,
    misconduct: 0,
    hash: '0'.repeat(16),
    origin: { line: i * 2 + k + 1 },
  };
}

it('gives twelve groups twelve different colour and shape pairs on the class scatter', async () => {
  const runs = Array.from({ length: GROUPS }, (_, i) => [run(i, 0), run(i, 1)]).flat();
  const profit = spread(runs.map((r) => r.profit));
  const reputation = spread(runs.map((r) => r.reputation));
  if (!profit || !reputation) throw new Error('no spread');
  const fig = classScatter({ runs, profit, reputation, originText: () => '', open: () => undefined });
  document.getElementById('app')?.append(fig);
  const chart = await waitUntil('the scatter', () => liveCharts().find((c) => c.canvas.dataset.testid === 'class-scatter-canvas'));
  const groups = (chart.data.datasets as Array<{ label?: string; data: unknown[]; pointStyle?: unknown; borderColor?: unknown }>).filter((d) => d.data.length > 0);
  expect(groups).toHaveLength(GROUPS);
  const pairs = groups.map((d) => `${String(d.borderColor)}|${String(d.pointStyle)}`);
  expect(new Set(pairs).size).toBe(GROUPS);
  // the legend names each group once
  expect(new Set(groups.map((d) => d.label)).size).toBe(GROUPS);
});

it('keeps the first seven series as they were and never repeats a colour with its shape or dash before 49', () => {
  expect(Array.from({ length: 7 }, (_, i) => pointStyle(i))).toEqual(['circle', 'triangle', 'rect', 'rectRot', 'crossRot', 'star', 'rectRounded']);
  const shapes = new Set(Array.from({ length: 49 }, (_, i) => `${colour(i)}|${pointStyle(i)}`));
  const dashes = new Set(Array.from({ length: 49 }, (_, i) => `${colour(i)}|${dash(i).join(',')}`));
  expect(shapes.size).toBe(49);
  expect(dashes.size).toBe(49);
});
