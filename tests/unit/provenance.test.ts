/**
 * Provenance (issue 20 §4): the hash of the model's sources moves with a model
 * file and with nothing else; an edited model is flagged dirty against its
 * commit; the CLI bundle carries the hash computed from the sources; and
 * CITATION.cff names the model's version.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the bin, without types
import { buildBundle, isFresh } from '../../bin/cliBundle.mjs';
import { gitState, MODEL_SOURCE_DIRS, modelSourceFiles, modelSourcesHash } from '../../bin/modelSources.mjs';
import { provenance, sourceProvenance } from '../../src/cli/provenance';
import { modelMismatch, modelProvenance, RNG_PROVENANCE } from '../../src/research/provenance';
import { MODEL_VERSION } from '../../src/sim';
import { deriveStreams, STREAM_NAMES } from '../../src/sim/rng';
import seedrandom from 'seedrandom';

// js-yaml comes with eslint (a dev dependency); it ships no types
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-provenance-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** A copy of the model's folders (a few hundred kB) under a new root. */
function modelCopy(name: string): string {
  const root = join(TMP, name);
  for (const dir of MODEL_SOURCE_DIRS) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  return root;
}

describe("the hash of the model's sources", () => {
  it('is the same for a copy of the model, moves with a model file, and not with a test, a view or the CLI', () => {
    const root = modelCopy('hash');
    const original = modelSourcesHash(ROOT);
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    expect(modelSourcesHash(root)).toBe(original);
    mkdirSync(join(root, 'tests/unit'), { recursive: true });
    writeFileSync(join(root, 'tests/unit/x.test.ts'), 'export {};\n');
    mkdirSync(join(root, 'src/ui'), { recursive: true });
    writeFileSync(join(root, 'src/ui/panel.ts'), 'export const panel = 1;\n');
    mkdirSync(join(root, 'src/cli'), { recursive: true });
    writeFileSync(join(root, 'src/cli/main.ts'), 'export const main = 1;\n');
    expect(modelSourcesHash(root)).toBe(original);
    appendFileSync(join(root, 'src/scenarios/index.ts'), '// an edit\n');
    const edited = modelSourcesHash(root);
    expect(edited).not.toBe(original);
    // a new file in the model counts, and so does a rename
    writeFileSync(join(root, 'src/sim/extra.ts'), 'export {};\n');
    expect(modelSourcesHash(root)).not.toBe(edited);
  });

  it('reads CRLF line ends as LF, so a Windows checkout hashes as a Unix one', () => {
    const a = join(TMP, 'crlf-a');
    const b = join(TMP, 'crlf-b');
    mkdirSync(join(a, 'src/sim'), { recursive: true });
    mkdirSync(join(b, 'src/sim'), { recursive: true });
    writeFileSync(join(a, 'src/sim/x.ts'), 'const a = 1;\nconst b = 2;\n');
    writeFileSync(join(b, 'src/sim/x.ts'), 'const a = 1;\r\nconst b = 2;\r\n');
    expect(modelSourcesHash(a)).toBe(modelSourcesHash(b));
  });
});

describe('the dirty flag', () => {
  it('is false for a committed model, true once a model file is edited or added, false for an edit elsewhere, and null outside git', () => {
    const root = modelCopy('git');
    mkdirSync(join(root, 'src/ui'), { recursive: true });
    writeFileSync(join(root, 'src/ui/panel.ts'), 'export const panel = 1;\n');
    // no system or user configuration: the commit is the same on any machine
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: root, env, stdio: 'ignore' });
    expect(gitState(root)).toEqual({ commit: null, dirty: null }); // not a checkout yet
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'model');
    const clean = sourceProvenance(root);
    expect(clean.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(clean.dirty).toBe(false);
    expect(clean.sourcesHash).toBe(modelSourcesHash(ROOT));
    appendFileSync(join(root, 'src/ui/panel.ts'), '// a view changes\n');
    expect(gitState(root).dirty).toBe(false);
    appendFileSync(join(root, 'src/sim/step.ts'), '// a model change\n');
    const dirty = sourceProvenance(root);
    expect(dirty).toMatchObject({ commit: clean.commit, dirty: true });
    expect(dirty.sourcesHash).not.toBe(clean.sourcesHash);
    git('add', '.');
    git('commit', '-q', '-m', 'edit');
    expect(gitState(root).dirty).toBe(false);
    writeFileSync(join(root, 'src/scenarios/new.ts'), 'export {};\n'); // untracked
    expect(gitState(root).dirty).toBe(true);
  });
});

