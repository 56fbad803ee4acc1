/**
 * "My runs": every run kept in this browser, last played first. A run in
 * progress can be continued; a finished one opens its debrief or its replay;
 * any can be exported as JSON or deleted (after a confirmation). "Export all"
 * saves the whole library, entries set aside included, as one JSON file.
 */
import { bestRunsList } from './bestRuns';
import './library.css';
import { MODEL_VERSION, weekInQuarter, weekNumber, WEEKS_PER_QUARTER } from '../../sim';
import { getLocale, t } from '../../i18n';
import type { AppContext } from '../shell/context';
import { h, replace } from '../kit/dom';
import { downloadText } from '../kit/download';
import { playable } from '../../play/save';
import { button, screenHeader } from '../shell/header';
import type { RunKeeper } from '../../play/library/keeper';
import { runTitle } from '../../play/library/runTitle';
import { RESULT_SCALE } from '../../play/analysis/score';
import type { RunLibrary, RunRecord } from '../../play/library/store';

function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(getLocale() === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40);
}

function status(record: RunRecord): HTMLElement {
  const s = record.save;
  if (s.phase === 'debrief') {
    const f = record.finished;
    return h(
      'div',
      { class: 'run-status' },
      h('p', { class: 'run-state' }, t('library.finished')),
      // scores kept on the old result scale are not comparable: the debrief computes them again
      f && f.scale === RESULT_SCALE ? h('p', { 'data-testid': 'run-scores', title: t('library.scoresHelp') }, t('library.scores', { result: f.result, effect: f.effect })) : h('p', { class: 'hint' }, t('library.noScores')),
      f ? h('p', { class: 'hint' }, t('library.hash'), ' ', h('code', { 'data-testid': 'run-hash' }, f.hash)) : null,
    );
  }
  // the last week played, numbered in its quarter as the quarter bar and the top bar number it
  const text = s.phase === 'playing' && s.week !== undefined && s.week > s.quarter * WEEKS_PER_QUARTER
    ? t('library.inProgressWeek', { quarter: s.quarter + 1, week: weekNumber(weekInQuarter(s.week - 1)) })
    : t('library.inProgress', { quarter: s.quarter + 1 });
  return h('div', { class: 'run-status' }, h('p', { class: 'run-state' }, text));
}

function runCard(ctx: AppContext, keeper: RunKeeper, library: RunLibrary, record: RunRecord, refresh: (message?: string) => void): HTMLElement {
  const s = record.save;
  const current = ctx.saved?.id === record.id;
  const canPlay = playable(s);
  const actions = h('div', { class: 'actions' });
  const fail = (err: unknown) => refresh(t('library.actionFailed', { message: err instanceof Error ? err.message : String(err) }));
  const confirmDelete = () => {
    replace(
      actions,
      h('p', { class: 'run-confirm', role: 'alert' }, t('library.confirmDelete')),
      button(t('library.confirmYes'), () => {
        library.remove(record.id).then(() => {
          keeper.forget(record.id);
          if (current) ctx.dropCurrent();
          refresh(t('library.deleted'));
        }, fail);
      }, { class: 'btn btn-danger', 'data-testid': 'confirm-delete' }),
      button(t('library.confirmNo'), () => replace(actions, ...buttons()), { class: 'btn', 'data-testid': 'cancel-delete' }),
    );
    actions.querySelector<HTMLElement>('[data-testid="cancel-delete"]')?.focus();
  };
  // the same labels on every card: each button also names its run for screen readers
  const named = (label: string) => `${label}: ${runTitle(s)}, ${t('library.seed', { seed: s.seed })}`;
  const buttons = (): Array<HTMLElement | null> => [
    canPlay
      ? button(s.phase === 'debrief' ? t('library.debrief') : t('library.continue'), () => ctx.reopenRun(s), { class: 'btn btn-primary', 'data-testid': 'run-open', 'aria-label': named(s.phase === 'debrief' ? t('library.debrief') : t('library.continue')) })
      : null,
    record.finished && canPlay ? button(t('library.replay'), () => ctx.navigate({ name: 'replay', code: record.finished?.code ?? '' }), { class: 'btn', 'data-testid': 'run-replay', 'aria-label': named(t('library.replay')) }) : null,
    button(t('library.export'), () => downloadText(`salesfloor-run-${fileSafe(s.scenario)}-${fileSafe(s.seed)}.json`, `${JSON.stringify(record, null, 2)}\n`, 'application/json'), { class: 'btn', 'data-testid': 'run-export', 'aria-label': named(t('library.export')) }),
    button(t('library.delete'), confirmDelete, { class: 'btn btn-quiet', 'data-testid': 'run-delete', 'aria-label': named(t('library.delete')) }),
  ];
  replace(actions, ...buttons());
  return h(
    'li',
    { class: 'card run-card', 'data-testid': 'run-item', 'data-run': record.id },
    h('h2', {}, runTitle(s), ' ', h('span', { class: 'hint' }, t('library.seed', { seed: s.seed })), current ? h('span', { class: 'run-badge' }, t('library.current')) : null),
    h('p', { class: 'hint' }, t('library.dates', { started: when(record.started), played: when(record.played) })),
    status(record),
    s.model !== MODEL_VERSION ? h('p', { class: 'hint' }, t('library.otherModel', { model: s.model })) : null,
    actions,
  );
}

