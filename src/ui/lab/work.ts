/**
 * The lab's work line: runs a batch of sweep specs on the workers (started
 * when the page opens), shows the progress and the time left, has a Cancel that stops the workers, and offers
 * the last batch as CSV (runs and weeks, the rows of the command line's
 * `salesfloor sweep`) and its spec as JSON.
 */
import { t } from '../../i18n';
import { recordsToCsv } from '../../shared/csv';
import { Cancelled, WorkerPool } from '../../shared/workerPool';
import { runJob, type LabJob, type LabResult } from '../../lab/job';
import { runRow, weekRows } from '../../lab/rows';
import { expandSpec, type SweepRun, type SweepSpec } from '../../lab/sweepSpec';
import { h, replace } from '../kit/dom';
import { downloadText } from '../kit/download';

export interface Batch {
  spec: SweepSpec;
  runs: SweepRun[];
  results: LabResult[];
}

let pool: WorkerPool<LabJob, LabResult> | null = null;

/** The lab's workers (one per core, at most four); without them, runs go on the page's thread. */
function labPool(): WorkerPool<LabJob, LabResult> {
  pool ??= new WorkerPool({ spawn: () => new Worker(new URL('../../lab/worker.ts', import.meta.url), { type: 'module' }), local: runJob });
  return pool;
}

export interface Work {
  element: HTMLElement;
  status: HTMLElement;
  cancel: HTMLButtonElement;
  downloads: HTMLElement;
}

function offerDownloads(work: Work, batches: Batch[]): void {
  const [b] = batches;
  const runsCsv = () => recordsToCsv(b.runs.map((r, i) => runRow(r, b.results[i])));
  const weeksCsv = () => recordsToCsv(b.runs.flatMap((r, i) => weekRows(r, b.results[i].weeks)));
  const hasWeeks = b.results.some((r) => r.weeks.length > 0);
  replace(
    work.downloads,
    h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'lab-csv-runs', onclick: () => downloadText('runs.csv', runsCsv(), 'text/csv') }, t('lab.work.csvRuns')),
    hasWeeks ? h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'lab-csv-weeks', onclick: () => downloadText('weeks.csv', weeksCsv(), 'text/csv') }, t('lab.work.csvWeeks')) : null,
    h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'lab-spec-json', onclick: () => downloadText('sweep.json', `${JSON.stringify(b.spec, null, 2)}\n`, 'application/json') }, t('lab.sweep.spec')),
  );
}

/** The lab's workers go, a batch still running cancelled (one function, so a page's signal holds it once however often the lab is drawn). */
const letGo = (): void => pool?.dispose();

/** The work line of a lab screen; when the visitor leaves the lab (pageSignal), its workers go. */
export function workPanel(pageSignal: AbortSignal): Work {
  // the workers load the model while the researcher sets up the first batch
  labPool().warm();
  pageSignal.addEventListener('abort', letGo);
  const status = h('p', { class: 'lab-status', role: 'status', 'data-testid': 'lab-status' });
  const cancel = h('button', { type: 'button', class: 'btn btn-small', hidden: true, 'data-testid': 'lab-cancel', onclick: () => pool?.cancel() }, t('lab.work.cancel'));
  const downloads = h('div', { class: 'lab-downloads' });
  const element = h('div', { class: 'card lab-work', 'data-testid': 'lab-work' }, h('div', { class: 'lab-work-line' }, status, cancel), downloads);
  return { element, status, cancel, downloads };
}

/** Runs the specs' runs (all in one batch, on every worker); null when cancelled or failed (the status line says why). */
export async function runBatch(work: Work, specs: SweepSpec[], keepWeeks: boolean): Promise<Batch[] | null> {
  const p = labPool();
  if (p.busy) {
    work.status.textContent = t('lab.work.busy');
    return null;
  }
  const expanded = specs.map((spec) => ({ spec, runs: expandSpec(spec) }));
  const jobs: LabJob[] = expanded.flatMap((e) => e.runs.map((r) => ({ params: r.params, seed: r.seed, weeks: keepWeeks })));
  work.cancel.hidden = false;
  replace(work.downloads);
  const started = performance.now();
  try {
    const results = await p.runBatch(jobs, (pr) => {
      work.status.textContent = t('lab.work.progress', { done: pr.done, total: pr.total, workers: p.concurrency, left: Number.isFinite(pr.left) ? Math.ceil(pr.left) : '…' });
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    work.status.textContent = t('lab.work.finished', { total: jobs.length, seconds, workers: p.concurrency });
    work.status.dataset.seconds = seconds;
    let at = 0;
    const batches = expanded.map((e) => {
      const part = results.slice(at, at + e.runs.length);
      at += e.runs.length;
      return { spec: e.spec, runs: e.runs, results: part };
    });
    offerDownloads(work, batches);
    return batches;
  } catch (error) {
    work.status.textContent = error instanceof Cancelled ? t('lab.work.cancelled', { done: error.done, total: jobs.length }) : t('lab.work.failed', { message: error instanceof Error ? error.message : String(error) });
    return null;
  } finally {
    work.cancel.hidden = true;
  }
}
