/**
 * A finished run in My runs: played to its debrief, then "Play again" starts a
 * second run and keeps the first, listed as finished with the debrief's hash,
 * its two scores and a replay that opens its code.
 */
import { expect, it } from 'vitest';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { playQuarter, playToDebrief, runHash } from './helpers/flow';

const site = useSite();

it('keeps a finished run with its hash and scores when the player plays again, and replays it', async () => {
  const { page: p, problems } = await openPage(site.browser, site.url);
  await p.addInitScript(() => localStorage.setItem('salesfloor.tour', 'done'));
  await p.goto(`${site.url}#/play?scenario=founder&seed=lib-done`);
  await playQuarter(p);
  await playToDebrief(p);
  const hash = await runHash(p);

  await click(p, 'play-again');
  await click(p, 'choose-founder');
  await click(p, 'start-game');
  await waitFor(p, 'start-quarter');

  await p.goto(`${site.url}#/runs`);
  await waitFor(p, 'run-list');
  await expect.poll(() => p.getByTestId('run-item').count()).toBe(2);
  const done = p.getByTestId('run-item').nth(1);
  await expect(done.textContent()).resolves.toContain('Finished');
  await expect(done.getByTestId('run-hash').textContent()).resolves.toBe(hash);
  await expect(done.getByTestId('run-scores').textContent()).resolves.toMatch(/Result ledger \d+\/100, effect ledger \d+\/100/);
  await expect(p.getByTestId('run-item').nth(0).textContent()).resolves.toContain('In progress: quarter 1');
  await shot(p, 'library-finished');

  await done.getByTestId('run-replay').click();
  await p.waitForURL(/#\/replay\?code=sf1\./);
  await waitFor(p, 'replay-hash', 120_000);
  await expect(p.getByTestId('replay-hash').textContent()).resolves.toContain(hash);

  // its debrief opens from the list too
  await p.goto(`${site.url}#/runs`);
  await waitFor(p, 'run-list');
  await p.getByTestId('run-item').nth(1).getByTestId('run-open').click();
  await waitFor(p, 'debrief', 120_000);
  await expect(runHash(p)).resolves.toBe(hash);
  expect(problems).toEqual([]);
  await p.context().close();
}, 400_000);
