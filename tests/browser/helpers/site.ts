/**
 * The built site for the browser tests: built once per test run by the
 * global setup (./globalSetup.ts) and served on 127.0.0.1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const SITES = join(ROOT, 'test-results', 'site');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds the site into test-results/site/<pid> (one folder per test run, so
 * two runs at once never serve each other's half-written chunks); folders of
 * runs that have ended are removed. Called once, by the global setup.
 */
export function buildSite(): string {
  const site = join(SITES, String(process.pid));
  mkdirSync(SITES, { recursive: true });
  for (const entry of readdirSync(SITES)) {
    const pid = Number.parseInt(entry, 10);
    if (pid !== process.pid && Number.isInteger(pid) && !alive(pid)) rmSync(join(SITES, entry), { recursive: true, force: true });
  }
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const out = spawnSync(process.execPath, [vite, 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`vite build failed:\n${out.stdout}\n${out.stderr}`);
  return site;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A static file server for the built site, on a free port of 127.0.0.1. */
export async function serve(dir: string): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    // the browser's keep-alive sockets are cut, or close() would wait for them
    close: () => new Promise((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
  };
}

/** Whether a request leaves the site's origin (data: and blob: URLs stay in the page): the guard every browser test applies. */
export function otherOrigin(url: string, origin: string): boolean {
  return !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin;
}
