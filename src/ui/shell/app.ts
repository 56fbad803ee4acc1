/**
 * The app shell: reads the route, owns the session and the scenes, mounts one
 * screen at a time and saves after every decision, every week played and
 * every quarter, as the current game and into the library of runs.
 */
import type { GameBridge, GameControls, Speed } from '../../game/bridge';
import type { Decision, RunState } from '../../sim';
import { t, type Locale } from '../../i18n';
import { SCENARIO_IDS } from '../../scenarios';
import { destroyCharts } from '../charts/figure';
import type { AppContext } from './context';
import { announce, h } from '../kit/dom';
import { GameHost } from './gameHost';
import { chooseLocale } from './locale';
import { parseRoute, playRoute, routeHash, type Route } from './router';
import { clearSave, restoreSave, writeSave, type SaveData } from '../../play/save';
import { RunKeeper } from '../../play/library/keeper';
import { newRunId } from '../../play/library/store';
import { askScreen } from '../library/askScreen';
import { sound } from '../sound/sound';
import { lmsSaved } from '../../play/scorm';
import { briefingScreen } from '../play/briefing';
import { customBriefingScreen } from '../facilitator/customBriefing';
import { debriefScreen } from '../play/debrief';
import { messageScreen, notice } from './message';
import { planningPanel } from '../play/planning';
import { quarterBar } from '../play/quarterBar';
import { repCard, type WalkBooking } from '../play/repCard';
import { reviewScreen } from '../play/review';
import { scenarioChoiceScreen } from '../play/scenarioChoice';
import { titleScreen } from './title';
import { isValidSeed } from '../../play/seed';
import { Session, type CustomScenario } from '../../play/session';
import { decodeScenarioCode } from '../../codes/scenarioCode';
import { RunCodeError } from '../../codes/runCode';
import { watchTour } from '../tour/tour';
import { shieldFromScenes } from './shield';

export class App implements AppContext {
  session: Session | null = null;
  saved: SaveData | null = null;
  speed: Speed = 1;
  private readonly host: GameHost;
  private bar: { update(): void } | null = null;
  private pendingNotice: string | null = null;
  private route: Route = { name: 'title' };
  /** what the town draws when no game is in progress (a replay's week) */
  private viewState: RunState | null = null;
  /** every run, kept in the browser (IndexedDB, else localStorage, else memory) */
  private readonly keeper: RunKeeper;
  /** the current game's id in the library */
  private runId: string | null = null;
  /** the rest of a quarter is being run at once: no sound, no save per week */
  private skipping = false;
  /** ends the app's own listeners (dispose) */
  private readonly life = new AbortController();

  constructor(
    private readonly main: HTMLElement,
    stage: HTMLElement,
  ) {
    this.host = new GameHost(stage, this.bridge());
    this.keeper = new RunKeeper((message) => this.warn(message));
    const { saved, notice } = this.keeper.loadCurrent();
    this.saved = saved;
    this.pendingNotice = notice;
    window.addEventListener('hashchange', () => this.onRoute(), { signal: this.life.signal });
  }

  start(): void {
    this.onRoute();
    // the scenes load after the first screen is up
    const timer = setTimeout(() => void this.host.load().then(() => this.syncScene()), 0);
    this.life.signal.addEventListener('abort', () => clearTimeout(timer));
  }

  /** Ends the app: its listeners, the scenes, the charts and the screen go (a page that unmounts it; the component tests). */
  dispose(): void {
    this.life.abort();
    this.host.dispose();
    destroyCharts();
    this.main.replaceChildren();
  }

  // --- AppContext

  navigate(route: Route, replace = false): void {
    const hash = routeHash(route);
    if (replace) {
      history.replaceState(null, '', hash);
      this.route = route;
    } else if (location.hash !== hash) {
      location.hash = hash;
    } else {
      this.onRoute();
    }
  }

  switchLocale(locale: Locale): void {
    chooseLocale(locale);
    const skip = document.getElementById('skip-link');
    if (skip) skip.textContent = t('ui.common.skip');
    this.render();
    this.host.send((c) => c.refreshTexts());
  }

  newGame(scenario: string, seed: string, sc?: string): void {
    // the run in progress, if any, stays in the library
    clearSave();
    this.saved = null;
    this.session = null;
    this.navigate(playRoute({ scenario, seed, sc }));
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
    if (!s || s.phase !== 'review') return;
    s.nextQuarter();
    this.persist();
    this.enterPhase();
  }

