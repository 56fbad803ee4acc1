/**
 * #/room?room=CODE&key=SECRET: the instructor's dashboard of a live room.
 * The join link big with its QR code (for the projector), the class's live
 * table and scatter (the class view's), and the controls: hold the class at
 * a quarter's end, open the next quarter or all, add a market event for
 * everyone, end the session, export every code and the class CSV. Every
 * figure is the room's; the page only draws what the room sends.
 */
import { ownText, t } from '../../i18n';
import { decodeScenarioCode } from '../../codes/scenarioCode';
import { scenarioRunParams, type FacilitatorScenario } from '../../codes/facilitatorScenario';
import type { ClassRun } from '../../classroom/runs';
import { eventText } from '../../play/eventText';
import type { PlayerRow } from '../../room/protocol';
import { spread } from '../../shared/stats';
import { WEEKS_PER_QUARTER } from '../../sim';
import { classScatter, destroyScatter } from '../class/scatter';
import { downloadText } from '../kit/download';
import { h, replace, tableWrap } from '../kit/dom';
import { chooseQr, qrSvg } from '../kit/qr';
import type { AppContext } from '../shell/context';
import { button, screenHeader } from '../shell/header';
import { routeHash } from '../shell/router';
import { eventForm } from './eventForm';
import { isJoinCode } from './joinScreen';
import { roomTable } from './roomTable';
import { pageSocketUrl, roomClient, type Dashboard, type HostConnection } from './transport';
import '../class/classView.css';
import './room.css';

/** The scatter is drawn again at most this often (ms): thirty players send weeks several times a second. */
const SCATTER_EVERY_MS = 2000;

/** A player's row as a run of the class view's scatter (the room's figures; the code is the player's id). */
function asRun(row: PlayerRow, def: FacilitatorScenario, seed: string): ClassRun {
  return { code: row.player, scenario: def.base, custom: { en: def.title.en, fr: def.title.fr }, seed, profit: row.profit, reputation: row.reputation, deals: row.deals, quits: row.quits, misconduct: row.misconduct, hash: row.hash ?? '', origin: {} };
}

