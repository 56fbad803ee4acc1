/**
 * `#/replay?code=…`: a recorded run, week by week. The code is opened
 * (decoded, rerun, its hash checked); the town shows the state at the week on
 * the timeline, the charts carry a cursor at it, and the week's numbers, the
 * key moments, the trainee's decisions and (a class scenario's) the
 * facilitator's events, each under its own heading, sit beside them. Without a code, or with one
 * that cannot be opened, a box to paste a code and a way home.
 */
import { RunCodeError } from '../../codes/runCode';
import { t } from '../../i18n';
import type { AppContext } from '../shell/context';
import { h, replace } from '../kit/dom';
import { moveCursors, replayCharts } from './charts';
import { decisionText, isEvent, momentText } from './describe';
import { numbersList, weekRows } from './numbers';
import { pasteBox } from './pasteBox';
import { knownScenarios, scenarioField } from '../kit/scenarioField';
import { createPlayer } from './player';
import { deferred } from './deferred';
import { isRecorded, momentWeek, openRecording, scenarioTitle, type Recording } from './recording';
import { townPainter } from './town';
import { button, screenHeader } from '../shell/header';
import { weekNumber, type Decision } from '../../sim';
import './replay.css';


/** Where each code's replay was left, so a language switch keeps the week. */
const lastWeek = new Map<string, number>();

/** The paste box and a way home: the page without a code, or after a bad one. */
function openPage(ctx: AppContext, problem: string | null, code: string, needsScenario = false): HTMLElement {
  return h(
    'section',
    { class: 'screen screen-narrow replay-open', 'data-testid': problem ? 'replay-error' : 'replay-open' },
    screenHeader(ctx, problem ? t('replay.cannotOpen') : t('replay.openHeading')),
    problem ? h('p', { class: 'message', role: 'alert', 'data-testid': 'replay-problem' }, problem) : null,
    // the code names a class scenario this browser does not know: its scenario code, once, then the run opens
    needsScenario ? scenarioField(() => ctx.navigate({ name: 'replay', code }), 'replay-scenario-ask') : null,
    h(
      'div',
      { class: 'card' },
      pasteBox({ label: problem ? t('replay.tryAnother') : t('replay.pasteLabel'), help: t('replay.pasteHelp'), action: t('replay.open'), testid: 'replay-paste', value: problem ? code : '', onOpen: (c) => ctx.navigate({ name: 'replay', code: c }) }),
    ),
    h('div', { class: 'actions' }, button(t('replay.home'), () => ctx.navigate({ name: 'title' }), { 'data-testid': 'go-home' })),
  );
}