  openRepCard(rep: number): void {
    const s = this.session;
    const r = s?.state.reps.find((x) => x.id === rep);
    if (!s || !r || document.querySelector('dialog[open]')) return;
    // looking is free: the card records nothing unless the player books a walk in it
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

  playAgain(): void {
    // a new run; the finished one stays in the library
    clearSave();
    this.saved = null;
    this.runId = null;
    const seed = this.session?.seed ?? null;
    this.session = null;
    this.navigate({ name: 'scenarios', seed });
  }

  reopenRun(save: SaveData): void {
    restoreSave(save);
    this.saved = save;
    this.session = null;
    this.navigate(playRoute(save));
  }

  dropCurrent(): void {
    clearSave();
    this.saved = null;
    this.runId = null;
  }

  game(command: (c: GameControls) => void): void {
    this.host.send(command);
  }

  showState(state: RunState | null): void {
    this.viewState = state;
    if (!this.session) this.syncScene();
  }

  // --- routing and screens

  private onRoute(): void {
    this.route = parseRoute(location.hash);
    const r = this.route;
    if (r.name === 'play' && r.sc !== undefined) {
      // a facilitator's scenario: its code holds the base story
      let custom: CustomScenario;
      try {
        custom = { def: decodeScenarioCode(r.sc), code: r.sc };
      } catch (err) {
        const message = err instanceof RunCodeError ? t(err.key, err.vars) : t('ui.errors.runFailed', { message: String(err) });
        return this.show(messageScreen(this, message, 'link-error'));
      }
      const problem = this.checkLink(custom.def.base, r.seed);
      if (problem) return this.show(messageScreen(this, problem, 'link-error'));
      return this.openGame(custom.def.base, r.seed, custom);
    }
    if (r.name === 'play' || r.name === 'briefing') {
      const problem = this.checkLink(r.scenario, r.seed);
      if (problem) return this.show(messageScreen(this, problem, 'link-error'));
    }
    if (r.name === 'play') return this.openGame(r.scenario, r.seed);
    this.session = null;
    this.viewState = null;
    this.syncScene();
    this.render();
  }

  private checkLink(scenario: string, seed: string): string | null {
    if (!SCENARIO_IDS.includes(scenario)) return t('ui.errors.unknownScenario', { id: scenario || '—', list: SCENARIO_IDS.join(', ') });
    if (!isValidSeed(seed)) return t('ui.errors.badSeed', { seed: seed || '—' });
    return null;
  }

  private openGame(scenario: string, seed: string, custom: CustomScenario | null = null): void {
    const cur = this.session;
    const sc = custom?.code;
    if (!cur || cur.scenario !== scenario || cur.seed !== seed || cur.custom?.code !== sc) {
      const saved = this.saved;
      const resume = saved !== null && saved.scenario === scenario && saved.seed === seed && saved.sc === sc;
      if (saved && !resume && saved.phase !== 'debrief') {
        // another run is in progress: ask before this link starts a new one (the current one is kept either way)
        this.session = null;
        this.syncScene();
        return this.show(askScreen(this, saved, { scenario, seed, ...(sc !== undefined ? { sc } : {}) }, (startNew) => {
          if (startNew) {
            this.dropCurrent();
            this.openGame(scenario, seed, custom);
          } else {
            this.navigate(playRoute(saved), true);
            this.onRoute();
          }
        }));
      }
      try {
        this.session = resume
          ? Session.replay(scenario, seed, saved.log, saved.quarter, saved.phase, custom, saved.week)
          : new Session(scenario, seed, custom);
        this.runId = (resume && saved.id) || newRunId();
      } catch (err) {
        clearSave();
        this.saved = null;
        this.session = null;
        const message = saved ? t('ui.errors.saveCorrupt') : t('ui.errors.runFailed', { message: err instanceof Error ? err.message : String(err) });
        return this.show(messageScreen(this, message, 'link-error'));
      }
      this.persist();
    }
    this.enterPhase();
  }

  /** Side effects of entering a phase (the scenes), then the screen. */
  private enterPhase(): void {
    const s = this.session;
    if (!s) return;
    this.skipping = false;
    if (s.phase === 'playing') {
      this.host.send((c) => {
        c.setSpeed(this.speed);
        c.playQuarter();
      });
    } else {
      this.syncScene();
    }
    this.render();
    announce(this.main.querySelector('h1')?.textContent ?? '');
  }

  private syncScene(): void {
    const s = this.session;
    if (!s) this.host.send((c) => (this.viewState ? c.showTown() : c.showTitle()));
    else if (s.phase !== 'playing') this.host.send((c) => c.showTown());
  }

  private render(): void {
    const s = this.session;
    const r = this.route;
    this.bar = null;
    document.body.dataset.screen = s ? s.phase : r.name;
    if (s) {
      if (s.phase === 'planning') return this.show(planningPanel(this, s));
      if (s.phase === 'playing') {
        const bar = quarterBar(this, s);
        this.bar = bar;
        return this.show(bar.element, false);
      }
      if (s.phase === 'review') return this.show(reviewScreen(this, s));
      return this.show(debriefScreen(this, s));
    }
    switch (r.name) {
      case 'title':
        return this.show(titleScreen(this));
      case 'scenarios':
        return this.show(scenarioChoiceScreen(this, r.seed));
      case 'briefing':
        return this.show(briefingScreen(this, r.scenario, r.seed));
      // the instructor's pages are loaded on first use, so a trainee's first screen stays small
      case 'replay':
        return this.showLater(() => import('../replay/replay').then((m) => m.replayScreen(this, r.code)));
      case 'compare':
        return this.showLater(() => import('../replay/compare').then((m) => m.compareScreen(this, r.a, r.b)));
      case 'class':
        return this.showLater(() => import('../class/classView').then((m) => m.classScreen(this)));
      case 'runs':
        return this.showLater(() => import('../library/runsScreen').then((m) => m.runsScreen(this, this.keeper)));
      case 'facilitator':
        return this.showLater(() => import('../facilitator/facilitator').then((m) => m.facilitatorScreen(this)));
      case 'lab':
        return this.showLater(() => import('../lab/lab').then((m) => (r.page === 'model' ? m.modelScreen(this, r.at) : m.labScreen(this))));
      case 'custom':
        return this.show(customBriefingScreen(this, r.sc, r.seed));
      case 'unknown':
        return this.show(messageScreen(this, t('ui.errors.unknownPage', { path: r.path }), 'link-error'));
      default:
        return this.show(messageScreen(this, t('ui.errors.unknownPage', { path: '' }), 'link-error'));
    }
  }

  /** Shows a screen whose code loads on demand, unless the visitor has moved on meanwhile. */
  private showLater(build: () => Promise<HTMLElement>): void {
    const route = this.route;
    build().then(
      (screen) => {
        if (this.route === route && !this.session) this.show(screen);
      },
      (err: unknown) => {
        if (this.route !== route) return;
        this.show(messageScreen(this, t('ui.errors.runFailed', { message: err instanceof Error ? err.message : String(err) }), 'link-error'));
      },
    );
  }

  private show(screen: HTMLElement, focus = true): void {
    destroyCharts();
    document.body.dataset.screen = this.session?.phase ?? this.route.name;
    const children: HTMLElement[] = [];
    if (this.pendingNotice) children.push(notice(this.pendingNotice, () => (this.pendingNotice = null)));
    children.push(screen);
    this.main.replaceChildren(...children);
    this.main.scrollTop = 0;
    window.scrollTo(0, 0);
    if (focus) screen.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  /** Saves the current game (and keeps it in the library); `lms`: tell the LMS too (not every week). */
  private persist(lms = true): void {
    const s = this.session;
    if (!s) return;
    this.saved = writeSave(s, this.runId ?? undefined);
    void this.keeper.keep(s, this.saved);
    if (lms) lmsSaved(s, this.saved);
  }

  /** A message that stays above every screen until dismissed (storage refused). */
  private warn(message: string): void {
    this.pendingNotice = message;
    this.main.querySelector('[data-testid="notice"]')?.remove();
    this.main.prepend(notice(message, () => (this.pendingNotice = null)));
  }

  // --- the bridge the scenes call

  private bridge(): GameBridge {
    return {
      getState: () => this.session?.state ?? this.viewState,
      nextWeek: () => {
        const feed = this.session?.stepWeek(true) ?? null;
        if (feed) {
          this.bar?.update();
          if (!this.skipping) {
            // a reload resumes at this week
            this.persist(false);
            sound().week(feed.events);
          }
        }
        return feed;
      },
      repClicked: (id) => {
        // only while the town is what the player is looking at
        const phase = this.session?.phase;
        if (phase === 'planning' || phase === 'playing') this.openRepCard(id);
      },
      quarterAnimated: () => {
        const s = this.session;
        if (!s || s.phase !== 'playing') return;
        s.finishQuarter();
        this.persist();
        this.enterPhase();
      },
    };
  }
}

/** Mounts the app in root and starts it; the returned function ends it. */
export function startApp(root: HTMLElement): () => void {
  const stage = h('div', { id: 'stage', 'aria-hidden': 'true' });
  const main = h('main', { id: 'main' });
  const skipToMain = (e: Event) => {
    e.preventDefault();
    main.querySelector<HTMLElement>('h1, button')?.focus();
  };
  // pointers on the DOM screens are not meant for the scenes below them
  shieldFromScenes(main);
  const skip = h('a', { id: 'skip-link', class: 'skip-link', href: '#main', onclick: skipToMain }, t('ui.common.skip'));
  root.replaceChildren(skip, stage, main, h('div', { id: 'live', class: 'sr-only', 'aria-live': 'polite' }));
  const app = new App(main, stage);
  app.start();
  const stopTour = watchTour(app);
  return () => {
    stopTour();
    app.dispose();
    root.replaceChildren();
  };
}
