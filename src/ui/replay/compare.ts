/**
 * `#/compare?a=CODE&b=CODE`: two recorded runs side by side (two trainees, or
 * one town under two plans): one timeline for both, both runs on each chart,
 * the week's numbers of each, the two decision logs aligned by week, and the
 * town showing either run at the timeline's week (one town with an A/B switch:
 * two Phaser towns at once would double the heaviest part of the page).
 */
import { extractCode, RunCodeError } from '../../codes/runCode';
import { weekNumber, type Decision } from '../../sim';
import { t } from '../../i18n';
import type { AppContext } from '../shell/context';
import { h, replace } from '../kit/dom';
import { moveCursors, overlaidCharts } from './charts';
import { decisionText, isEvent, momentText } from './describe';
import { weekRows } from './numbers';
import { pasteBox } from './pasteBox';
import { scenarioField } from '../kit/scenarioField';
import { createPlayer, type Mark } from './player';
import { deferred } from './deferred';
import { isRecorded, momentWeek, openRecording, scenarioTitle, type Recording } from './recording';
import { townPainter } from './town';
import { button, screenHeader } from '../shell/header';
import './replay.css';

type RunId = 'A' | 'B';
const IDS: readonly RunId[] = ['A', 'B'];

/** Two paste boxes (with the codes given so far) and what was wrong with them. */
function openPage(ctx: AppContext, problems: string[], codes: [string, string], needsScenario = false): HTMLElement {
  const fields = codes.map((c) => c);
  const go = () => ctx.navigate({ name: 'compare', a: fields[0], b: fields[1] });
  const boxes = IDS.map((id, i) =>
    pasteBox({ label: t('replay.compare.codeLabel', { id }), testid: `compare-${id.toLowerCase()}`, value: codes[i], onOpen: (code) => {
      fields[i] = code;
      go();
    } }),
  );
  // the button compares what both boxes hold
  boxes.forEach((box, i) => box.querySelector('textarea')?.addEventListener('input', (e) => (fields[i] = extractCode((e.target as HTMLTextAreaElement).value))));
  return h(
    'section',
    { class: 'screen screen-narrow compare-open', 'data-testid': problems.length ? 'compare-error' : 'compare-open' },
    screenHeader(ctx, t('replay.compare.openHeading')),
    problems.length ? h('div', { class: 'message', role: 'alert', 'data-testid': 'compare-problems' }, problems.map((p) => h('p', {}, p))) : h('p', { class: 'lead' }, t('replay.compare.intro')),
    // a code names a class scenario this browser does not know: its scenario code, once, then both open
    needsScenario ? scenarioField(go, 'compare-scenario-ask') : null,
    h('div', { class: 'card' }, boxes, h('div', { class: 'actions' }, button(t('replay.compare.open'), go, { class: 'btn btn-primary', 'data-testid': 'compare-open-both' }))),
    h('div', { class: 'actions' }, button(t('replay.home'), () => ctx.navigate({ name: 'title' }), { 'data-testid': 'go-home' })),
  );
}

/** The trainees' names the class view passed (`na`, `nb`): text from outside, set as text only. */
type Names = Partial<Record<RunId, string>>;

function runName(id: RunId, rec: Recording, names: Names = {}): string {
  return `${t('replay.compare.run', { id })} — ${names[id] ?? scenarioTitle(rec.identity)}`;
}

function runCard(ctx: AppContext, id: RunId, rec: Recording, name?: string): HTMLElement {
  const { identity } = rec;
  return h(
    'div',
    { class: `card replay-card compare-run compare-run-${id.toLowerCase()}`, 'data-testid': `compare-run-${id.toLowerCase()}` },
    h('h2', {}, t('replay.compare.run', { id }), name ? h('span', { 'data-testid': `compare-name-${id.toLowerCase()}` }, ` — ${name}`) : null),
    h('p', {}, t('replay.runLine', { scenario: scenarioTitle(identity), seed: identity.seed, weeks: rec.snaps.weeks, model: identity.model })),
    h('p', { class: 'replay-hash' }, h('span', {}, t('replay.hashFinal')), ' ', h('code', { 'data-testid': `compare-hash-${id.toLowerCase()}` }, identity.hash)),
    button(t('replay.compare.replayOne', { id }), () => ctx.navigate({ name: 'replay', code: rec.code }), { class: 'btn btn-small', 'data-testid': `compare-replay-${id.toLowerCase()}` }),
  );
}


