/**
 * #/class: the instructor's view of a class. Codes come in by paste, file
 * picker or drop (CSV from a form tool, JSON, text); each is replayed and
 * checked; the runs fill a sortable table and a scatter of result against
 * effect with the class's medians; bad codes are listed with their reason
 * and where they came from. The batch is kept in localStorage.
 */
import './classView.css';
import { t } from '../../i18n';
import { ClassDesk, type LoadEvent } from '../../classroom/desk';
import { WorkerPool } from '../../shared/workerPool';
import { fromFile, fromText, type Found, type Origin } from '../../classroom/extract';
import { openCandidate, type BadCode, type ClassRun, type OpenJob } from '../../classroom/runs';
import { knownScenarios, scenarioField } from '../kit/scenarioField';
import { spread } from '../../shared/stats';
import { runsCsv, type SortOrder } from '../../classroom/table';
import type { AppContext } from '../shell/context';
import { announce, h, replace } from '../kit/dom';
import { downloadText } from '../kit/download';
import { money } from '../../i18n/format';
import { classScatter, destroyScatter, spreadLine } from './scatter';
import { classTable, runTitle, share } from './table';
import { button, screenHeader } from '../shell/header';
import { localStore, NO_STORE } from '../../shared/localStore';

/** Time the page's JavaScript may hold the main thread before a load yields to it, ms. */
const SLICE_MS = 12;
let sliceStart = 0;
/** Yields to the page (a macrotask) once a slice of work is used up. */
function yieldToPage(): Promise<void> {
  if (performance.now() - sliceStart < SLICE_MS) return Promise.resolve();
  return new Promise((resolve) =>
    setTimeout(() => {
      sliceStart = performance.now();
      resolve();
    }, 0),
  );
}


/** Workers opening codes in parallel: one per core, up to four; where they cannot start or one fails, the page opens the codes. */
const pool = new WorkerPool<OpenJob, ClassRun | BadCode>({ spawn: () => new Worker(new URL('../../classroom/verify.worker.ts', import.meta.url), { type: 'module' }), local: openCandidate });

/** The desk outlives the screen, so a language switch or a trip to a replay keeps the class. */
const desk = new ClassDesk(localStore() ?? NO_STORE, { yieldToPage, open: (c) => pool.run(c), lookup: knownScenarios.lookup, get concurrency() { return pool.concurrency; } });
/** The screen on view: a load started on an earlier one (before a language switch, say) reports to this one. */
let onView: ((e: LoadEvent) => void) | null = null;
/** The class view is the page on view: when it is not, the workers go as soon as they have nothing left to open. */
let onPage = false;
const report = (e: LoadEvent) => {
  onView?.(e);
  if (e.kind === 'done' && !onPage) pool.dispose();
};
const leavePage = (): void => {
  onPage = false;
  if (!desk.busy) pool.dispose();
};
const view = { order: { column: 'profit', direction: 'descending' } as SortOrder, selected: new Set<string>(), status: (): string => '' };

export function originText(origin: Origin): string {
  const parts = [origin.file ?? t('classroom.origin.pasted')];
  if (origin.line !== undefined) parts.push(t('classroom.origin.line', { line: origin.line }));
  if (origin.row !== undefined) parts.push(t('classroom.origin.row', { row: origin.row }));
  if (origin.column !== undefined) parts.push(t('classroom.origin.column', { column: origin.column }));
  if (origin.item !== undefined) parts.push(t('classroom.origin.item', { item: origin.item }));
  return parts.join(', ');
}

function badList(bad: readonly BadCode[]): HTMLElement | null {
  if (bad.length === 0) return null;
  return h(
    'section',
    { class: 'card class-errors', 'data-testid': 'class-errors', 'aria-labelledby': 'class-errors-h' },
    h('h2', { id: 'class-errors-h' }, t('classroom.errors.heading', { n: bad.length })),
    h(
      'ul',
      {},
      bad.map((b) =>
        h(
          'li',
          { 'data-testid': 'class-error' },
          h('span', {}, t('classroom.errors.entry', { origin: originText(b.origin), message: t(b.key, b.vars) })),
          b.key.startsWith('classroom.errors.json') || b.key.startsWith('classroom.errors.empty') ? null : h('code', { class: 'class-error-text' }, t('classroom.errors.text', { text: b.text.length > 60 ? `${b.text.slice(0, 60)}…` : b.text })),
        ),
      ),
    ),
  );
}