describe('the CLI bundle', () => {
  it("carries the hash computed from the sources, and is rebuilt when a model file it does not import changes or appears", async () => {
    const root = join(TMP, 'bundle');
    mkdirSync(join(root, 'src/sim'), { recursive: true });
    writeFileSync(join(root, 'src/sim/unused.ts'), 'export const unused = 1;\n');
    writeFileSync(join(root, 'entry.ts'), 'declare const __SALESFLOOR_MODEL_BUILD__: unknown;\nexport const build = __SALESFLOOR_MODEL_BUILD__;\n');
    const out = join(root, 'cache', 'cli.mjs');
    const manifest = join(root, 'cache', 'inputs.json');
    await buildBundle(root, 'entry.ts', out, manifest);
    const { build } = await import(`${pathToFileURL(out).href}?v=1`);
    expect(build).toEqual({ sourcesHash: modelSourcesHash(root), commit: null, dirty: null });
    expect(isFresh(root, manifest)).toBe(true);
    appendFileSync(join(root, 'src/sim/unused.ts'), '// edited\n');
    expect(isFresh(root, manifest)).toBe(false);
    await buildBundle(root, 'entry.ts', out, manifest);
    writeFileSync(join(root, 'src/sim/added.ts'), 'export {};\n');
    expect(isFresh(root, manifest)).toBe(false);
  });

  it("bundled, provenance() reports the project's sources hash and git state", async () => {
    const out = join(TMP, 'real', 'cli.mjs');
    mkdirSync(join(TMP, 'real'), { recursive: true });
    await buildBundle(ROOT, 'src/cli/provenance.ts', out, join(TMP, 'real', 'inputs.json'));
    const bundled = await import(pathToFileURL(out).href);
    const p = bundled.provenance(['run', '--seed', "it's"]);
    expect(p.sourcesHash).toBe(modelSourcesHash(ROOT));
    expect({ commit: p.commit, dirty: p.dirty }).toEqual(gitState(ROOT));
    expect(p.command).toBe("salesfloor run --seed 'it'\\''s'");
  });
});

describe('provenance()', () => {
  it('names the model, the generator and its streams, Node and the command', () => {
    const p = provenance(['sweep', '--spec', 'my spec.json']);
    expect(p.model).toEqual({ name: 'salesfloor', version: MODEL_VERSION });
    expect(p.sourcesHash).toMatch(/^[0-9a-f]{64}$/);
    expect(p.node).toBe(process.version);
    expect(p.rng).toMatchObject({ library: 'seedrandom', algorithm: 'alea', streams: [...STREAM_NAMES] });
    expect(p.rng.version).toBe(JSON.parse(readFileSync(join(ROOT, 'node_modules/seedrandom/package.json'), 'utf8')).version);
    expect(p.command).toBe("salesfloor sweep --spec 'my spec.json'");
    expect(p.sources).toEqual(['src/sim', 'src/scenarios']);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p); // plain data, as a manifest holds it
  });

  it("the site's part holds the hash injected at build time (vitest.config.ts, as vite.config.ts)", () => {
    const m = modelProvenance();
    expect(m.model.version).toBe(MODEL_VERSION);
    expect(m.sourcesHash).toBe(modelSourcesHash(ROOT));
    expect(m.rng).toBe(RNG_PROVENANCE);
  });

  it("the site's build injects the same (vite.config.ts's define)", async () => {
    const { default: config } = await import('../../vite.config');
    const resolved = typeof config === 'function' ? config({ mode: 'production', command: 'build' }) : config;
    const define = (resolved as { define?: Record<string, string> }).define ?? {};
    expect(JSON.parse(define.__SALESFLOOR_MODEL_BUILD__)).toEqual({ sourcesHash: modelSourcesHash(ROOT), ...gitState(ROOT) });
  });

  it('modelMismatch names what differs between two results, and a missing hash never matches', () => {
    const a = { model: { name: 'salesfloor', version: '3.0.0' }, sourcesHash: 'aa' };
    expect(modelMismatch(a, { ...a })).toBeNull();
    expect(modelMismatch(a, { ...a, sourcesHash: 'bb' })).toBe('sourcesHash');
    expect(modelMismatch(a, { ...a, model: { name: 'salesfloor', version: '2.0.0' } })).toBe('model.version');
    expect(modelMismatch(a, { ...a, model: { name: 'other', version: '3.0.0' } })).toBe('model.name');
    expect(modelMismatch({ model: a.model }, { model: a.model })).toBe('sourcesHash');
  });
});

