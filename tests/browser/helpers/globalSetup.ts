/**
 * Once per `vitest run`, before any browser test file: builds the site, serves
 * it on 127.0.0.1 and starts one Chromium as a server that every file
 * connects to (playwright's launchServer/connect), so no file pays for a
 * build or a browser launch. Files read the addresses with inject().
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
    /** the shared Chromium's WebSocket endpoint */
    chromiumWs: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = buildSite();
  const site = await serve(dir);
  const { path } = await chromiumBinary();
  const server = await chromium.launchServer({ executablePath: path, headless: true, args: [...CHROMIUM_ARGS] });
  project.provide('siteDir', dir);
  project.provide('siteUrl', site.url);
  project.provide('chromiumWs', server.wsEndpoint());
  return async () => {
    await server.close();
    await site.close();
  };
}
