/**
 * Run codes (src/codes/runCode.ts): a round trip, each problem a code can
 * have reached with its message, and a fast-check property feeding 10,000
 * random strings and 10,000 mutated real codes to decode and verify: only a
 * RunCodeError ever escapes, and its message exists in both languages with
 * every placeholder filled.
 */
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  checksum,
  decodeRunCode,
  encodeRunCode,
  extractCode,
  identityOf,
  MAX_CODE_LENGTH,
  RunCodeError,
  verifyRunCode,
  type CodeProblem,
  type RunIdentity,
} from '../../src/codes/runCode';
import { seal } from '../../src/codes/envelope';
import { SHORT as CLASS_SCENARIO } from '../fixtures/shortScenario';
import { hasKey, LOCALES, t } from '../../src/i18n';
import { MODEL_VERSION, type Decision } from '../../src/sim';

const DECISIONS: Decision[] = [
  { week: 2, type: 'set', key: 'plan.commissionRate', value: 0.12 },
  { week: 1, type: 'gemba', rep: 0 },
  { week: 5, type: 'hire', count: 2 },
];
/** Short runs, so that verifying one costs milliseconds. */
const SHORT = identityOf('sales-director', 'class-3', { 'run.weeks': 8, 'plan.quotaPeriod': 'year' }, DECISIONS);
const PLAIN = identityOf('founder', '42', { 'run.weeks': 6 }, []);
const CODE = encodeRunCode(SHORT);

/** A first-layout code (sf1., still read) with any body: the check recomputed, so only what is inside can be wrong. */
function withBody(body: string): string {
  return `sf1.${body}.${checksum(body)}`;
}
/** Today's code with any body, the check recomputed. */
const compactWithBody = (body: string) => `sf2.${body}.${checksum(body)}`;
const bodyOf = (json: string) => LZString.compressToEncodedURIComponent(json).replace(/\+/g, '_').replace(/\$/g, '~');
const payload = (id: RunIdentity) => ({ m: id.model, s: id.scenario, e: id.seed, o: id.overrides, d: id.decisions, h: id.hash });

function problemOf(run: () => unknown): RunCodeError {
  try {
    run();
  } catch (error) {
    if (error instanceof RunCodeError) return error;
    throw error;
  }
  throw new Error('no RunCodeError was thrown');
}

/** The error's message in every language: its key exists and every placeholder is filled. */
function expectReadable(error: RunCodeError): void {
  for (const locale of LOCALES) {
    expect(hasKey(error.key, locale), `${error.key} in ${locale}`).toBe(true);
    expect(t(error.key, error.vars, locale), `${error.key} in ${locale}`).not.toMatch(/\{\w+\}/);
  }
}

