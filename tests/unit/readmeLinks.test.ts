/**
 * The documentation's links stay inside the repository and stay true: every
 * relative link and image in README.md and docs/*.md resolves to a file (or
 * folder) of the repository, never above its root nor into what git ignores,
 * and every #anchor names a heading of its page (GitHub's slugs). The README
 * stays a front door: at most 200 lines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README_MAX_LINES = 200;

/** The folders .gitignore keeps out of the repository (`node_modules/`, `dist/`…): a link into one works only on one machine. */
function ignoredFolders(root: string): string[] {
  const file = join(root, '.gitignore');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[\w.-]+\/$/.test(l))
    .map((l) => l.slice(0, -1));
}

/** Fenced code blocks blanked out (newlines kept, so indices still give line numbers). */
function withoutFences(text: string): string {
  const lines = text.split('\n');
  let fence: string | null = null;
  const kept = lines.map((line) => {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && m) {
      fence = m[1];
      return '';
    }
    if (fence !== null) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      return '';
    }
    return line;
  });
  return kept.join('\n');
}

/** Fenced code blocks and inline code spans blanked out: what is left can hold links. */
function prose(text: string): string {
  return withoutFences(text).replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (span) => span.replace(/[^\n]/g, ' '));
}

interface Link {
  target: string;
  line: number;
}

/** Inline links and images, reference definitions, and HTML src/href attributes. */
function extractLinks(text: string): Link[] {
  const body = prose(text);
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  const links: Link[] = [];
  const inline = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^\s()]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
  for (const m of body.matchAll(inline)) links.push({ target: m[1].replace(/^<|>$/g, ''), line: lineAt(m.index) });
  const definition = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm;
  for (const m of body.matchAll(definition)) links.push({ target: m[1].replace(/^<|>$/g, ''), line: lineAt(m.index) });
  const html = /<(?:img|a|source)\b[^>]*?\s(?:src|href)\s*=\s*["']([^"']+)["']/gi;
  for (const m of body.matchAll(html)) links.push({ target: m[1], line: lineAt(m.index) });
  return links;
}

/** GitHub's heading slug: lowercase, punctuation dropped but for - and _, each space a hyphen. */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link or image counts by its text
    .replace(/<[^>]+>/g, '') // HTML tags
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor a markdown page offers: its headings' slugs (repeats numbered -1, -2… as GitHub does) and HTML ids. */
function anchors(text: string): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, number>();
  const add = (heading: string) => {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n === 0 ? base : `${base}-${n}`);
  };
  const lines = withoutFences(text).split('\n');
  lines.forEach((line, i) => {
    const atx = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (atx) add(atx[1] ?? '');
    else if (i > 0 && /^ {0,3}(=+|-+)\s*$/.test(line) && lines[i - 1].trim() !== '' && !/^\s*([-*_]\s*){3,}$/.test(lines[i - 1])) add(lines[i - 1]);
  });
  for (const m of text.matchAll(/<[a-z]+\b[^>]*?\s(?:id|name)\s*=\s*["']([^"']+)["']/gi)) found.add(m[1]);
  return found;
}

/** What is wrong with one page's links, as "file:line target — reason". */
function linkProblems(file: string, text: string, root = ROOT): string[] {
  const ignored = ignoredFolders(root);
  const where = relative(root, file);
  const problems: string[] = [];
  for (const { target, line } of extractLinks(text)) {
    const say = (why: string) => problems.push(`${where}:${line} ${target} — ${why}`);
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      if (!/^(https?|mailto):/i.test(target)) say('a link with a scheme other than http(s) or mailto');
      continue; // a citation of a web site: not a file of this repository
    }
    if (target.startsWith('//')) {
      say('a protocol-relative link leaves the repository');
      continue;
    }
    const hash = target.indexOf('#');
    const rawPath = hash === -1 ? target : target.slice(0, hash);
    const anchor = hash === -1 ? null : target.slice(hash + 1);
    let path: string;
    let fragment: string | null;
    try {
      path = decodeURIComponent(rawPath.split('?')[0]);
      fragment = anchor === null ? null : decodeURIComponent(anchor);
    } catch {
      say('a malformed percent-encoding');
      continue;
    }
    if (isAbsolute(path) || path.startsWith('/')) {
      say('an absolute path: write it relative to the page');
      continue;
    }
    if (path === '') {
      // an anchor in the page itself
      if (fragment !== null && fragment !== '' && !anchors(text).has(fragment)) say(`no heading with the slug "${fragment}" in this page`);
      continue;
    }
    const resolved = resolve(dirname(file), path);
    const inRepo = relative(root, resolved);
    if (inRepo === '..' || inRepo.startsWith(`..${sep}`) || isAbsolute(inRepo)) {
      say('points outside the repository');
      continue;
    }
    const top = inRepo.split(sep)[0];
    if (ignored.includes(top)) {
      say(`points into ${top}/, which git ignores`);
      continue;
    }
    if (!existsSync(resolved)) {
      say('no such file in the repository');
      continue;
    }
    if (fragment === null || fragment === '') continue;
    if (statSync(resolved).isDirectory()) {
      say('an anchor on a folder');
      continue;
    }
    if (extname(resolved).toLowerCase() !== '.md') {
      if (!/^L\d+(-L\d+)?$/.test(fragment)) say('an anchor on a file that is not markdown');
      continue;
    }
    const offered = anchors(readFileSync(resolved, 'utf8'));
    if (!offered.has(fragment)) say(`no heading with the slug "${fragment}" in ${relative(root, resolved)}`);
  }
  return problems;
}