export function dashboardScreen(ctx: AppContext, room: string, key: string): HTMLElement {
  const code = room.trim().toUpperCase();
  const body = h('div', { class: 'room-dash-body' });
  const el = h('section', { class: 'screen screen-wide room-dash', 'data-testid': 'room-dashboard' }, screenHeader(ctx, t('room.dash.heading', { room: code })), body);
  if (!isJoinCode(code) || !/^[0-9a-f]{32}$/.test(key)) {
    replace(body, h('p', { class: 'message', role: 'alert', 'data-testid': 'room-none' }, t('room.badCode')));
    return el;
  }
  let host: HostConnection | null = null;
  ctx.signal.addEventListener('abort', () => {
    host?.close();
    destroyScatter();
  });

  // --- the parts, filled by each dashboard
  const connection = h('p', { class: 'hint', role: 'status', 'data-testid': 'room-connection' }, t('room.dash.connection.connecting'));
  const refused = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'room-refused' });
  const qr = h('img', { class: 'qr', alt: '', width: 220, height: 220, 'data-testid': 'room-qr' });
  const joinUrl = h('p', { class: 'room-join-url', 'data-testid': 'room-join-url' });
  const join = h('section', { class: 'room-dash-join', 'aria-labelledby': 'room-join-h' }, qr, h('div', {}, h('h2', { id: 'room-join-h' }, t('room.dash.joinHeading')), h('p', {}, t('room.dash.joinLead')), joinUrl, h('p', { class: 'room-code', 'data-testid': 'room-code' }, code)));
  const scenario = h('p', { 'data-testid': 'room-scenario' });
  const holdState = h('p', { class: 'lead', 'data-testid': 'room-hold-state' });
  const holdAt = h('input', { id: 'room-hold-at', type: 'number', min: '1', step: '1', value: '1', 'data-testid': 'room-hold-at' });
  const holdButton = button(t('room.dash.holdButton'), () => {
    const q = Number(holdAt.value);
    if (Number.isInteger(q) && q >= 1) host?.hold(q - 1);
  }, { class: 'btn btn-primary', 'data-testid': 'room-hold' });
  const releaseNext = button(t('room.dash.releaseNext'), () => host?.release(false), { class: 'btn btn-primary', 'data-testid': 'room-release' });
  const releaseAll = button(t('room.dash.releaseAll'), () => host?.release(true), { 'data-testid': 'room-release-all' });
  // ending is asked again on the page (no browser dialog over the projector)
  const endAsk = h('div', { class: 'room-end-ask', role: 'group', hidden: true, 'data-testid': 'room-end-ask' });
  const endButton = button(t('room.dash.end'), () => (endAsk.hidden = false), { 'data-testid': 'room-end' });
  endAsk.append(
    h('p', {}, t('room.dash.endConfirm')),
    button(t('room.dash.endYes'), () => {
      endAsk.hidden = true;
      host?.closeRoom();
    }, { class: 'btn btn-primary', 'data-testid': 'room-end-yes' }),
    button(t('room.dash.endNo'), () => (endAsk.hidden = true), { 'data-testid': 'room-end-no' }),
  );
  const events = eventForm((e) => host?.pushEvent(e));
  const eventList = h('ul', { 'data-testid': 'room-events' });
  const ended = h('p', { class: 'lead', role: 'status', 'data-testid': 'room-ended' });
  const controls = h(
    'section',
    { 'aria-labelledby': 'room-controls-h' },
    h('h2', { id: 'room-controls-h' }, t('room.dash.controls')),
    holdState,
    h('div', { class: 'room-controls' }, h('fieldset', {}, h('label', {}, t('room.dash.holdAt'), holdAt), holdButton), releaseNext, releaseAll, endButton),
    endAsk,
    events.element,
    h('h3', {}, t('room.dash.eventsHeading')),
    eventList,
    ended,
  );
  const unfinished = h('input', { type: 'checkbox', id: 'room-unfinished', 'data-testid': 'room-unfinished' });
  const exportStatus = h('p', { class: 'hint', role: 'status', 'data-testid': 'room-export-status' });
  const exportCodes = button(t('room.dash.exportCodes'), () => {
    void host?.exportAll().then((x) => {
      const codes = unfinished.checked ? x.codes : x.codes.filter((c) => c.done);
      downloadText(t('room.dash.codesFile', { room: code }), codes.map((c) => `${c.name}: ${c.code}\n`).join(''), 'text/plain');
      exportStatus.textContent = t('room.dash.exported', { n: codes.length });
    });
  }, { class: 'btn btn-primary', 'data-testid': 'room-export-codes' });
  const exportCsv = button(t('room.dash.exportCsv'), () => {
    void host?.exportAll().then((x) => downloadText(t('room.dash.csvFile', { room: code }), x.csv, 'text/csv'));
  }, { 'data-testid': 'room-export-csv' });
  const exporting = h('section', { 'aria-labelledby': 'room-export-h' }, h('h2', { id: 'room-export-h' }, t('room.dash.exportHeading')), h('div', { class: 'actions' }, exportCodes, exportCsv, h('label', {}, unfinished, ' ', t('room.dash.includeUnfinished'))), exportStatus);
  const count = h('h2', { 'data-testid': 'room-count' });
  const table = tableWrap();
  const scatter = h('div', {});

  // --- drawing a dashboard
  let shownUrl = '';
  let shownScenario = '';
  let def: FacilitatorScenario | null = null;
  let lastScatter = -Infinity;
  let scatterTimer: ReturnType<typeof setTimeout> | null = null;
  ctx.signal.addEventListener('abort', () => {
    if (scatterTimer) clearTimeout(scatterTimer);
  });
  const drawScatter = (d: Dashboard) => {
    scatterTimer = null;
    lastScatter = performance.now();
    const rows = d.players.filter((p) => p.week > 0);
    const profit = spread(rows.map((r) => r.profit));
    const reputation = spread(rows.map((r) => r.reputation));
    destroyScatter();
    if (!def || !profit || !reputation) return replace(scatter);
    const names = new Map(rows.map((r) => [r.player, r.name]));
    const codes = new Map(rows.map((r) => [r.player, r.code]));
    // a finished run's point opens its replay in another tab (this one keeps the room)
    const open = (run: ClassRun) => {
      const code = codes.get(run.code);
      if (code) window.open(`${location.pathname}${routeHash({ name: 'replay', code, sc: d.state.scenario })}`, '_blank', 'noopener');
    };
    replace(scatter, classScatter({ runs: rows.map((r) => asRun(r, def as FacilitatorScenario, d.state.seed)), profit, reputation, originText: (run) => names.get(run.code) ?? '', open }));
  };
  let latest: Dashboard | null = null;
  const draw = (d: Dashboard) => {
    latest = d;
    const s = d.state;
    if (d.joinUrl !== shownUrl) {
      shownUrl = d.joinUrl;
      joinUrl.textContent = d.joinUrl;
      const choice = chooseQr(d.joinUrl, d.joinUrl);
      qr.alt = d.joinUrl;
      if (choice.kind !== 'none') void qrSvg(choice).then((svg) => (qr.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
    }
    if (s.scenario !== shownScenario) {
      shownScenario = s.scenario;
      // the class scenario's code, for whoever reads the codes (a run code names its scenario by fingerprint)
      scenario.dataset.code = s.scenario;
      try {
        def = decodeScenarioCode(s.scenario);
      } catch {
        def = null;
      }
      scenario.textContent = def ? t('room.dash.scenario', { title: ownText(def.title) || t(`scenarios.${def.base}.title`), seed: s.seed }) : '';
      replace(eventList, (def?.events ?? []).map((e) => h('li', {}, eventText(e))));
    }
    const runWeeks = def ? scenarioRunParams(def)['run.weeks'] : 0;
    const quarters = Math.ceil(runWeeks / WEEKS_PER_QUARTER);
    holdState.textContent = s.hold === null ? t('room.dash.holdNone') : t('room.dash.holdSet', { n: s.hold + 1 });
    holdAt.max = String(quarters);
    if (document.activeElement !== holdAt) holdAt.value = String(Math.min(quarters, (s.hold ?? -1) + 2));
    holdButton.disabled = s.closed;
    releaseNext.disabled = releaseAll.disabled = s.closed || s.hold === null;
    endButton.disabled = s.closed;
    ended.textContent = s.closed ? t('room.dash.ended') : '';
    events.update(s.closed ? null : s.hold, runWeeks);
    count.textContent = t('room.dash.players', { n: d.players.length });
    replace(table, d.players.length === 0 ? h('p', { class: 'hint' }, t('room.dash.noPlayers')) : roomTable(d.players, s.hold));
    const wait = lastScatter + SCATTER_EVERY_MS - performance.now();
    if (wait <= 0) drawScatter(d);
    else scatterTimer ??= setTimeout(() => latest && drawScatter(latest), wait);
  };

  const start = async () => {
    replace(body, connection);
    const client = await roomClient();
    if (!(await client.probe(pageSocketUrl()))) {
      if (ctx.signal.aborted) return;
      replace(body, h('p', { class: 'message', role: 'alert', 'data-testid': 'room-none' }, t('room.noRoom')), h('div', { class: 'actions' }, button(t('room.retry'), () => void start(), { class: 'btn btn-primary', 'data-testid': 'room-retry' })));
      return;
    }
    if (ctx.signal.aborted) return;
    // the projector's part first (the link, the class live), then the instructor's controls
    replace(body, connection, refused, join, scenario, count, table, scatter, controls, exporting);
    host = client.connectHost({
      url: pageSocketUrl(),
      room: code,
      key,
      onDashboard: (d) => {
        refused.textContent = '';
        draw(d);
      },
      onRefused: (r) => (refused.textContent = t(`room.refused.${r.reason}`)),
      onStatus: (status) => (connection.textContent = t(`room.dash.connection.${status}`)),
    });
  };
  void start();
  return el;
}
