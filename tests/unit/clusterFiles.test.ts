/**
 * The cluster recipes (cluster/slurm, cluster/k8s) without a cluster: the
 * scripts parse (bash -n), say what matters (--shard, --dependency=afterok,
 * JOB_COMPLETION_INDEX), and — run by hand with the variables Slurm or
 * Kubernetes would set — their shards merge into the one-machine sweep's
 * bytes. `npm run test:slurm` (scripts/test-slurm.sh) runs them on a real Slurm.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SPEC, viaBin, writeSpec } from './cliHarness';

// js-yaml comes with eslint (a dev dependency); it ships no types
const yaml = createRequire(import.meta.url)('js-yaml') as { loadAll(text: string): unknown[] };

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-cluster-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const file = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const SLURM = ['cluster/slurm/sweep.sbatch', 'cluster/slurm/merge.sbatch', 'cluster/slurm/submit.sh', 'scripts/test-slurm.sh'];
const TABLES = ['runs.csv', 'weeks.csv'];

function sh(shell: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(shell, args, { cwd: ROOT, env: { ...process.env, LANG: 'C', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

function sameTables(a: string, b: string): boolean {
  return TABLES.every((t) => readFileSync(join(a, t)).equals(readFileSync(join(b, t))));
}

interface Container {
  command: string[];
  args: string[];
  env: { name: string; value: string }[];
}
interface JobDoc {
  kind: string;
  metadata: { name: string };
  spec: { completionMode?: string; completions: number; parallelism?: number; template: { spec: { containers: Container[] } } };
}
const jobs = yaml.loadAll(file('cluster/k8s/sweep-job.yaml')) as JobDoc[];
const [sweepJob, mergeJob] = jobs;
const script = (job: JobDoc) => job.spec.template.spec.containers[0].args.join(' ');
const envOf = (job: JobDoc, name: string) => job.spec.template.spec.containers[0].env.find((e) => e.name === name)?.value;

let spec = '';
beforeAll(async () => {
  spec = writeSpec(TMP, { ...SPEC, seeds: 2 }, 'sweep.json');
  const r = await viaBin(['sweep', '--spec', spec, '--workers', '1', '--out', join(TMP, 'whole')]);
  expect(r.code, r.stderr).toBe(0);
}, 60_000);

describe('Slurm scripts', () => {
  it.each(SLURM)('%s parses (bash -n)', async (path) => {
    const r = await sh('bash', ['-n', path]);
    expect(r, path).toMatchObject({ code: 0, stderr: '' });
  });

  it('run one shard per array task (1-based), the workers from SLURM_CPUS_PER_TASK, and chain the merge with afterok', () => {
    const sweep = file('cluster/slurm/sweep.sbatch');
    expect(sweep).toMatch(/shard=\$\(\(SLURM_ARRAY_TASK_ID \+ 1\)\)/);
    expect(sweep).toMatch(/--shard "\$shard\/\$count"/);
    expect(sweep).toMatch(/--workers "\$workers"/);
    expect(sweep).toMatch(/workers=\$\{SLURM_CPUS_PER_TASK:-1\}/);
    expect(sweep).not.toMatch(/\$\(nproc|availableParallelism/);
    expect(file('cluster/slurm/merge.sbatch')).toMatch(/salesfloor\.mjs merge --out/);
    const submit = file('cluster/slurm/submit.sh');
    expect(submit).toMatch(/--array=0-\$\(\(count - 1\)\)/);
    expect(submit).toMatch(/--dependency=afterok:"\$array"/);
  });

  it('submit.sh submits the array then the merge after it, and prints both job ids', async () => {
    // a stand-in sbatch on PATH that logs its arguments and answers job ids 41, 42
    const bin = join(TMP, 'fakebin');
    await sh('mkdir', ['-p', bin]);
    const log = join(TMP, 'sbatch.log');
    writeFileSync(join(bin, 'sbatch'), `#!/bin/sh\necho "$*" >> ${log}\nn=$(wc -l < ${log})\necho $((40 + n))\n`);
    chmodSync(join(bin, 'sbatch'), 0o755);
    const r = await sh('bash', ['cluster/slurm/submit.sh', spec, join(TMP, 'submitted'), '3', '--partition=long'], { PATH: `${bin}:${process.env.PATH}` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/sweep array job: 41 /);
    expect(r.stdout).toMatch(/merge job: 42 /);
    const [array, merge] = readFileSync(log, 'utf8').trim().split('\n');
    expect(array).toMatch(/--array=0-2 .*--partition=long .*sweep\.sbatch .*sweep\.json .*submitted 3$/);
    expect(merge).toMatch(/--dependency=afterok:41 .*merge\.sbatch .*submitted 3$/);
  });

  it('submit.sh refuses a shard count that is not a whole number, with one line', async () => {
    const r = await sh('bash', ['cluster/slurm/submit.sh', spec, join(TMP, 'x'), 'four']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('3 array tasks and the merge, run with the variables Slurm sets, give the one-machine sweep\'s bytes', async () => {
    const out = join(TMP, 'slurm');
    for (const task of [2, 0, 1]) {
      const r = await sh('bash', ['cluster/slurm/sweep.sbatch', spec, out, '3'], { SLURM_ARRAY_TASK_ID: String(task), SLURM_CPUS_PER_TASK: '1', SALESFLOOR_ROOT: ROOT });
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readFileSync(join(out, 'shard-3', 'runs.csv'), 'utf8').trim().split('\n')).toHaveLength(1 + 4);
    const r = await sh('bash', ['cluster/slurm/merge.sbatch', out, '3'], { SALESFLOOR_ROOT: ROOT });
    expect(r.code, r.stderr).toBe(0);
    expect(sameTables(join(out, 'merged'), join(TMP, 'whole'))).toBe(true);
  }, 60_000);
});

describe('Kubernetes Indexed Job', () => {
  it('is an Indexed Job of N shards whose pods run shard JOB_COMPLETION_INDEX+1 of N, and a merge Job', () => {
    expect(jobs).toHaveLength(2);
    expect(sweepJob).toMatchObject({ kind: 'Job', metadata: { name: 'salesfloor-sweep' }, spec: { completionMode: 'Indexed' } });
    expect(sweepJob.spec.completions).toBeGreaterThan(1);
    expect(sweepJob.spec.parallelism).toBeGreaterThan(0);
    expect(envOf(sweepJob, 'SHARDS')).toBe(String(sweepJob.spec.completions));
    expect(script(sweepJob)).toMatch(/shard=\$\(\(JOB_COMPLETION_INDEX \+ 1\)\)/);
    expect(script(sweepJob)).toMatch(/--shard "\$shard\/\$SHARDS"/);
    expect(mergeJob).toMatchObject({ kind: 'Job', metadata: { name: 'salesfloor-merge' } });
    expect(envOf(mergeJob, 'SHARDS')).toBe(String(sweepJob.spec.completions));
    expect(script(mergeJob)).toMatch(/salesfloor\.mjs merge --out/);
  });

  it('its pods\' commands, run with /shared on a local directory, give the one-machine sweep\'s bytes', async () => {
    const shared = join(TMP, 'shared');
    await sh('mkdir', ['-p', shared]);
    writeFileSync(join(shared, 'sweep.json'), readFileSync(spec));
    const local = (job: JobDoc) => script(job).replaceAll('/shared/salesfloor', ROOT).replaceAll('/shared', shared);
    const n = sweepJob.spec.completions;
    for (let index = n - 1; index >= 0; index--) {
      const r = await sh('sh', ['-c', local(sweepJob)], { JOB_COMPLETION_INDEX: String(index), SHARDS: String(n) });
      expect(r.code, r.stderr).toBe(0);
    }
    const r = await sh('sh', ['-c', local(mergeJob)], { SHARDS: String(n) });
    expect(r.code, r.stderr).toBe(0);
    expect(sameTables(join(shared, 'out', 'merged'), join(TMP, 'whole'))).toBe(true);
  }, 60_000);
});
