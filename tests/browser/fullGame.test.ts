/**
 * A whole game with default decisions, in the browser: eight quarters, the
 * debrief, and the same hash as the headless runner (what the CLI prints).
 */
import { expect, it } from 'vitest';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { expectedHash, playToDebrief, runHash } from './helpers/flow';

const site = useSite();

it('plays eight quarters with default decisions and ends on the CLI’s hash', async () => {
  const scenario = 'sales-director';
  const seed = 'class-2024';
  const { page: p, problems } = await openPage(site.browser, site.url);
  await p.goto(`${site.url}#/play?scenario=${scenario}&seed=${seed}`);
  await waitFor(p, 'start-quarter');
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  await p.waitForTimeout(2500);
  await shot(p, '10-quarter-playing');
  // the top bar drawn on the canvas, as text for screen readers
  await expect(p.getByTestId('quarter-summary').textContent()).resolves.toMatch(/^Last week: reputation \d+%, cash/);
  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  await p.waitForTimeout(800);
  await shot(p, '11-review');
  await p.getByTestId('team-table').scrollIntoViewIfNeeded();
  await shot(p, '12-review-team');
  await playToDebrief(p);
  const hash = await runHash(p);
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  expect(hash).toBe(expectedHash(scenario, seed));
  await p.locator('[data-testid="debrief"] .debrief-runs[data-ready="true"]').waitFor({ timeout: 120_000 });
  await p.waitForTimeout(800);
  await shot(p, '13-debrief');
  await p.getByTestId('score').scrollIntoViewIfNeeded();
  await shot(p, '14-debrief-score');
  await p.getByTestId('chart-reputation').scrollIntoViewIfNeeded();
  await shot(p, '14b-debrief-charts');
  await p.getByTestId('moments').scrollIntoViewIfNeeded();
  await shot(p, '15-debrief-moments');
  await click(p, 'play-again');
  await waitFor(p, 'scenarios');
  expect(problems).toEqual([]);
}, 900_000);