async function exportAll(library: RunLibrary): Promise<void> {
  const [{ runs }, aside] = await Promise.all([library.list(), library.asideEntries()]);
  const doc = { app: 'salesfloor', kind: 'runs', model: MODEL_VERSION, exported: new Date().toISOString(), runs, aside: aside.map(([id, value]) => ({ id, value })) };
  downloadText('salesfloor-runs.json', `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
}

export function runsScreen(ctx: AppContext, keeper: RunKeeper): HTMLElement {
  const body = h('div', { 'data-testid': 'runs-body' }, h('p', { class: 'hint' }, t('library.loading')));
  const said = h('p', { class: 'run-message', role: 'status', 'data-testid': 'runs-message' });
  const fill = (message?: string) => {
    said.textContent = message ?? '';
    keeper
      .library()
      .then(async (library) => {
        const { runs, aside } = await library.list();
        const list = h('ul', { class: 'run-list', 'data-testid': 'run-list' }, runs.map((r) => runCard(ctx, keeper, library, r, fill)));
        replace(
          body,
          h('p', { class: 'hint', 'data-testid': 'runs-where' }, t(`library.where.${library.kind}`)),
          aside > 0 ? h('p', { class: 'notice-inline', role: 'alert', 'data-testid': 'runs-aside' }, t('library.aside', { n: aside })) : null,
          bestRunsList(runs),
          // what the scores' numbers mean, once for the list (a tooltip on each too)
          runs.some((r) => r.finished?.scale === RESULT_SCALE) ? h('p', { class: 'hint', 'data-testid': 'runs-scale' }, t('library.scoresHelp')) : null,
          runs.length === 0 ? h('p', { 'data-testid': 'runs-empty' }, t('library.empty')) : list,
          h(
            'div',
            { class: 'actions' },
            button(t('library.play'), () => ctx.navigate({ name: 'scenarios', seed: null }), { class: runs.length === 0 ? 'btn btn-primary' : 'btn', 'data-testid': 'runs-play' }),
            runs.length + aside > 0
              ? button(t('library.exportAll'), () => void exportAll(library).catch((err: unknown) => (said.textContent = t('library.actionFailed', { message: String(err) }))), { class: 'btn', 'data-testid': 'runs-export-all' })
              : null,
          ),
        );
      })
      .catch((err: unknown) => replace(body, h('p', { role: 'alert' }, t('library.readFailed', { message: err instanceof Error ? err.message : String(err) }))));
  };
  fill();
  return h(
    'section',
    { class: 'screen screen-narrow screen-runs', 'data-testid': 'runs' },
    screenHeader(ctx, t('library.heading'), button(t('library.back'), () => ctx.navigate({ name: 'title' }), { class: 'btn btn-quiet', 'data-testid': 'runs-back' })),
    h('p', {}, t('library.intro')),
    said,
    body,
  );
}
