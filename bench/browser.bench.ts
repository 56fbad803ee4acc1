/**
 * `npm run bench:browser`: what a trainee's browser does, in Debian's headless
 * Chromium (software WebGL). Prints the gzipped JavaScript the first screen
 * needs, the frame rate of the title and of the quarter scene at 1x and 4x,
 * each next to an empty page's frame rate measured in the same run (the
 * ceiling this machine's renderer allows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt, serve } from '../tests/browser/helpers/site';
import { click, launch, openPage, waitFor } from '../tests/browser/helpers/browser';
import type { Page } from 'playwright-core';

/** Frames counted by requestAnimationFrame over a window, per second. */
async function fps(page: Page, ms = 4000): Promise<number> {
  // a string, so that no transpiler helper leaks into the page
  return page.evaluate(`new Promise((done) => {
    let frames = 0;
    const t0 = performance.now();
    const tick = () => {
      frames++;
      if (performance.now() - t0 < ${ms}) requestAnimationFrame(tick);
      else done((frames * 1000) / (performance.now() - t0));
    };
    requestAnimationFrame(tick);
  })`) as Promise<number>;
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

const site = await ensureBuilt();
const html = readFileSync(join(site, 'index.html'), 'utf8');
const entries = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const assets = readdirSync(join(site, 'assets')).filter((f) => f.endsWith('.js'));
const firstKb = entries.reduce((s, f) => s + gzipKb(join(site, f)), 0);
const phaserKb = assets.filter((f) => f.startsWith('phaser') || f.startsWith('game')).reduce((s, f) => s + gzipKb(join(site, 'assets', f)), 0);

const server = await serve(site);
const browser = await launch();
try {
  const { page: blank } = await openPage(browser, server.url);
  await blank.goto('about:blank');
  const ceiling = await fps(blank);
  const { page } = await openPage(browser, server.url);
  await page.goto(`${server.url}#/`);
  await waitFor(page, 'title');
  await page.waitForTimeout(1500);
  const title = await fps(page);
  await page.goto(`${server.url}#/play?scenario=sales-director&seed=1`);
  await click(page, 'start-quarter');
  await waitFor(page, 'quarter-bar');
  const at1 = await fps(page);
  await click(page, 'speed-4');
  const at4 = await fps(page);
  console.log(`first screen: ${firstKb.toFixed(1)} KB of gzipped JavaScript (${entries.join(', ')}); Phaser and the scenes load after it: ${phaserKb.toFixed(1)} KB`);
  console.log(`frames per second, headless Chromium, software WebGL: empty page ${ceiling.toFixed(1)}, title ${title.toFixed(1)}, quarter at 1x ${at1.toFixed(1)}, at 4x ${at4.toFixed(1)}`);
} finally {
  await browser.close();
  await server.close();
}