/** The two trainees' logs in one table, and the facilitator's events (a class scenario's) in another: a row for every week either run has one. */
function logTables(a: readonly Decision[], b: readonly Decision[]): { element: HTMLElement; rows: HTMLTableRowElement[] } {
  const decisions = decisionsTable(a.filter((d) => !isEvent(d)), b.filter((d) => !isEvent(d)), 'decisions');
  const events = a.some(isEvent) || b.some(isEvent) ? decisionsTable(a.filter(isEvent), b.filter(isEvent), 'events') : null;
  return { element: h('div', {}, decisions.element, events?.element), rows: [...decisions.rows, ...(events?.rows ?? [])] };
}

function decisionsTable(a: readonly Decision[], b: readonly Decision[], kind: 'decisions' | 'events'): { element: HTMLElement; rows: HTMLTableRowElement[] } {
  const weeks = [...new Set([...a, ...b].map((d) => d.week))].sort((x, y) => x - y);
  const cell = (log: readonly Decision[], w: number) => {
    const items = log.filter((d) => d.week === w);
    return h('td', {}, items.length ? h('ul', { class: 'plain-list' }, items.map((d) => h('li', {}, decisionText(d)))) : t('replay.compare.none'));
  };
  const rows = weeks.map((w) => h('tr', { 'data-week': String(w) }, h('th', { scope: 'row' }, String(weekNumber(w))), cell(a, w), cell(b, w)));
  if (!rows.length) return { element: h('p', { class: 'hint', 'data-testid': `compare-${kind}` }, t('replay.compare.noDecisions')), rows };
  const element = h(
    'div',
    { class: 'compare-decisions-box' },
    h(
      'table',
      { class: 'compare-table compare-decisions', 'data-testid': `compare-${kind}` },
      h('caption', {}, t(`replay.compare.${kind}`)),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('replay.compare.week')), IDS.map((id) => h('th', { scope: 'col' }, t('replay.compare.run', { id }))))),
      h('tbody', {}, rows),
    ),
  );
  return { element, rows };
}