describe('run codes: round trip', () => {
  it('encode, decode and verify give back the identity and its run', () => {
    expect(CODE).toMatch(/^sf2\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(decodeRunCode(CODE)).toEqual(SHORT);
    const { identity, result } = verifyRunCode(CODE);
    expect(identity).toEqual(SHORT);
    expect(result.hash).toBe(SHORT.hash);
    expect(result.weeks).toHaveLength(8);
    expect(result.params['plan.quotaPeriod']).toBe('year');
  });

  it('the hash depends on what the code holds', () => {
    expect(identityOf('sales-director', 'class-3', { 'run.weeks': 8, 'plan.quotaPeriod': 'year' }, []).hash).not.toBe(SHORT.hash);
    expect(identityOf('sales-director', 'class-4', { 'run.weeks': 8, 'plan.quotaPeriod': 'year' }, DECISIONS).hash).not.toBe(SHORT.hash);
  });

  it('a code pasted in a link, with line breaks or escaped, opens the same run', () => {
    const link = `https://example.org/salesfloor/#/replay?code=${encodeURIComponent(CODE)}&from=form`;
    for (const pasted of [link, `  ${CODE.slice(0, 20)}\n${CODE.slice(20)}  `, `?code=${CODE}`]) {
      expect(extractCode(pasted)).toBe(CODE);
      expect(decodeRunCode(pasted)).toEqual(SHORT);
    }
  });

  it('survives a query string unescaped: only URL-safe characters', () => {
    const url = new URL(`https://example.org/?code=${CODE}`);
    expect(url.searchParams.get('code')).toBe(CODE);
  });
});

/** One way to reach each problem; the Record makes the compiler ask for a new one. */
const PROBLEMS: Record<CodeProblem, Array<[string, () => unknown]>> = {
  empty: [
    ['nothing', () => decodeRunCode('')],
    ['blanks', () => decodeRunCode(' \n\t ')],
    ['not a string', () => decodeRunCode(undefined as unknown as string)],
  ],
  format: [
    ['a word', () => decodeRunCode('hello')],
    ['a hash instead of a code', () => decodeRunCode(SHORT.hash)],
    ['another prefix', () => decodeRunCode(CODE.replace(/^sf2/, 'sf3'))],
    ['one dot', () => decodeRunCode(CODE.slice(0, CODE.lastIndexOf('.')))],
    ['three dots', () => decodeRunCode(`${CODE}.x`)],
    ['no check', () => decodeRunCode(CODE.slice(0, CODE.lastIndexOf('.') + 1))],
    ['a character outside the alphabet', () => decodeRunCode(withBody('abc!def'))],
    ['too long', () => decodeRunCode(withBody('A'.repeat(MAX_CODE_LENGTH)))],
  ],
  checksum: [
    ['a character changed', () => decodeRunCode(CODE.replace(/\.(.)/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`))],
    ['truncated body', () => decodeRunCode(`${CODE.split('.').slice(0, 2).join('.').slice(0, -3)}.${CODE.split('.')[2]}`)],
    ['another code\'s check', () => decodeRunCode(`${CODE.slice(0, CODE.lastIndexOf('.'))}.${encodeRunCode(PLAIN).split('.')[2]}`)],
  ],
  corrupt: [
    ['not lz-string', () => decodeRunCode(withBody('zzzz'))],
    ['not JSON', () => decodeRunCode(withBody(bodyOf('{"m": "2.0.0", ')))],
    ['JSON of another shape', () => decodeRunCode(withBody(bodyOf(JSON.stringify({ ...payload(SHORT), h: 'not a hash' }))))],
    ['a decision of an unknown type', () => decodeRunCode(withBody(bodyOf(JSON.stringify({ ...payload(SHORT), d: [{ week: 1, type: 'fire', rep: 0 }] }))))],
    ['a compact body cut short, the check recomputed', () => decodeRunCode(compactWithBody(CODE.split('.')[1].slice(0, -4)))],
    ['a compact body with bytes left over, the check recomputed', () => decodeRunCode(compactWithBody(`${CODE.split('.')[1]}AAAA`))],
  ],
  version: [['another model version', () => decodeRunCode(encodeRunCode({ ...SHORT, model: '1.0.0' }))]],
  content: [
    ['unknown scenario', () => decodeRunCode(encodeRunCode({ ...SHORT, scenario: 'nope' }))],
    ['empty seed', () => decodeRunCode(encodeRunCode({ ...SHORT, seed: '' }))],
    ['override out of range', () => decodeRunCode(encodeRunCode({ ...SHORT, overrides: { 'plan.commissionRate': 2 } }))],
    ['unknown parameter', () => decodeRunCode(encodeRunCode({ ...SHORT, overrides: { 'plan.bogus': 1 } }))],
    ['decision after the run', () => decodeRunCode(encodeRunCode({ ...SHORT, decisions: [{ week: 8, type: 'hire', count: 1 }] }))],
    ['gemba walk with a rep not on the team (found by the rerun)', () => verifyRunCode(encodeRunCode({ ...SHORT, decisions: [{ week: 2, type: 'gemba', rep: 40 }] }))],
  ],
  scenario: [['a class scenario the reader does not have', () => decodeRunCode(encodeRunCode(identityOf('sales-director', '7', {}, [], CLASS_SCENARIO)))]],
  hash: [
    ['a decision added, the check recomputed', () => verifyRunCode(encodeRunCode({ ...SHORT, decisions: [...SHORT.decisions, { week: 6, type: 'gemba', rep: 0 }] }))],
    ['the seed changed, the check recomputed', () => verifyRunCode(withBody(bodyOf(JSON.stringify({ ...payload(SHORT), e: 'class-4' }))))],
    ['another hash', () => verifyRunCode(encodeRunCode({ ...SHORT, hash: PLAIN.hash }))],
  ],
};

describe('run codes: every problem has its message', () => {
  const cases = Object.entries(PROBLEMS).flatMap(([problem, list]) => list.map(([name, run]) => [problem, name, run] as const));

  it.each(cases)('%s: %s', (problem, _name, run) => {
    const error = problemOf(run);
    expect(error.problem).toBe(problem);
    expect(error.key).toBe(`codes.errors.${problem}`);
    expectReadable(error);
  });

  it('a code of another model version (1.x, 2.x) is refused naming both versions, in both languages', () => {
    for (const model of ['1.0.0', '2.0.0']) {
      const error = problemOf(() => decodeRunCode(encodeRunCode({ ...SHORT, model })));
      expect(error.vars).toEqual({ code: model, current: MODEL_VERSION });
      for (const locale of LOCALES) {
        const message = t(error.key, error.vars, locale);
        expect(message).toContain(model);
        expect(message).toContain(MODEL_VERSION);
      }
    }
  });

  it('a tampered code names the hash it holds and the hash its rerun gives', () => {
    const error = problemOf(() => verifyRunCode(encodeRunCode({ ...SHORT, hash: PLAIN.hash })));
    expect(error.vars).toEqual({ code: PLAIN.hash, run: SHORT.hash });
  });

  it('decode alone does not rerun: a tampered code decodes, and only verify refuses it', () => {
    const tampered = encodeRunCode({ ...SHORT, hash: PLAIN.hash });
    expect(decodeRunCode(tampered).hash).toBe(PLAIN.hash);
    expect(() => verifyRunCode(tampered)).toThrow(RunCodeError);
  });
});

// ---- the property: nothing but a RunCodeError escapes, whatever is pasted ----

const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~-';
const IDENTITIES = [SHORT, PLAIN, identityOf('clawback', 'x', { 'run.weeks': 5, 'market.wordOfMouth': 0 }, [{ week: 1, type: 'hire', count: 1 }, { week: 2, type: 'gemba', rep: 0 }])];
/** today's codes, and one of the first layout (sf1., still read) */
const BASES = [...IDENTITIES.map(encodeRunCode), seal('sf1', payload(SHORT))];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'swapCheck'; other: number };

const position = fc.nat({ max: 1_000_000 });
const codeChar = fc.constantFrom(...CODE_ALPHABET.split(''), '.', ' ', '%', '+', '$', '"', '\u00e9');
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.string({ unit: codeChar, minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: position, char: codeChar }),
  fc.record({ kind: fc.constant('swapCheck' as const), other: fc.nat({ max: BASES.length - 1 }) }),
);

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'swapCheck') return `${text.slice(0, text.lastIndexOf('.') + 1)}${BASES[m.other].split('.')[2]}`;
  const at = m.at % (text.length + 1);
  if (m.kind === 'truncate') return text.slice(0, at);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at) + m.char + text.slice(at + 1);
}

/** Mutations applied to the whole code, or to the body only with the check recomputed after them. */
const mutatedCode = fc
  .record({ base: fc.nat({ max: BASES.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }), recheck: fc.boolean() })
  .map(({ base, mutations, recheck }) => {
    const code = BASES[base];
    if (!recheck) return mutations.reduce(mutate, code);
    const body = mutations.reduce(mutate, code.split('.')[1]);
    return `${code.split('.')[0]}.${body}.${checksum(body)}`;
  });

const randomText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...CODE_ALPHABET.split(''), '.'), maxLength: 200 }).map((s) => `sf1.${s}`),
  fc.string({ unit: fc.constantFrom(...CODE_ALPHABET.split('')), minLength: 1, maxLength: 200 }).map((body) => `sf1.${body}.${checksum(body)}`),
  fc.string({ unit: fc.constantFrom(...CODE_ALPHABET.split(''), '.'), maxLength: 200 }).map((s) => `sf2.${s}`),
  fc.string({ unit: fc.constantFrom(...CODE_ALPHABET.split('')), minLength: 1, maxLength: 200 }).map((body) => `sf2.${body}.${checksum(body)}`),
);

/** Opens a pasted text as the replay screen does; returns the problem, or 'ok'. */
function open(text: string): CodeProblem | 'ok' {
  try {
    decodeRunCode(text);
  } catch (error) {
    if (!(error instanceof RunCodeError)) throw error;
    expectReadable(error);
    return error.problem;
  }
  // decoding succeeded: rerun it, as opening it for replay does (only then: keeps the property fast)
  try {
    const { result } = verifyRunCode(text);
    // what opens is one of the runs the codes were made from (the hash covers the whole trajectory), never another run
    expect(IDENTITIES.map((id) => id.hash)).toContain(result.hash);
    return 'ok';
  } catch (error) {
    if (!(error instanceof RunCodeError)) throw error;
    expectReadable(error);
    return error.problem;
  }
}

/** The outcomes of opening 10,000 generated texts (each run through open(), which fails the property on any other error). */
function outcomes(texts: fc.Arbitrary<string>): string[] {
  const seen = new Set<string>();
  fc.assert(
    fc.property(texts, (text) => {
      seen.add(open(text));
    }),
    { numRuns: 10_000 },
  );
  return [...seen];
}

describe('run codes: whatever is pasted, only a RunCodeError escapes', () => {
  it('10,000 random strings', () => {
    // the generators reach past the first checks, not only the format one
    expect(outcomes(randomText)).toEqual(expect.arrayContaining(['empty', 'format', 'checksum', 'corrupt']));
  });

  it('10,000 mutated real codes (truncated, inserted, deleted, flipped, check swapped or recomputed)', () => {
    expect(outcomes(mutatedCode)).toEqual(expect.arrayContaining(['format', 'checksum', 'corrupt']));
  });
});
