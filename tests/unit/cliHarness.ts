/** The command line under test, shared by the cli*, sweep, merge and cluster tests: the CLI in process or through the bin, and the example spec made small. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'salesfloor.mjs');

/** The example spec with 3 seeds over 26 weeks: 3 × 2 grid points × 3 seeds = 18 runs. */
export const SPEC = {
  scenario: 'founder',
  seeds: 3,
  weeks: 26,
  set: { 'plan.quotaPeriod': 'quarter' },
  vary: { 'plan.commissionRate': [0, 0.04, 0.08], 'market.wordOfMouth': [0.5, 1] },
};

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export function writeSpec(dir: string, spec: unknown = SPEC, name = 'spec.json'): string {
  const file = join(dir, name);
  writeFileSync(file, typeof spec === 'string' ? spec : JSON.stringify(spec));
  return file;
}

export async function inProcess(args: string[], lang = 'C'): Promise<Result> {
  const out = { stdout: '', stderr: '' };
  const code = await main(args, { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), env: { LANG: lang } });
  return { code, ...out };
}

export function viaBin(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Each case, run in process, is bad input: exit 2, nothing on stdout, one line on stderr matching its pattern. */
export async function expectOneLineErrors(cases: [string[], RegExp][]): Promise<void> {
  for (const [args, message] of cases) {
    const r = await inProcess(args);
    expect(r.code, args.join(' ')).toBe(2);
    expect(r.stdout, args.join(' ')).toBe('');
    expect(r.stderr, args.join(' ')).toMatch(message);
    expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
  }
}
