/**
 * The bridge between a game in progress and its room (the game controller
 * holds one while a room's game is open): it passes the game's progress to
 * the link, says whether the instructor's hold keeps the game at its review,
 * rebuilds the game when the room's scenario changes (an event pushed) or
 * when the room has more of it than this browser (another device), tells
 * the player what the instructor did, and shows the room's badge.
 */
import { t } from '../../i18n';
import { decodeScenarioCode } from '../../codes/scenarioCode';
import { eventText } from '../../play/eventText';
import type { Decision } from '../../sim';
import type { Refusal } from '../../room/protocol';
import type { CustomScenario, Phase, Session } from '../../play/session';
import { roomBadge } from './badge';
import { newEvents, spotOf } from './progress';
import type { RoomNews, RoomPlayer } from './roomPlayer';
import type { Welcome } from './transport';

/** The decisions a welcome carries: the room accepted each (checked by the run it steps), so they are the core's decisions. */
export function roomDecisions(w: Welcome): Decision[] {
  return w.decisions as Decision[];
}

/**
 * Refusals the player is told of, as a notice: the room will not count
 * something of this game. The others are the page's to mend (a gap or a
 * replay: it comes back to the room; too fast: the client sends again), or
 * nothing to tell: `finished` answers a debrief sent again after a reload
 * (the page cannot know the room had it), and the end of the session has
 * its own notice.
 */
const TOLD: ReadonlySet<Refusal> = new Set(['hash', 'decision', 'storage', 'token', 'json', 'size', 'full']);

/** Where a rebuilt game stands: the room's decisions to its week (another device). */
export interface RoomSpot {
  log: Decision[];
  quarter: number;
  phase: Phase;
  week: number;
}

/** What the bridge asks of the game controller. */
export interface RoomGame {
  session(): Session | null;
  /** the same game on the room's scenario (its code changed), at the same spot or at the room's */
  rebuild(custom: CustomScenario, spot?: RoomSpot): void;
  warn(message: string): void;
}

export class GameRoom {
  private readonly badge: ReturnType<typeof roomBadge>;
  private readonly off: () => void;

  constructor(
    readonly player: RoomPlayer,
    private readonly game: RoomGame,
  ) {
    this.badge = roomBadge(player);
    document.body.append(this.badge.element);
    this.off = player.on((news) => this.heard(news));
    if (player.welcome) this.adopt(player.welcome.week, roomDecisions(player.welcome));
  }

  sync(session: Session): void {
    this.player.sync(session);
  }

  holds(session: Session): boolean {
    return this.player.holds(session);
  }

  detach(): void {
    this.off();
    this.badge.remove();
    this.player.close();
  }

  private heard(news: RoomNews): void {
    if (news.kind === 'welcome') this.adopt(news.welcome.week, roomDecisions(news.welcome));
    else if (news.kind === 'state') this.stateChanged(news.state, news.before);
    else if (news.kind === 'refused' && TOLD.has(news.refused.reason)) this.game.warn(t(`room.refused.${news.refused.reason}`));
    else if (news.kind === 'elsewhere') this.game.warn(t('room.elsewhere'));
  }

  /** A welcome: the room may have more of this game than this browser, or another scenario. */
  private adopt(week: number, decisions: Decision[]): void {
    const s = this.game.session();
    const state = this.player.state;
    if (!s || !state) return;
    const custom = this.customOf(state.scenario);
    if (!custom) return;
    if (week > s.state.week) this.game.rebuild(custom, { log: decisions, ...spotOf(week, s.state.params['run.weeks']) });
    else if (s.custom?.code !== state.scenario) this.game.rebuild(custom);
    const now = this.game.session();
    if (now) this.player.sync(now);
  }

  private stateChanged(state: NonNullable<RoomPlayer['state']>, before: RoomPlayer['state']): void {
    if (before === null) return; // the welcome's state: adopt() has it
    const s = this.game.session();
    if (s && s.custom?.code !== state.scenario) {
      const custom = this.customOf(state.scenario);
      if (custom) {
        const added = newEvents(s.custom?.def.events ?? [], custom.def.events);
        this.game.rebuild(custom);
        for (const e of added) if (e.type === 'event') this.game.warn(t('room.event', { event: eventText(e) }));
      }
    }
    if (state.closed && !before.closed) this.game.warn(t('room.closed'));
  }

  private customOf(code: string): CustomScenario | null {
    try {
      return { def: decodeScenarioCode(code), code };
    } catch {
      return null;
    }
  }
}
