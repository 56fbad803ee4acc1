/**
 * npm run build:scorm — the SCORM 1.2 package an LMS (Moodle, Cornerstone,
 * TalentLMS…) can host: builds the site (the one `vite build`), leaves out its
 * service worker and web manifest (the LMS serves the package), marks its
 * page as a package's (src/ui/shell/classPackage.ts SCORM_META: the page then
 * registers no worker) and zips it with an
 * imsmanifest.xml (scripts/scormManifest.ts) into
 * dist-scorm/salesfloor-scorm12.zip. Inside the LMS the game reports to it
 * through the SCORM 1.2 API (src/ui/scorm.ts).
 *
 *   npm run build:scorm                   dist-scorm/salesfloor-scorm12.zip
 *   npm run build:scorm -- --out DIR      the zip in DIR instead
 *   npm run build:scorm -- --scenario CODE [--seed S]
 *                                         a class package: it opens straight into that class
 *                                         scenario (its briefing, then its game, seed S, default 1)
 *                                         and has none of the instructor's pages (scormClass.ts);
 *                                         a bad code stops the build (exit 2, no zip)
 *   npm run build:scorm -- --site DIR     packages a site already built (`vite build`'s dist/, or
 *                                         a package's unzipped content) instead of building: one
 *                                         build serves the site and any number of packages
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { scormManifest } from './scormManifest';
import { classBuild, ClassBuildError, pinClass, type ClassBuild } from './scormClass';
import { SCORM_META } from '../src/ui/shell/classPackage';

/** The site's offline files, which a package leaves out: the service worker, Workbox and the web manifest. */
const OFFLINE = /^(sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/;

/** The site's index.html as a package's: no web manifest link, and the package's mark (once). */
export function packagePage(html: string): string {
  const page = html.replace(/<link rel="manifest"[^>]*>/g, '');
  if (page.includes(`name="${SCORM_META}"`)) return page;
  if (!page.includes('</head>')) throw new Error('the built index.html has no </head> to mark the package in');
  return page.replace('</head>', `<meta name="${SCORM_META}" content="1"></head>`);
}

const ROOT = resolve(import.meta.dirname, '..');
export const ZIP_NAME = 'salesfloor-scorm12.zip';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Every file under root, relative to it, with forward slashes. */
function listFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...listFiles(root, path));
    else out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

function main(): void {
  let pinned: ClassBuild | null;
  try {
    pinned = classBuild(arg('scenario'), arg('seed'));
  } catch (error) {
    if (!(error instanceof ClassBuildError)) throw error;
    process.stderr.write(`build:scorm: ${error.message}\n`);
    process.exit(2);
  }
  const outDir = resolve(ROOT, arg('out') ?? 'dist-scorm');
  const given = arg('site');
  const site = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'salesfloor-scorm-'));
  try {
    if (!given) {
      const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
      const build = spawnSync(process.execPath, [vite, 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('vite build failed');
    }
    // an unzipped package's own manifest is made again below
    const files = listFiles(site).filter((f) => f !== 'imsmanifest.xml' && !OFFLINE.test(f));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const manifest = scormManifest({
      identifier: 'salesfloor',
      title: pinned ? `Salesfloor: ${pinned.title}` : 'Salesfloor',
      itemTitle: pinned ? `Salesfloor ${pkg.version}: ${pinned.title}` : `Salesfloor ${pkg.version}: a sales team under volume bonuses or reputation building`,
      launch: 'index.html',
      files,
    });
    const zip: Zippable = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
    for (const f of files) zip[f] = readFileSync(join(site, f));
    const page = packagePage(readFileSync(join(site, 'index.html'), 'utf8'));
    zip['index.html'] = new TextEncoder().encode(pinned ? pinClass(page, pinned.pin) : page);
    // a fixed date, so the same build gives the same zip
    const bytes = zipSync(zip, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, ZIP_NAME);
    if (existsSync(out)) rmSync(out);
    writeFileSync(out, bytes);
    process.stdout.write(`${relative(process.cwd(), out) || out}: ${files.length} files and imsmanifest.xml, ${(bytes.length / 1024).toFixed(0)} KB\n`);
  } finally {
    if (!given) rmSync(site, { recursive: true, force: true });
  }
}

main();
