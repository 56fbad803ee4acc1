/**
 * What the Firefox checks compare the page with, computed in Node: the hash
 * `salesfloor run` gives a decision log and the files `salesfloor sweep`
 * writes for a spec; and a way to keep what the page downloads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { main } from '../../../src/cli/main';
import type { Decision } from '../../../src/sim';
import { clickId } from './firefox';
import { ROOT } from './site';

/** What `salesfloor run --decisions` prints as the hash for this log (the real bin, in a process of its own). */
export function cliHash(scenario: string, seed: string, log: Decision[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'salesfloor-ff-'));
  try {
    const file = join(dir, 'log.json');
    writeFileSync(file, JSON.stringify(log));
    const out = execFileSync(process.execPath, [join(ROOT, 'bin/salesfloor.mjs'), 'run', '--scenario', scenario, '--seed', seed, '--decisions', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return (JSON.parse(out) as { hash: string }).hash;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The files `salesfloor sweep --spec … --out …` writes for a spec's text. */
export async function sweepFiles(specText: string): Promise<{ runs: string; weeks: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'salesfloor-lab-ff-'));
  try {
    const spec = join(dir, 'spec.json');
    const out = join(dir, 'out');
    writeFileSync(spec, specText);
    let stderr = '';
    const code = await main(['sweep', '--spec', spec, '--workers', '1', '--out', out], { stdout: () => undefined, stderr: (t) => (stderr += t), env: { LANG: 'C' } });
    if (code !== 0) throw new Error(`salesfloor sweep exited with ${code}: ${stderr}`);
    return { runs: readFileSync(join(out, 'runs.csv'), 'utf8'), weeks: readFileSync(join(out, 'weeks.csv'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A script for evaluateOnNewDocument: keeps what the page saves (the blob and the name) instead of letting Firefox save it. */
export const KEEP_DOWNLOADS = `
  window.__downloads = [];
  HTMLAnchorElement.prototype.click = new Proxy(HTMLAnchorElement.prototype.click, {
    apply(target, self, args) {
      if (self.download && self.href.startsWith('blob:')) {
        window.__downloads.push({ name: self.download, text: fetch(self.href).then((r) => r.text()) });
        return undefined;
      }
      return Reflect.apply(target, self, args);
    },
  });
`;

/** Clicks a download button and gives the file's name and text (the page must have KEEP_DOWNLOADS). */
export async function downloaded(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const before = (await page.evaluate('window.__downloads.length')) as number;
  await clickId(page, testid);
  await page.waitForFunction((n: number) => (window as unknown as { __downloads: unknown[] }).__downloads.length > n, {}, before);
  return (await page.evaluate(async (i: number) => {
    const d = (window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> }).__downloads[i];
    return { name: d.name, text: await d.text };
  }, before)) as { name: string; text: string };
}