const PAGES = [
  join(ROOT, 'README.md'),
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(ROOT, 'docs', f)),
];

describe('the documentation links', () => {
  it.each(PAGES.map((p) => [relative(ROOT, p), p]))('%s: every relative link and image resolves inside the repository', (_name, page) => {
    expect(linkProblems(page, readFileSync(page, 'utf8'))).toEqual([]);
  });

  it('README.md is a front door, not the manual', () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\n$/, '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(README_MAX_LINES);
  });

  // a file named in code font (`src/ui/shell/app.ts`) is a promise too: a move that forgets the docs fails here
  it.each(PAGES.map((p) => [relative(ROOT, p), p]))('%s: every path of the repository it names in code exists', (_name, page) => {
    const named = [...readFileSync(page, 'utf8').matchAll(/`((?:src|tests|scripts|bench|cluster|docs|public|assets|reports)\/[\w./-]+)`/g)].map((m) => m[1]);
    expect(named.filter((p) => !existsSync(join(ROOT, p.replace(/\/$/, ''))))).toEqual([]);
  });

  it('the README shows the game: its picture is in the repository', () => {
    const images = extractLinks(readFileSync(join(ROOT, 'README.md'), 'utf8')).filter((l) => /\.(png|jpe?g|gif|svg|webp)$/i.test(l.target));
    expect(images.length).toBeGreaterThan(0);
  });
});

describe('the link checker itself', () => {
  const page = join(ROOT, 'docs', 'PROBE.md');

  it('catches a missing file, an escape above the root, an ignored folder, an absolute path and a wrong anchor', () => {
    const probe = [
      '# Probe',
      '[gone](NO_SUCH_PAGE.md) and ![gone too](images/nothing.png)',
      'outside: [shared](../../shared/docs/CLUSTER.md), and [root escape](../..)',
      '[ignored](../node_modules/vitest/package.json), [absolute](/etc/passwd)',
      '[bad anchor](MODEL.md#no-such-heading) and [bad own anchor](#nowhere)',
      '[ref]: ../../outside.md',
    ].join('\n');
    const found = linkProblems(page, probe);
    expect(found).toHaveLength(9);
    expect(found.join('\n')).toMatch(/NO_SUCH_PAGE\.md — no such file/);
    expect(found.join('\n')).toMatch(/CLUSTER\.md — points outside the repository/);
    expect(found.join('\n')).toMatch(/node_modules.* — points into node_modules\/, which git ignores/);
    expect(found.join('\n')).toMatch(/#no-such-heading — no heading/);
    expect(found.join('\n')).toMatch(/#nowhere — no heading/);
  });

  it('accepts good links, and ignores links in code and web citations', () => {
    const probe = [
      '# Probe page',
      '## Its second heading: `code`, (brackets) & more',
      '[model](MODEL.md#4-validation), [self](#its-second-heading-code-brackets--more), [top](#probe-page)',
      '![picture](images/title.png) [readme](../README.md#licence) [folder](../cluster/)',
      '[web](https://example.org/x) `[not a link](nowhere.md)`',
      '```',
      '[in a fence](nowhere.md)',
      '```',
    ].join('\n');
    expect(linkProblems(page, probe)).toEqual([]);
  });

  it('slugs headings as GitHub does', () => {
    expect(slug("Facilitator's scenarios")).toBe('facilitators-scenarios');
    expect(slug('In a learning platform (SCORM 1.2)')).toBe('in-a-learning-platform-scorm-12');
    expect(slug('Tables a paper needs: `--table weeks|reps|customers|events`')).toBe('tables-a-paper-needs---table-weeksrepscustomersevents');
    expect(slug('3.3 Submodels')).toBe('33-submodels');
    expect([...anchors('# A\n## A\n## A')]).toEqual(['a', 'a-1', 'a-2']);
  });
});