function replayPage(ctx: AppContext, rec: Recording): HTMLElement {
  const { identity, snaps } = rec;
  const weeks = snaps.weeks;
  const numbers = h('div', { class: 'replay-now' });
  const hashNow = h('code', { 'data-testid': 'replay-hash' });
  const byWeek = [...snaps.decisions].sort((x, y) => x.week - y.week);
  const item = (d: Decision) => h('li', { 'data-week': String(d.week) }, h('strong', {}, t('replay.weekTitle', { week: weekNumber(d.week), total: weeks })), ' — ', decisionText(d));
  // the facilitator's market events are the class scenario's, not the trainee's choices: listed apart
  const decisionItems = byWeek.filter((d) => !isEvent(d)).map(item);
  const eventItems = byWeek.filter(isEvent).map(item);
  const charts = replayCharts(snaps.records, rec.quarters);
  let panel: HTMLElement | null = null;
  const paint = townPainter(ctx, () => panel?.isConnected ?? false);

  const player = createPlayer({
    signal: ctx.signal,
    weeks,
    start: lastWeek.get(rec.code) ?? weeks,
    moments: rec.moments.map((m, i) => ({ week: momentWeek(m, weeks), label: t('replay.momentJump', { n: i + 1, q: m.quarter, text: momentText(m) }) })),
    decisions: snaps.decisions.map((d) => ({ week: d.week, label: t('replay.decisionMark', { week: weekNumber(d.week), what: decisionText(d) }) })),
    onWeek: (week) => {
      lastWeek.set(rec.code, week);
      const state = snaps.stateAt(week);
      paint(state);
      replace(numbers, h('h2', {}, t('replay.now')), numbersList(weekRows(rec, week, state)));
      hashNow.textContent = snaps.hashes[week];
      // the decisions that applied at the start of the week on screen
      for (const li of [...decisionItems, ...eventItems]) li.classList.toggle('current', Number(li.dataset.week) === week - 1);
      moveCursors(charts, week);
    },
  });

  const moments = rec.moments.length
    ? h('ol', { class: 'moments replay-moments', 'data-testid': 'replay-moments' }, rec.moments.map((m, i) => h('li', {}, button(`${i + 1}`, () => player.go(momentWeek(m, weeks)), { class: 'btn btn-small mark-key', 'aria-label': t('replay.momentJump', { n: i + 1, q: m.quarter, text: momentText(m) }) }), ' ', h('strong', {}, t('ui.common.q', { n: m.quarter })), ' — ', momentText(m))))
    : h('p', { class: 'hint' }, t('replay.noMoments'));
  const scenario = scenarioTitle(identity);

  panel = h(
    'section',
    { class: 'replay-panel', 'data-testid': 'replay' },
    screenHeader(ctx, t('replay.heading')),
    h('p', { class: 'lead', 'data-testid': 'replay-run' }, t('replay.runLine', { scenario, seed: identity.seed, weeks, model: identity.model })),
    player.element,
    h('div', { class: 'card replay-card' }, numbers, h('p', { class: 'replay-hash' }, h('span', {}, t('replay.hashSoFar')), ' ', hashNow), h('p', { class: 'replay-hash' }, h('span', {}, t('replay.hashFinal')), ' ', h('code', { 'data-testid': 'replay-code-hash' }, identity.hash)), h('p', { class: 'hint' }, t('replay.hashOk'))),
    h('div', { class: 'card replay-card' }, h('h2', {}, t('replay.moments')), moments),
    h('div', { class: 'card replay-card' }, h('h2', {}, t('replay.decisions')), decisionItems.length ? h('ol', { class: 'replay-decisions', 'data-testid': 'replay-decisions' }, decisionItems) : h('p', { class: 'hint' }, t('replay.noDecisions'))),
    eventItems.length ? h('div', { class: 'card replay-card' }, h('h2', {}, t('replay.events')), h('p', { class: 'hint' }, t('replay.eventsHint')), h('ol', { class: 'replay-decisions', 'data-testid': 'replay-events' }, eventItems)) : null,
    h('div', { class: 'replay-charts' }, charts.map((c) => c.figure)),
    h('div', { class: 'card replay-card' }, h('h2', {}, t('replay.compareWith')), pasteBox({ label: t('replay.compareLabel'), action: t('replay.compareOpen'), testid: 'compare-paste', onOpen: (other) => ctx.navigate({ name: 'compare', a: rec.code, b: other }) })),
    h('div', { class: 'actions' }, button(t('replay.home'), () => ctx.navigate({ name: 'title' }), { 'data-testid': 'go-home' }), button(t('replay.openHeading'), () => ctx.navigate({ name: 'replay', code: '' }), { 'data-testid': 'replay-another' })),
  );
  return panel;
}

function build(ctx: AppContext, code: string): HTMLElement {
  let rec: Recording;
  try {
    rec = openRecording(code);
  } catch (error) {
    if (error instanceof RunCodeError) return openPage(ctx, t(error.key, error.vars), code, error.problem === 'scenario');
    return openPage(ctx, t('ui.errors.runFailed', { message: error instanceof Error ? error.message : String(error) }), code);
  }
  return replayPage(ctx, rec);
}

/** `sc`: the class scenario's code a replay link may carry (learnt, so the run and later ones open). */
export function replayScreen(ctx: AppContext, code: string, sc?: string): HTMLElement {
  if (sc) {
    try {
      knownScenarios.learnCode(sc);
    } catch {
      // a damaged scenario code: the run then asks for it
    }
  }
  if (!code) return openPage(ctx, null, '');
  // a run already recorded (a language switch) is drawn at once; a new one after a word that it is being replayed
  return isRecorded(code) ? build(ctx, code) : deferred(t('replay.loading'), () => build(ctx, code));
}