export function classScreen(ctx: AppContext): HTMLElement {
  destroyScatter();
  // while the instructor pastes: the workers start and the chart code loads
  pool.warm();
  // leaving the class view lets the workers go, once they have opened what they are opening (the desk keeps the class for the next visit)
  onPage = true;
  ctx.pageSignal.addEventListener('abort', leavePage);
  void import('./chart');
  const status = h('p', { class: 'class-status', 'data-testid': 'class-progress', role: 'status', 'aria-live': 'polite' }, view.status());
  const results = h('div', { class: 'class-results' });
  const paste = h('textarea', { id: 'class-paste', class: 'class-paste', rows: 5, spellcheck: 'false', placeholder: t('classroom.input.placeholder'), 'data-testid': 'class-paste' });
  const files = h('input', { type: 'file', id: 'class-files', class: 'sr-only', multiple: true, accept: '.csv,.json,.txt,text/csv,application/json,text/plain', 'data-testid': 'class-files' });
  const loadButton = button(t('classroom.input.load'), () => load([fromText(paste.value)], () => (paste.value = '')), { class: 'btn btn-primary', 'data-testid': 'class-load' });

  /** The status line, kept as a function so that a language switch says it again in the new language. */
  const setStatus = (text: () => string) => {
    view.status = text;
    status.textContent = text();
  };
  const onEvent = (e: LoadEvent) => {
    if (e.kind === 'progress') setStatus(() => t('classroom.progress.opening', { done: e.done, total: e.total }));
    if (e.kind !== 'done') return;
    const b = desk.batch;
    const done = () => (e.added === 0 ? t('classroom.progress.nothing') : t('classroom.progress.done', { runs: b.runs.length, bad: b.bad.length + desk.fileProblems.length, duplicates: b.duplicates }));
    setStatus(e.saved ? done : () => `${done()} ${t('classroom.progress.storageFull')}`);
    announce(view.status());
    loadButton.disabled = false;
    renderResults();
  };
  function load(found: Found[], after?: () => void): void {
    loadButton.disabled = true;
    sliceStart = performance.now();
    desk.add(found, report);
    after?.();
  }
  async function readFiles(list: FileList | null): Promise<void> {
    if (!list || list.length === 0) return;
    const found = await Promise.all([...list].map(async (f) => fromFile(f.name, await f.text())));
    load(found);
  }
  files.addEventListener('change', () => void readFiles(files.files).then(() => (files.value = '')));

  const drop = h('div', { class: 'class-drop', 'data-testid': 'class-drop' }, h('label', { for: 'class-files', class: 'btn' }, t('classroom.input.files')), h('span', { class: 'hint' }, t('classroom.input.drop')), files);
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void readFiles(e.dataTransfer?.files ?? null);
  });

  function renderResults(): void {
    destroyScatter();
    const { runs, bad } = desk.batch;
    const problems = [...desk.fileProblems, ...bad];
    for (const code of view.selected) if (!runs.some((r) => r.code === code)) view.selected.delete(code);
    const profit = spread(runs.map((r) => r.profit));
    const reputation = spread(runs.map((r) => r.reputation));
    const ofRun = (r: ClassRun) => originText(r.origin);
    // codes of a class scenario this browser does not know: ask for its scenario code, then open them again
    const ask = desk.needsScenario ? scenarioField(() => desk.retryScenarios(onEvent), 'class-scenario-ask') : null;
    if (runs.length === 0 || !profit || !reputation) return replace(results, ask, badList(problems));
    const compare = button(t('classroom.table.compare'), () => {
      const [a, b] = [...view.selected];
      const nameOf = (code: string) => runs.find((r) => r.code === code)?.name;
      const [na, nb] = [nameOf(a), nameOf(b)];
      ctx.navigate({ name: 'compare', a, b, ...(na ? { na } : {}), ...(nb ? { nb } : {}) });
    }, { 'data-testid': 'class-compare' });
    const compareHint = h('span', { class: 'hint', id: 'class-compare-hint' }, t('classroom.table.compareHint'));
    const syncCompare = () => {
      compare.disabled = view.selected.size !== 2;
      compare.setAttribute('aria-describedby', 'class-compare-hint');
    };
    syncCompare();
    const exportCsv = button(t('classroom.table.export'), () => {
      const header = Object.fromEntries(['name', 'scenario', 'seed', 'profit', 'reputation', 'deals', 'quits', 'misconduct', 'hash', 'origin', 'code'].map((k) => [k, t(`classroom.columns.${k}`)])) as Parameters<typeof runsCsv>[1];
      downloadText(t('classroom.table.fileName'), runsCsv(runs, header, runTitle, originText), 'text/csv');
    }, { 'data-testid': 'class-export' });
    const tableHolder = h('div', {});
    const drawTable = () =>
      replace(
        tableHolder,
        classTable({
          runs,
          order: view.order,
          selected: view.selected,
          originText: ofRun,
          onSort: (order) => {
            view.order = order;
            drawTable();
            tableHolder.querySelector<HTMLButtonElement>(`[data-testid="class-sort-${order.column}"]`)?.focus();
          },
          onSelect: (code, on) => {
            if (on) view.selected.add(code);
            else view.selected.delete(code);
            syncCompare();
          },
        }),
      );
    drawTable();
    replace(
      results,
      h(
        'section',
        { class: 'card class-stats', 'data-testid': 'class-stats', 'aria-labelledby': 'class-stats-h' },
        h('h2', { id: 'class-stats-h' }, t('classroom.stats.heading')),
        h('p', { class: 'class-count' }, t('classroom.stats.runs', { n: runs.length })),
        h(
          'ul',
          {},
          h('li', { 'data-testid': 'class-stat-profit' }, spreadLine(t('classroom.columns.profit'), profit, (v) => money(v))),
          h('li', { 'data-testid': 'class-stat-reputation' }, spreadLine(t('classroom.columns.reputation'), reputation, (v) => share(v))),
        ),
      ),
      h('section', { class: 'card' }, classScatter({ runs, profit, reputation, originText: ofRun, open: (r) => ctx.navigate({ name: 'replay', code: r.code }) })),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'class-runs-h' },
        h('h2', { id: 'class-runs-h' }, t('classroom.table.heading')),
        h('div', { class: 'actions class-table-actions' }, compare, compareHint, exportCsv),
        tableHolder,
      ),
      ask,
      badList(problems),
    );
  }

  const clear = button(t('classroom.input.clear'), () => {
    desk.clear();
    view.selected.clear();
    setStatus(() => t('classroom.progress.cleared'));
    loadButton.disabled = false;
    renderResults();
  }, { 'data-testid': 'class-clear' });

  const screen = h(
    'section',
    { class: 'screen screen-wide class-view', 'data-testid': 'class-view' },
    screenHeader(ctx, t('classroom.title'), button(t('classroom.back'), () => ctx.navigate({ name: 'title' }), { class: 'btn btn-quiet', 'data-testid': 'class-back' })),
    h('p', { class: 'lead' }, t('classroom.lead')),
    h(
      'section',
      { class: 'card class-input', 'aria-labelledby': 'class-input-h' },
      h('h2', { id: 'class-input-h' }, t('classroom.input.heading')),
      h('label', { for: 'class-paste' }, t('classroom.input.paste')),
      paste,
      h('div', { class: 'actions' }, loadButton, drop, clear),
      h('p', { class: 'hint' }, t('classroom.input.kept')),
      status,
    ),
    results,
  );
  if (desk.busy) loadButton.disabled = true;
  onView = onEvent;
  if (!desk.restore(report)) renderResults();
  else loadButton.disabled = true;
  return screen;
}
