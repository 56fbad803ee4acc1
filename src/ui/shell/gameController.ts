/**
 * The game in progress: its session, its saves (the current game, the
 * library of runs and, inside an LMS, the LMS), the scenes it plays on and
 * the bridge they call back through. It saves after every decision, every
 * week played and every quarter. The shell (./app.ts) asks it to open a
 * game and draws the screen of the phase it reports.
 */
import type { GameBridge, GameControls, Speed, WeekFeed } from '../../game/bridge';
import type { Decision, RunState } from '../../sim';
import { t } from '../../i18n';
import { clearSave, restoreSave, writeSave, type SaveData } from '../../play/save';
import { RunKeeper } from '../../play/library/keeper';
import { newRunId } from '../../play/library/store';
import { lmsSaved } from '../../play/scorm';
import { Session, type CustomScenario } from '../../play/session';
import { repCard, type WalkBooking } from '../play/repCard';
import { dilemmaCard } from '../play/dilemmaCard';
import { sound } from '../sound/sound';
import { TownChrome } from '../town/townChrome';
import { GameRoom, type RoomSpot } from '../room/gameRoom';
import { playerFor } from '../room/roomPlayer';
import { roomOfGame } from '../room/membership';
import { playRoute, routeHash } from './router';
import { GameHost } from './gameHost';
import { shieldFromScenes } from './shield';

/** What the controller asks of the shell. */
export interface GameShell {
  /** the session entered a new phase (or a new session began): draw its screen */
  phaseChanged(): void;
  /** a message that stays above every screen (storage refused) */
  warn(message: string): void;
}

/** What opening a game led to: it is open, another run in progress must be asked about first, or it could not be built. */
export type Opened = { kind: 'open' } | { kind: 'ask'; current: SaveData } | { kind: 'failed'; message: string };

export class GameController {
  session: Session | null = null;
  saved: SaveData | null;
  speed: Speed = 1;
  /** what the start-up read of the current save had to say (a damaged or outdated save), once */
  readonly startNotice: string | null;
  /** the quarter bar, updated each week while a quarter plays */
  bar: { update(): void } | null = null;
  private readonly host: GameHost;
  /** the town's top bar and map key, page elements beside the stage */
  private readonly chrome: TownChrome;
  /** every run, kept in the browser (IndexedDB, else localStorage, else memory) */
  readonly keeper: RunKeeper;
  /** the current game's id in the library */
  private runId: string | null = null;
  /** the rest of a quarter is being run at once: no sound, no save per week */
  private skipping = false;
  /** what the town draws when no game is in progress (a replay's week) */
  private viewState: RunState | null = null;
  /** the live room the game is played in (#/play?…&room=CODE), if any */
  private room: GameRoom | null = null;

  constructor(
    stage: HTMLElement,
    private readonly shell: GameShell,
  ) {
    this.host = new GameHost(stage, this.bridge());
    this.chrome = new TownChrome(stage, (id) => this.townRepClicked(id));
    this.keeper = new RunKeeper((message) => shell.warn(message));
    const { saved, notice } = this.keeper.loadCurrent();
    this.saved = saved;
    this.startNotice = notice;
  }

  /** Loads the scenes (after the first screen is up) and shows what they should. */
  loadScenes(): void {
    void this.host.load().then(() => this.syncScene());
  }

  dispose(): void {
    this.attachRoom(undefined);
    this.host.dispose();
    this.chrome.dispose();
  }

  /**
   * Opens the game of a #/play link: the session already open, the saved one
   * resumed where it was, or a new one. Another run in progress is never
   * replaced without asking (it stays in the library either way).
   */
  open(scenario: string, seed: string, custom: CustomScenario | null = null, link?: string): Opened {
    // a room's game opened without its room in the address (the title's Continue, the library) still finds its room
    const room = link ?? (custom ? (roomOfGame(custom.code, seed) ?? undefined) : undefined);
    if (room !== undefined && link === undefined) history.replaceState(null, '', routeHash(playRoute({ scenario, seed, sc: custom?.code, room })));
    const cur = this.session;
    const sc = custom?.code;
    if (cur && cur.scenario === scenario && cur.seed === seed && cur.custom?.code === sc) {
      this.attachRoom(room);
      return { kind: 'open' };
    }
    const saved = this.saved;
    const resume = saved !== null && saved.scenario === scenario && saved.seed === seed && saved.sc === sc;
    if (saved && !resume && saved.phase !== 'debrief') {
      this.close();
      return { kind: 'ask', current: saved };
    }
    try {
      this.session = resume ? Session.replay(scenario, seed, saved.log, saved.quarter, saved.phase, custom, saved.week) : new Session(scenario, seed, custom);
      this.runId = (resume && saved.id) || newRunId();
    } catch (err) {
      clearSave();
      this.saved = null;
      this.session = null;
      return { kind: 'failed', message: saved ? t('ui.errors.saveCorrupt') : t('ui.errors.runFailed', { message: err instanceof Error ? err.message : String(err) }) };
    }
    this.persist();
    this.attachRoom(room);
    return { kind: 'open' };
  }

