/**
 * salesfloor sweep's progress bar and --dry-run's estimate, in this thread:
 * piscina stands in for by the worker module's own runParcel, cli-progress by
 * a recorder. The bar counts the sweep's first run (made on the main thread
 * for the estimate), so a 3-run sweep ends at 3/3, not 2/2; --dry-run prints
 * the plan line too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sweepCommand } from '../../src/cli/commands/sweep';
import { translator } from '../../src/cli/locale';
import { runParcel, type SweepTask } from '../../src/cli/sweepWorker';
import { writeSpec } from './cliHarness';

const bars = vi.hoisted(() => [] as { total: number; start: number; at: number }[]);
vi.mock('cli-progress', () => ({
  default: {
    SingleBar: class {
      start(total: number, start: number) {
        bars.push({ total, start, at: start });
      }
      update(at: number) {
        bars[bars.length - 1].at = at;
      }
      stop() {}
    },
  },
}));
vi.mock('piscina', () => ({
  Piscina: class {
    run(tasks: SweepTask[]) {
      return Promise.resolve(runParcel(tasks));
    }
    destroy() {
      return Promise.resolve();
    }
  },
}));

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-progress-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const SPEC = writeSpec(TMP, { scenario: 'founder', seeds: 3, weeks: 4, set: { 'market.size': 200 } });

async function sweep(options: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  await sweepCommand({ spec: SPEC, workers: '1', ...options }, ['sweep'], translator('en'), true, (t) => (out.stdout += t), (t) => (out.stderr += t));
  return out;
}

describe('salesfloor sweep’s progress and plan', () => {
  it('counts the first run, made for the estimate, in the bar: 3/3 for 3 runs', async () => {
    bars.length = 0;
    const { stdout } = await sweep({});
    expect(stdout.trim().split('\n')).toHaveLength(4);
    expect(bars).toEqual([{ total: 3, start: 1, at: 3 }]);
  });

  it('prints the plan line with its estimate on a dry run, then the first runs', async () => {
    const { stdout, stderr } = await sweep({ 'dry-run': '' });
    expect(stderr).toMatch(/^sweep: 3 runs \(1 × 1 × 3: scenarios × design points × seeds\), at most about \d+ s on 1 worker \(scaled from a first, cold run\)\n$/);
    expect(stdout.split('\n')[0]).toBe('dry run: 3 runs (1 × 1 × 3: scenarios × design points × seeds); only the first run was made, to time the estimate. The first runs:');
  });
});