describe('docs/MODEL.md §3.6, the generator as documented', () => {
  const doc = readFileSync(join(ROOT, 'docs/MODEL.md'), 'utf8');

  it('each stream starts at seedrandom.alea(seed + "/" + name), and one draw is the step it prints', () => {
    const streams = deriveStreams('doc-seed');
    for (const name of STREAM_NAMES) {
      const ref = seedrandom.alea(`doc-seed/${name}`, { state: true }) as unknown as { state(): { c: number; s0: number; s1: number; s2: number }; (): number };
      expect(streams[name]).toEqual(ref.state());
      // the step as MODEL.md writes it, against seedrandom's own next draw
      let { c, s0, s1, s2 } = streams[name];
      for (let k = 0; k < 3; k++) {
        const t = 2091639 * s0 + c * 2.3283064365386963e-10;
        [s0, s1, c] = [s1, s2, t | 0];
        s2 = t - c;
        expect(s2).toBe(ref());
      }
    }
  });

  it('names the generator, every stream in the order of the code, and the week numbering once', () => {
    const section = doc.slice(doc.indexOf('### 3.6 Random numbers'), doc.indexOf('### 3.7'));
    expect(section).toContain('2091639·s0 + c·2.3283064365386963e-10');
    expect(section).toContain(`seedrandom ${RNG_PROVENANCE.version}`);
    const listed = STREAM_NAMES.map((name) => section.indexOf(`\`${name}\``));
    expect(listed.every((at) => at > 0)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
    for (const name of STREAM_NAMES) expect(section, name).toMatch(new RegExp(`\\| \`${name}\` \\|`));
    expect(doc.match(/^### 3\.7 Week numbering$/gm)).toHaveLength(1);
  });

  it('names every file of the core that draws from a stream (a new draw site must be documented)', () => {
    const section = doc.slice(doc.indexOf('### 3.6 Random numbers'), doc.indexOf('### 3.7'));
    const drawing = modelSourceFiles(ROOT).filter((file) => file.startsWith('src/sim/') && /\brng\.(setup|market|reps|selling|customers|people)\b/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(drawing.length).toBeGreaterThan(5);
    for (const file of drawing) expect(section, `${file} draws: docs/MODEL.md §3.6 must say what`).toContain(file.slice('src/sim/'.length));
  });
});

describe('CITATION.cff', () => {
  it("parses, follows CFF 1.2.0, and its version is the model's (a bump cannot forget it)", () => {
    const cff = load(readFileSync(join(ROOT, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.title).toMatch(/^Salesfloor/);
    expect(String(cff.version)).toBe(MODEL_VERSION);
    expect(cff.license).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).license);
    expect(cff.message).toEqual(expect.any(String));
    expect(cff.authors).toEqual(expect.arrayContaining([expect.objectContaining({ name: expect.any(String) })]));
  });
});