  /** No game on screen (another page): the town shows the title, or a replay's week. */
  close(): void {
    this.attachRoom(undefined);
    this.session = null;
    this.syncScene();
  }

  /** A page with no game of its own: no town state to show either. */
  leave(): void {
    this.attachRoom(undefined);
    this.session = null;
    this.viewState = null;
    this.syncScene();
  }

  /** A new run of that scenario and seed; the run in progress, if any, stays in the library. */
  forgetCurrent(): void {
    this.dropCurrent();
    this.session = null;
  }

  /** The current game was deleted from the library, or a new one replaces it: the title no longer offers to continue it. */
  dropCurrent(): void {
    clearSave();
    this.saved = null;
    this.runId = null;
  }

  /** A new run after this one (the finished one stays in the library); the seed to offer again. */
  playAgain(): string | null {
    const seed = this.session?.seed ?? null;
    this.forgetCurrent();
    return seed;
  }

  /** Makes a run from the library the current game. */
  reopen(save: SaveData): void {
    restoreSave(save);
    this.saved = save;
    this.session = null;
  }

  startQuarter(decisions: Decision[]): void {
    const s = this.session;
    if (!s || s.phase !== 'planning') return;
    s.startQuarter(decisions);
    this.persist();
    this.enterPhase();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.host.send((c) => c.setSpeed(speed));
  }

  skipQuarter(): void {
    if (this.session?.phase !== 'playing') return;
    this.skipping = true;
    this.host.send((c) => c.skipQuarter());
  }

  nextQuarter(): void {
    const s = this.session;
    // the instructor holds the class at this quarter's end (the review's Next is disabled too)
    if (!s || s.phase !== 'review' || this.room?.holds(s)) return;
    s.nextQuarter();
    this.persist();
    this.enterPhase();
  }

  /** A rep's card over the town. Looking is free: the card records nothing unless the player books a walk in it. */
  openRepCard(rep: number): void {
    const s = this.session;
    const r = s?.state.reps.find((x) => x.id === rep);
    if (!s || !r || document.querySelector('dialog[open]')) return;
    const playing = s.phase === 'playing';
    const walk: WalkBooking = {
      week: s.walkWeek(rep),
      planning: s.phase === 'planning',
      booked: () => s.hasWalk(rep),
      // a walk booked while playing is in the log at once: saved like any decision
      book: () => {
        if (s.bookWalk(rep) && playing) this.persist();
      },
      cancel: () => {
        if (s.cancelWalk(rep) && playing) this.persist();
      },
    };
    if (playing) this.host.send((c) => c.setSpeed(0));
    const dialog = repCard(s.state, r, walk, () => {
      if (playing && this.session?.phase === 'playing') this.host.send((c) => c.setSpeed(this.speed));
    });
    shieldFromScenes(dialog);
    document.body.append(dialog);
    dialog.showModal();
  }

  /**
   * The dilemma the paused quarter waits on, as a card over the town. The
   * answer goes into the log (and the save); the quarter then plays on, or
   * runs on to its end when the player was skipping it.
   */
  private askDilemma(): void {
    const s = this.session;
    const d = s?.dilemma();
    if (!s || !d || document.querySelector('[data-testid="dilemma"]')) return;
    const skipping = this.skipping;
    const dialog = dilemmaCard(d, (accept) => {
      if (this.session !== s || !s.answer(accept)) return;
      this.persist();
      this.bar?.update();
      if (skipping) {
        this.host.send((c) => {
          c.playQuarter();
          c.skipQuarter();
        });
      } else {
        this.enterPhase();
      }
    });
    shieldFromScenes(dialog);
    document.body.append(dialog);
    dialog.showModal();
  }

