/**
 * The lab's work line: runs a batch of sweep specs on the workers (started
 * when the page opens), shows the progress and the time left, has a Cancel that stops the workers, and offers
 * the last batch as CSV (runs and weeks, the rows of the command line's
 * `salesfloor sweep`, with the measures as columns), its spec as JSON and a
 * manifest.json that says which model made them (manifest.ts).
 */
import { t } from '../../i18n';
import { int } from '../../i18n/format';
import { recordsToCsv } from '../../shared/csv';
import { Cancelled, WorkerPool } from '../../shared/workerPool';
import { withDefaults, type MeasureSpec } from '../../research/measures';
import { modelProvenance } from '../../research/provenance';
import { runJob, type LabJob, type LabResult } from '../../lab/job';
import { runRow, weekRows } from '../../lab/rows';
import { expandSpec, measuresOf, type SweepRun, type SweepSpec } from '../../lab/sweepSpec';
import { h, replace } from '../kit/dom';
import { downloadText } from '../kit/download';
import { labManifest } from './manifest';
import { sizeOf, timed, WEEKS_KEPT_MAX } from './size';

export interface Batch {
  spec: SweepSpec;
  runs: SweepRun[];
  results: LabResult[];
  /** the measures every result carries, in this order: the defaults, then the spec's */
  measures: MeasureSpec;
}

let pool: WorkerPool<LabJob, LabResult> | null = null;

/** The lab's workers (one per core, at most four); without them, runs go on the page's thread. */
function labPool(): WorkerPool<LabJob, LabResult> {
  pool ??= new WorkerPool({ spawn: () => new Worker(new URL('../../lab/worker.ts', import.meta.url), { type: 'module' }), local: runJob });
  return pool;
}

/** How many workers the lab's batches run on. */
export const labWorkers = (): number => labPool().concurrency;

export interface Work {
  element: HTMLElement;
  status: HTMLElement;
  cancel: HTMLButtonElement;
  downloads: HTMLElement;
}

/** A measure's value in a batch's run, by name (its place among the batch's measures); NaN when the batch has none of that name. */
export function measureOf(batch: Batch, name: string): (r: LabResult) => number {
  const m = Object.keys(batch.measures).indexOf(name);
  return (r) => (m < 0 ? NaN : r.measures[m]);
}

/** A batch's runs.csv: the rows `salesfloor sweep` writes for its spec, the measures after the totals. */
export function runsCsv(b: Batch): string {
  const names = Object.keys(b.measures);
  return recordsToCsv(b.runs.map((r, i) => runRow(r, b.results[i], { names, values: b.results[i].measures })));
}

export function weeksCsv(b: Batch): string {
  return recordsToCsv(b.runs.flatMap((r, i) => weekRows(r, b.results[i].weeks)));
}

export interface Finished {
  started: string;
  seconds: number;
  workers: number;
}

