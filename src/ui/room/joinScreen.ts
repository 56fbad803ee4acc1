/**
 * #/join?room=CODE: a player joins the instructor's live room with a display
 * name (no account), or comes back as the player this browser already is
 * there (its membership), then plays the class's game as usual at
 * #/play?sc=…&seed=…&room=CODE. A site no room serves (vite dev, a static
 * host) says so plainly.
 */
import { getLocale, t } from '../../i18n';
import { decodeScenarioCode } from '../../codes/scenarioCode';
import { scenarioRunParams } from '../../codes/facilitatorScenario';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, MAX_NAME } from '../../room/protocol';
import { MODEL_VERSION } from '../../sim';
import { SAVE_VERSION, type SaveData } from '../../play/save';
import { customBriefingBody } from '../facilitator/customBriefing';
import { goalCard } from '../play/storyGoal';
import type { AppContext } from '../shell/context';
import { button, screenHeader } from '../shell/header';
import { h, replace } from '../kit/dom';
import { roomDecisions } from './gameRoom';
import { forget, membershipOf } from './membership';
import { spotOf } from './progress';
import { adoptPlayer, RoomPlayer } from './roomPlayer';
import { pageSocketUrl, roomClient, type Welcome } from './transport';
import './room.css';

/** Is this a join code the room could have given? */
export function isJoinCode(room: string): boolean {
  return room.length === JOIN_CODE_LENGTH && [...room].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/**
 * The game to open after a welcome: this browser's own save of it when it
 * comes back to the room (the room's copy fills in what it lacks, see
 * GameRoom), else the room's copy (a first join, or another device).
 */
export function saveForWelcome(w: Welcome, saved: SaveData | null, resumed: boolean): SaveData {
  const sc = w.state.scenario;
  if (resumed && saved && saved.sc === sc && saved.seed === w.state.seed) return saved;
  const def = decodeScenarioCode(sc);
  const spot = spotOf(w.week, scenarioRunParams(def)['run.weeks']);
  return { version: SAVE_VERSION, model: MODEL_VERSION, scenario: def.base, seed: w.state.seed, quarter: spot.quarter, phase: spot.phase, log: roomDecisions(w), sc, ...(spot.phase === 'playing' ? { week: spot.week } : {}) };
}

export function joinScreen(ctx: AppContext, room: string): HTMLElement {
  const code = room.trim().toUpperCase();
  const status = h('p', { class: 'hint', role: 'status', 'data-testid': 'join-status' });
  const body = h('div', {});
  const el = h('section', { class: 'screen screen-narrow room-join', 'data-testid': 'room-join' }, screenHeader(ctx, t('room.join.heading')), body);
  if (!isJoinCode(code)) {
    replace(body, h('p', { class: 'message', role: 'alert', 'data-testid': 'room-none' }, t('room.badCode')), homeButton(ctx));
    return el;
  }
  let player: RoomPlayer | null = null;
  let adopted = false;
  ctx.signal.addEventListener('abort', () => {
    if (!adopted) player?.close();
  });

  const input = h('input', { type: 'text', id: 'room-name', name: 'name', maxlength: String(MAX_NAME), autocomplete: 'nickname', required: true, 'data-testid': 'join-name' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-big', 'data-testid': 'join-submit' }, t('room.join.submit'));
  const form = h(
    'form',
    {
      onsubmit: (e: Event) => {
        e.preventDefault();
        const name = input.value.trim();
        if (!name) return;
        submit.disabled = true;
        connect({ name });
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'room-name' }, t('room.join.name')), input),
    submit,
  );

  const connect = (how: { name: string } | { resume: { player: string; token: string } }) => {
    player?.close();
    const p = new RoomPlayer(code);
    player = p;
    const resumed = 'resume' in how;
    status.textContent = t(resumed ? 'room.join.rejoining' : 'room.join.connecting');
    p.on((news) => {
      if (news.kind === 'welcome') {
        if (adopted) return;
        adopted = true;
        adoptPlayer(p);
        const save = saveForWelcome(news.welcome, ctx.saved, resumed);
        const play = () => ctx.reopenRun(save, code);
        // a first join reads the class scenario's briefing first; a player coming back goes straight to the game
        if (resumed || news.welcome.week > 0) return play();
        status.textContent = '';
        const sc = decodeScenarioCode(news.welcome.state.scenario);
        replace(body, h('div', { class: 'card', 'data-testid': 'briefing' }, customBriefingBody(sc, save.seed, getLocale())), goalCard(sc.base, sc), h('div', { class: 'actions' }, button(t('facilitator.custom.start'), play, { class: 'btn btn-primary btn-big', 'data-testid': 'start-game' })));
      } else if (news.kind === 'refused') {
        const reason = news.refused.reason;
        if (reason === 'token') forget(code);
        status.textContent = '';
        replace(body, lead(), h('p', { class: 'message', role: 'alert', 'data-testid': 'join-refused', 'data-reason': reason }, t(`room.refused.${reason}`)), reason === 'closed' || reason === 'room' ? homeButton(ctx) : form);
        submit.disabled = false;
        p.close();
      }
    }, ctx.signal);
    void p.connect(how);
  };

  const lead = () => h('div', {}, h('p', { class: 'lead' }, t('room.join.lead')), h('p', { class: 'room-code', 'data-testid': 'join-room' }, t('room.join.roomCode', { room: code })));

  const start = async () => {
    replace(body, lead(), status);
    status.textContent = t('room.join.connecting');
    const client = await roomClient();
    const there = await client.probe(pageSocketUrl());
    if (!el.isConnected && ctx.signal.aborted) return;
    if (!there) {
      status.textContent = '';
      replace(body, h('p', { class: 'message', role: 'alert', 'data-testid': 'room-none' }, t('room.noRoom')), h('div', { class: 'actions' }, button(t('room.retry'), () => void start(), { class: 'btn btn-primary', 'data-testid': 'room-retry' }), homeButton(ctx)));
      return;
    }
    const m = membershipOf(code);
    if (m) {
      connect({ resume: m });
    } else {
      status.textContent = '';
      replace(body, lead(), form, status);
      input.focus();
    }
  };
  void start();
  return el;
}

function homeButton(ctx: AppContext): HTMLElement {
  return button(t('room.backHome'), () => ctx.navigate({ name: 'title' }), { 'data-testid': 'go-home' });
}