  game(command: (c: GameControls) => void): void {
    this.host.send(command);
  }

  showState(state: RunState | null): void {
    this.viewState = state;
    if (!this.session) this.syncScene();
    this.chrome.showState(state);
  }

  /** Side effects of entering the session's phase (the scenes), then the shell draws its screen. */
  enterPhase(): void {
    const s = this.session;
    if (!s) return;
    this.skipping = false;
    if (s.phase === 'playing') {
      this.chrome.update(s);
      this.host.send((c) => {
        c.setSpeed(this.speed);
        c.playQuarter();
      });
    } else {
      this.syncScene();
    }
    this.shell.phaseChanged();
  }

  private syncScene(): void {
    const s = this.session;
    this.chrome.update(s);
    if (!s) this.host.send((c) => (this.viewState ? c.showTown() : c.showTitle()));
    else if (s.phase !== 'playing') this.host.send((c) => c.showTown());
  }

  /** Saves the current game (and keeps it in the library); `lms`: tell the LMS too (not every week). */
  private persist(lms = true): void {
    const s = this.session;
    if (!s) return;
    this.saved = writeSave(s, this.runId ?? undefined);
    void this.keeper.keep(s, this.saved);
    if (lms) lmsSaved(s, this.saved);
    this.room?.sync(s);
  }

  /** The game's live room: the link for that room code (this browser's membership), none without one. */
  private attachRoom(code: string | undefined): void {
    if (this.room && this.room.player.room === code) return;
    this.room?.detach();
    this.room = null;
    const player = code !== undefined ? playerFor(code) : null;
    if (!player) return;
    this.room = new GameRoom(player, {
      session: () => this.session,
      rebuild: (custom, spot) => this.rebuildForRoom(code as string, custom, spot),
      warn: (message) => this.shell.warn(message),
    });
    if (this.session) this.room.sync(this.session);
  }

  /**
   * The room's game changed under this one: its scenario (the instructor
   * pushed an event, after the hold: no week played differs) or, from
   * another device, the room has more of it. Rebuilt from the log, saved,
   * and the address follows so a reload opens the same game.
   */
  private rebuildForRoom(room: string, custom: CustomScenario, spot?: RoomSpot): void {
    const s = this.session;
    if (!s) return;
    const at = spot ?? { log: s.log, quarter: s.quarter, phase: s.phase, week: s.state.week };
    this.session = Session.replay(s.scenario, s.seed, at.log, at.quarter, at.phase, custom, at.week);
    this.persist();
    history.replaceState(null, '', routeHash(playRoute({ scenario: s.scenario, seed: s.seed, sc: custom.code, room })));
    // a new spot enters its phase; the same spot redraws the screens that hold the session (the quarter's bar, the review)
    if (spot) this.enterPhase();
    else if (s.phase === 'playing' || s.phase === 'review') this.shell.phaseChanged();
  }

  /** A rep or their bar in the town was clicked: their card, only while the town is what the player is looking at. */
  private townRepClicked(id: number): void {
    const phase = this.session?.phase;
    if (phase === 'planning' || phase === 'playing') this.openRepCard(id);
  }

  /** The calls the scenes make. */
  private bridge(): GameBridge {
    return {
      getState: () => this.session?.state ?? this.viewState,
      nextWeek: () => {
        const s = this.session;
        const feed: WeekFeed | null = s?.stepWeek(true) ?? null;
        if (s && feed) {
          // what happened that week: the town dwells on it, the top bar marks it
          feed.marks = this.chrome.marks(s, feed.record.week);
          this.chrome.update(s);
          this.bar?.update();
          if (!this.skipping) {
            // a reload resumes at this week
            this.persist(false);
            sound().week(feed.events);
          }
        }
        return feed;
      },
      repClicked: (id) => this.townRepClicked(id),
      townPending: (pending) => this.chrome.pending(pending),
      quarterAnimated: () => {
        const s = this.session;
        if (!s || s.phase !== 'playing') return;
        s.finishQuarter();
        this.persist();
        // the town stopped at a dilemma: the quarter goes on once it is answered
        if (s.phase === 'playing' && s.dilemma()) this.askDilemma();
        else this.enterPhase();
      },
    };
  }
}