/** The manifest of a batch: its provenance, spec, measures and the files it describes. */
export function manifestText(b: Batch, files: string[], done: Finished): string {
  const weekRowCount = b.results.reduce((s, r) => s + r.weeks.length, 0);
  const manifest = labManifest({ spec: b.spec, measures: b.measures, runs: b.runs.length, weekRows: weekRowCount, files, ...done });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

type Files = { runs: string; weeks: string; spec: string; manifest: string };

/** The downloads of a batch, file names ending in `suffix` ('' for A, '-b' for B): runs, weeks when kept, spec, manifest. */
export function batchDownloads(b: Batch, done: Finished, suffix: string, labels: Files, testids: Files): HTMLButtonElement[] {
  const hasWeeks = b.results.some((r) => r.weeks.length > 0);
  const files: Files = { runs: `runs${suffix}.csv`, weeks: `weeks${suffix}.csv`, spec: `sweep${suffix}.json`, manifest: `manifest${suffix}.json` };
  const listed = [files.runs, ...(hasWeeks ? [files.weeks] : []), files.spec];
  const button = (k: keyof Files, click: () => void) => h('button', { type: 'button', class: 'btn btn-small', 'data-testid': testids[k], onclick: click }, labels[k]);
  return [
    button('runs', () => downloadText(files.runs, runsCsv(b), 'text/csv')),
    ...(hasWeeks ? [button('weeks', () => downloadText(files.weeks, weeksCsv(b), 'text/csv'))] : []),
    button('spec', () => downloadText(files.spec, `${JSON.stringify(b.spec, null, 2)}\n`, 'application/json')),
    button('manifest', () => downloadText(files.manifest, manifestText(b, listed, done), 'application/json')),
  ];
}

function offerDownloads(work: Work, batches: Batch[], done: Finished): void {
  const [b] = batches;
  const labels = { runs: t('lab.work.csvRuns'), weeks: t('lab.work.csvWeeks'), spec: t('lab.sweep.spec'), manifest: t('lab.work.manifest') };
  const buttons = batchDownloads(b, done, '', labels, { runs: 'lab-csv-runs', weeks: 'lab-csv-weeks', spec: 'lab-spec-json', manifest: 'lab-manifest' });
  const noWeeks = b.results.some((r) => r.weeks.length > 0) ? null : h('p', { class: 'lab-hint', 'data-testid': 'lab-no-weeks' }, t('lab.work.noWeeks', { max: int(WEEKS_KEPT_MAX / 104) }));
  replace(work.downloads, buttons, noWeeks, madeBy());
}

/** The model that made the numbers, as the manifest records it: name, version, the first digits of its sources' hash, and whether they were edited. */
function madeBy(): HTMLElement {
  const p = modelProvenance();
  const sources = p.sourcesHash ? p.sourcesHash.slice(0, 12) : t('lab.work.noSources');
  const dirty = p.dirty ? t('lab.work.dirty', { commit: (p.commit ?? '').slice(0, 7) }) : '';
  return h('p', { class: 'lab-hint lab-made', 'data-testid': 'lab-made' }, t('lab.work.made', { model: p.model.name, version: p.model.version, sources, dirty }));
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

export interface Ran {
  batches: Batch[];
  done: Finished;
}

/** Runs the specs' runs (all in one batch, on every worker), each with its measures; null when cancelled or failed (the status line says why). */
export async function runBatch(work: Work, specs: SweepSpec[], keepWeeks: boolean): Promise<Ran | null> {
  const p = labPool();
  if (p.busy) {
    work.status.textContent = t('lab.work.busy');
    return null;
  }
  const expanded = specs.map((spec) => ({ spec, runs: expandSpec(spec), measures: withDefaults(measuresOf(spec)) }));
  const jobs: LabJob[] = expanded.flatMap((e) => e.runs.map((r) => ({ params: r.params, seed: r.seed, weeks: keepWeeks, measures: e.measures })));
  work.cancel.hidden = false;
  replace(work.downloads);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  try {
    const results = await p.runBatch(jobs, (pr) => {
      work.status.textContent = t('lab.work.progress', { done: int(pr.done), total: int(pr.total), workers: p.concurrency, left: Number.isFinite(pr.left) ? Math.ceil(pr.left) : '…' });
    });
    const elapsed = (performance.now() - started) / 1000;
    const seconds = elapsed.toFixed(1);
    work.status.textContent = t('lab.work.finished', { total: int(jobs.length), seconds, workers: p.concurrency });
    work.status.dataset.seconds = seconds;
    timed({ work: specs.reduce((s, spec) => s + sizeOf(spec).work, 0) }, elapsed, p.concurrency);
    let at = 0;
    const batches = expanded.map((e) => {
      const part = results.slice(at, at + e.runs.length);
      at += e.runs.length;
      return { spec: e.spec, runs: e.runs, results: part, measures: e.measures };
    });
    const done = { started: startedAt, seconds: Math.round(elapsed * 1000) / 1000, workers: p.concurrency };
    offerDownloads(work, batches, done);
    return { batches, done };
  } catch (error) {
    work.status.textContent = error instanceof Cancelled ? t('lab.work.cancelled', { done: int(error.done), total: int(jobs.length) }) : t('lab.work.failed', { message: error instanceof Error ? error.message : String(error) });
    return null;
  } finally {
    work.cancel.hidden = true;
  }
}