function comparePage(ctx: AppContext, runs: Record<RunId, Recording>, names: Names): HTMLElement {
  const weeks = Math.max(runs.A.snaps.weeks, runs.B.snaps.weeks);
  let town: RunId = 'A';
  const numbers = h('div', { class: 'compare-numbers' });
  const charts = overlaidCharts(runs.A.snaps.records, runs.B.snaps.records, runs.A.quarters, runs.B.quarters, [runName('A', runs.A, names), runName('B', runs.B, names)]);
  const log = logTables(runs.A.snaps.decisions, runs.B.snaps.decisions);
  const moments: Mark[] = IDS.flatMap((id) => runs[id].moments.map((m): Mark => ({ week: momentWeek(m, runs[id].snaps.weeks), run: id === 'A' ? 'a' : 'b', label: `${t('replay.compare.run', { id })}: ${t('ui.common.q', { n: m.quarter })} — ${momentText(m)}` })))
    .sort((x, y) => x.week - y.week)
    .slice(0, 9)
    .map((m, i) => ({ ...m, label: `${i + 1}. ${m.label}` }));
  const decisions: Mark[] = IDS.flatMap((id) => runs[id].snaps.decisions.map((d) => ({ week: d.week, label: `${id}: ${t('replay.decisionMark', { week: weekNumber(d.week), what: decisionText(d) })}` })));
  const townButtons = IDS.map((id) => button(t('replay.compare.run', { id }), () => {
    town = id;
    draw(player.week());
  }, { class: 'btn btn-small chip', 'data-testid': `compare-town-${id.toLowerCase()}` }));

  let panel: HTMLElement | null = null;
  const paint = townPainter(ctx, () => panel?.isConnected ?? false);
  const draw = (week: number) => {
    const states = { A: runs.A.snaps.stateAt(Math.min(week, runs.A.snaps.weeks)), B: runs.B.snaps.stateAt(Math.min(week, runs.B.snaps.weeks)) };
    paint(states[town]);
    townButtons.forEach((b, i) => b.setAttribute('aria-pressed', String(IDS[i] === town)));
    const rows = IDS.map((id) => weekRows(runs[id], Math.min(week, runs[id].snaps.weeks), states[id]));
    replace(
      numbers,
      h(
        'table',
        { class: 'compare-table', 'data-testid': 'compare-numbers' },
        h('caption', {}, t('replay.compare.numbers', { week })),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('replay.compare.measure')), IDS.map((id) => h('th', { scope: 'col' }, t('replay.compare.run', { id }))))),
        h('tbody', {}, rows[0].map((row, i) => h('tr', {}, h('th', { scope: 'row' }, row.label), h('td', { class: 'num' }, row.value), h('td', { class: 'num' }, rows[1][i].value)))),
      ),
    );
    for (const tr of log.rows) tr.classList.toggle('current', Number(tr.dataset.week) === week - 1);
    moveCursors(charts, week);
  };
  const player = createPlayer({ weeks, start: weeks, moments, decisions, onWeek: (w) => draw(w), signal: ctx.signal });
  const same = runs.A.identity.scenario === runs.B.identity.scenario && runs.A.identity.seed === runs.B.identity.seed;

  panel = h(
    'section',
    { class: 'replay-panel compare-panel', 'data-testid': 'compare' },
    screenHeader(ctx, t('replay.compare.heading')),
    h('div', { class: 'compare-runs' }, IDS.map((id) => runCard(ctx, id, runs[id], names[id]))),
    same ? h('p', { class: 'hint' }, t('replay.compare.sameSeed')) : null,
    player.element,
    h('div', { class: 'card replay-card town-toggle', role: 'group', 'aria-label': t('replay.compare.town') }, h('strong', {}, t('replay.compare.town')), townButtons, h('p', { class: 'hint' }, t('replay.compare.townNote'))),
    h('div', { class: 'card replay-card' }, numbers),
    h('div', { class: 'card replay-card' }, log.element),
    h('h2', {}, t('replay.compare.charts')),
    h('div', { class: 'replay-charts' }, charts.map((c) => c.figure)),
    h('div', { class: 'actions' }, button(t('replay.home'), () => ctx.navigate({ name: 'title' }), { 'data-testid': 'go-home' })),
  );
  return panel;
}

export function compareScreen(ctx: AppContext, a: string, b: string, names: Names = {}): HTMLElement {
  const codes: [string, string] = [a, b];
  if (!a && !b) return openPage(ctx, [], codes);
  return codes.every((c) => !c || isRecorded(c)) ? build(ctx, codes, names) : deferred(t('replay.loading'), () => build(ctx, codes, names));
}

function build(ctx: AppContext, codes: [string, string], names: Names): HTMLElement {
  const problems: string[] = [];
  let needsScenario = false;
  const runs: Partial<Record<RunId, Recording>> = {};
  IDS.forEach((id, i) => {
    if (!codes[i]) return problems.push(t('replay.compare.missing', { id }));
    try {
      runs[id] = openRecording(codes[i]);
    } catch (error) {
      if (error instanceof RunCodeError && error.problem === 'scenario') needsScenario = true;
      const message = error instanceof RunCodeError ? t(error.key, error.vars) : t('ui.errors.runFailed', { message: error instanceof Error ? error.message : String(error) });
      problems.push(t('replay.compare.problem', { id, message }));
    }
  });
  if (problems.length || !runs.A || !runs.B) return openPage(ctx, problems, codes, needsScenario);
  return comparePage(ctx, { A: runs.A, B: runs.B }, names);
}
