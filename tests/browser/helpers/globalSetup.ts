/**
 * Once per `vitest run`, before any browser test file: builds the site, serves
 * it on 127.0.0.1 and starts one Chromium server per Vitest worker
 * (playwright's launchServer/connect), so no file pays for a build or a
 * browser launch. One Chromium per worker, not one for all: a Chromium draws
 * every page's WebGL in its one GPU process, and two files sharing it ran the
 * whole suite 25% slower (4 min 30 s against 3 min 50 s) on two cores.
 * Files read the addresses with inject().
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumBinary } from './chromium';
import { buildSite, serve } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the built site's folder (a file that must stop its server serves it again itself) */
    siteDir: string;
    /** the shared static server, ending in / */
    siteUrl: string;
    /** the Chromium servers' WebSocket endpoints, one per worker (VITEST_POOL_ID 1, 2, …) */
    chromiumWs: string[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = buildSite();
  const site = await serve(dir);
  const { path } = await chromiumBinary();
  const workers = Math.max(1, Number(project.globalConfig.maxWorkers) || 1);
  const servers = await Promise.all(Array.from({ length: workers }, () => chromium.launchServer({ executablePath: path, headless: true, args: [...CHROMIUM_ARGS] })));
  project.provide('siteDir', dir);
  project.provide('siteUrl', site.url);
  project.provide('chromiumWs', servers.map((s) => s.wsEndpoint()));
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    await site.close();
  };
}
