/**
 * Renders the app's icons (assets/icons/*.svg, drawn by hand) to the PNG sizes
 * the web app manifest and iOS ask for, with the npm Chromium the browser tests
 * drive, and copies the SVG for the favicon. Run after editing the drawings:
 * `npx tsx scripts/gen-icons.ts`; the outputs are committed in public/icons/.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/browser/helpers/browser';
import { ROOT } from '../tests/browser/helpers/site';

const SRC = join(ROOT, 'assets', 'icons');
const OUT = join(ROOT, 'public', 'icons');

const RENDERS: readonly { svg: string; png: string; size: number }[] = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  // iOS rounds the corners itself: the full-bleed drawing
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  copyFileSync(join(SRC, 'icon.svg'), join(OUT, 'icon.svg'));
  const browser = await launch();
  try {
    for (const { svg, png, size } of RENDERS) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const markup = readFileSync(join(SRC, svg), 'utf8').replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${markup}</body></html>`);
      await page.locator('svg').screenshot({ path: join(OUT, png), omitBackground: true });
      await page.close();
      console.log(`public/icons/${png} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
