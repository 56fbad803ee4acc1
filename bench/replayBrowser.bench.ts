/**
 * `npm run bench:replay-browser`: the replay page holding a 10-year run in
 * headless Chromium (it was a browser test that printed its times). A
 * 520-week run of the sales director with two decisions is opened from its
 * code (decoded, rerun and recorded), then the timeline is moved to 100
 * seeded random weeks; each jump is synchronous (the nearest snapshot
 * restored and stepped, the town told, the numbers and the charts' cursors
 * redrawn), timed in the page. Prints the opening time and the mean, 95th
 * percentile and worst jump. Checks that the page shows the code's hash at
 * the end, as Node computes it. `BENCH_SITE=dir` measures a site already
 * built there.
 */
import { cpus, loadavg } from 'node:os';
import { encodeRunCode, identityOf } from '../src/codes/runCode';
import { buildSite, serve } from '../tests/browser/helpers/site';
import { launch, openPage, waitFor } from '../tests/browser/helpers/browser';

const long = identityOf('sales-director', '10y', { 'run.weeks': 520 }, [
  { week: 13, type: 'set', key: 'plan.commissionRate', value: 0.02 },
  { week: 26, type: 'hire', count: 2 },
]);

const built = process.env.BENCH_SITE ?? buildSite();
const server = await serve(built);
const browser = await launch();
try {
  const { page: p, problems } = await openPage(browser, server.url);
  await p.goto(`${server.url}#/replay`);
  await waitFor(p, 'replay-open');
  const t0 = Date.now();
  await p.evaluate((code) => (location.hash = `#/replay?code=${code}`), encodeRunCode(long));
  await waitFor(p, 'replay');
  const openMs = Date.now() - t0;
  const week = Number(await p.getByTestId('replay-week').getAttribute('data-week'));
  const hash = await p.getByTestId('replay-hash').textContent();
  if (week !== 520 || hash !== long.hash) throw new Error(`the replay opened at week ${week} with hash ${hash}; Node's run ends at week 520 with ${long.hash}`);
  // every jump is synchronous: the snapshot restored and stepped, the town told, the numbers and cursors redrawn
  const times = await p.evaluate(() => {
    const range = document.querySelector<HTMLInputElement>('[data-testid=replay-timeline]');
    if (!range) return [];
    let s = 7;
    const out: number[] = [];
    for (let i = 0; i < 100; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const t = performance.now();
      range.value = String(s % 521);
      range.dispatchEvent(new Event('input', { bubbles: true }));
      out.push(performance.now() - t);
    }
    return out;
  });
  const sorted = [...times].sort((x, y) => x - y);
  const mean = times.reduce((x, y) => x + y, 0) / times.length;
  console.log(`replay in headless Chromium, 520 weeks: open ${openMs} ms; 100 scrubs: mean ${mean.toFixed(1)} ms, p95 ${sorted[94].toFixed(1)} ms, worst ${sorted[99].toFixed(1)} ms`);
  console.log(`  machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (figures scale with it)`);
  if (problems.length) console.log(`page problems:\n  ${problems.join('\n  ')}`);
} finally {
  await browser.close();
  await server.close();
}
