/**
 * The envelope shared by the first run codes (`sf1.`) and scenario codes (`sfs1.`):
 * `<prefix>.<body>.<check>`, where the body is a value as JSON compressed with
 * lz-string in its URI alphabet (`+` and `$` mapped to `_` and `~`, so a code
 * survives query strings, forms and chat apps unescaped) and the check is the
 * body's 32-bit FNV-1a in base 36, which catches typos and truncation.
 */
// lz-string is CommonJS without named exports Node can see: the default import works in Node, Vite and esbuild alike
import LZString from 'lz-string';

/** Longest code we try to read: far above a 10-year run with a decision every week. */
export const MAX_CODE_LENGTH = 200_000;

/** 'scenario': a run code names a facilitator's scenario (by its fingerprint) the reader does not have */
export type CodeProblem = 'empty' | 'format' | 'checksum' | 'corrupt' | 'version' | 'content' | 'hash' | 'scenario';

/** A code that cannot be opened: `key` is its message in src/i18n (run codes under codes.errors, scenario codes under facilitator.codeErrors). */
export class RunCodeError extends Error {
  constructor(
    readonly problem: CodeProblem,
    readonly vars: Record<string, string | number> = {},
    /** a run code, or a facilitator's scenario code (scenarioCode.ts) */
    readonly kind: 'run' | 'scenario' = 'run',
  ) {
    super(`${kind} code: ${problem}${vars.message ? `: ${vars.message}` : ''}`);
    this.name = 'RunCodeError';
  }

  get key(): string {
    return this.kind === 'scenario' ? `facilitator.codeErrors.${this.problem}` : `codes.errors.${this.problem}`;
  }
}

/** 32-bit FNV-1a of a string's UTF-16 code units, in base 36 (integer arithmetic only). */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const toUrl = (s: string) => s.replace(/\+/g, '_').replace(/\$/g, '~');
const fromUrl = (s: string) => s.replace(/_/g, '+').replace(/~/g, '$');

/** A value sealed in a code with this prefix. */
export function seal(prefix: string, value: unknown): string {
  const body = toUrl(LZString.compressToEncodedURIComponent(JSON.stringify(value)));
  return `${prefix}.${body}.${checksum(body)}`;
}

/** A code as people paste it: spaces and line breaks forgiven, or a link holding `<param>=`. */
export function extractFrom(text: string, param: string): string {
  const trimmed = text.replace(/\s+/g, '');
  const inLink = new RegExp(`[?&#]${param}=([^&#]+)`).exec(trimmed);
  let code = inLink ? inLink[1] : trimmed;
  try {
    if (code.includes('%')) code = decodeURIComponent(code);
  } catch {
    // a broken escape: the format check reports it
  }
  return code;
}

/**
 * The JSON value inside a code (or a link holding it as `<param>=`), its
 * format and check verified; throws RunCodeError of this kind, never anything else.
 */
export function unseal(text: string, prefix: string, param: string, kind: 'run' | 'scenario'): unknown {
  if (typeof text !== 'string' || text.trim() === '') throw new RunCodeError('empty', {}, kind);
  const code = extractFrom(text, param);
  if (code.length > MAX_CODE_LENGTH) throw new RunCodeError('format', {}, kind);
  const parts = code.split('.');
  if (parts.length !== 3 || parts[0] !== prefix || !/^[A-Za-z0-9_~-]+$/.test(parts[1]) || parts[2] === '') throw new RunCodeError('format', {}, kind);
  if (checksum(parts[1]) !== parts[2]) throw new RunCodeError('checksum', {}, kind);
  try {
    return JSON.parse(LZString.decompressFromEncodedURIComponent(fromUrl(parts[1])) ?? '');
  } catch {
    throw new RunCodeError('corrupt', {}, kind);
  }
}
