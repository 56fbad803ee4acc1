/**
 * The app shell: reads the route, mounts one screen at a time (the game's
 * phase from ./gameController.ts, or a page from ./routes.ts), keeps a
 * notice above every screen, and gives each screen two lifecycles: its own
 * (AppContext.signal, aborted when the next screen replaces it, a language
 * switch included) and its page's (AppContext.pageSignal, aborted when the
 * visitor leaves the page), so listeners, timers and workers go with them.
 */
import type { GameControls, Speed } from '../../game/bridge';
import type { Decision, RunState } from '../../sim';
import { t, type Locale } from '../../i18n';
import { SCENARIO_IDS } from '../../scenarios';
import { decodeScenarioCode } from '../../codes/scenarioCode';
import { RunCodeError } from '../../codes/runCode';
import type { SaveData } from '../../play/save';
import { isValidSeed } from '../../play/seed';
import type { CustomScenario, Session } from '../../play/session';
import { destroyCharts } from '../charts/figure';
import { announce, h } from '../kit/dom';
import { askScreen } from '../library/askScreen';
import { debriefScreen } from '../play/debrief';
import { planningPanel } from '../play/planning';
import { quarterBar } from '../play/quarterBar';
import { reviewScreen } from '../play/review';
import { watchTour } from '../tour/tour';
import type { AppContext } from './context';
import { GameController } from './gameController';
import { chooseLocale } from './locale';
import { messageScreen, notice } from './message';
import { parseRoute, playRoute, routeHash, type Route } from './router';
import { classPackageRoute } from './classPackage';
import { pageOf } from './routes';
import { shieldFromScenes } from './shield';

export class App implements AppContext {
  private readonly controller: GameController;
  private pendingNotice: string | null;
  private route: Route = { name: 'title' };
  /** ends the app's own listeners (dispose) */
  private readonly life = new AbortController();
  /** ends the current screen's (the next screen, or dispose) */
  private screenLife = new AbortController();
  /** ends the current page's (another page, or dispose): the page is the route's name, or the game */
  private pageLife = new AbortController();
  private page = '';

  constructor(
    private readonly main: HTMLElement,
    stage: HTMLElement,
  ) {
    this.controller = new GameController(stage, { phaseChanged: () => this.showPhase(), warn: (message) => this.warn(message) });
    this.pendingNotice = this.controller.startNotice;
    window.addEventListener('hashchange', () => this.onRoute(), { signal: this.life.signal });
  }

  start(): void {
    this.onRoute();
    // the scenes load after the first screen is up
    const timer = setTimeout(() => this.controller.loadScenes(), 0);
    this.life.signal.addEventListener('abort', () => clearTimeout(timer));
  }

  /** Ends the app: its listeners, the current screen's, the scenes and the charts go (a page that unmounts it; the component tests). */
  dispose(): void {
    this.life.abort();
    this.screenLife.abort();
    this.pageLife.abort();
    this.controller.dispose();
    destroyCharts();
    this.main.replaceChildren();
  }

  // --- AppContext

  get session(): Session | null {
    return this.controller.session;
  }

  get saved(): SaveData | null {
    return this.controller.saved;
  }

  get speed(): Speed {
    return this.controller.speed;
  }

  get signal(): AbortSignal {
    return this.screenLife.signal;
  }

  get pageSignal(): AbortSignal {
    return this.pageLife.signal;
  }

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
    this.controller.game((c) => c.refreshTexts());
  }

  newGame(scenario: string, seed: string, sc?: string): void {
    this.controller.forgetCurrent();
    this.navigate(playRoute({ scenario, seed, sc }));
  }

  startQuarter(decisions: Decision[]): void {
    this.controller.startQuarter(decisions);
  }

  setSpeed(speed: Speed): void {
    this.controller.setSpeed(speed);
  }

  skipQuarter(): void {
    this.controller.skipQuarter();
  }

  nextQuarter(): void {
    this.controller.nextQuarter();
  }

  openRepCard(rep: number): void {
    this.controller.openRepCard(rep);
  }

  playAgain(): void {
    this.navigate({ name: 'scenarios', seed: this.controller.playAgain() });
  }

  reopenRun(save: SaveData, room?: string): void {
    this.controller.reopen(save);
    this.navigate(playRoute({ ...save, ...(room !== undefined ? { room } : {}) }));
  }

  dropCurrent(): void {
    this.controller.dropCurrent();
  }

  game(command: (c: GameControls) => void): void {
    this.controller.game(command);
  }

  showState(state: RunState | null): void {
    this.controller.showState(state);
  }

  // --- routing and screens

  private onRoute(): void {
    // a package built for one class scenario opens into it, and refuses the instructor's pages (classPackage.ts)
    const pinned = classPackageRoute(parseRoute(location.hash));
    if (pinned === 'refused') return this.showMessage(t('ui.errors.classPackage'));
    this.route = pinned;
    const r = this.route;
    if (r.name === 'briefing') {
      const problem = checkLink(r.scenario, r.seed);
      if (problem) return this.showMessage(problem);
    }
    if (r.name !== 'play') {
      this.controller.leave();
      return this.render();
    }
    let custom: CustomScenario | null = null;
    if (r.sc !== undefined) {
      // a facilitator's scenario: its code holds the base story
      try {
        custom = { def: decodeScenarioCode(r.sc), code: r.sc };
      } catch (err) {
        return this.showMessage(err instanceof RunCodeError ? t(err.key, err.vars) : t('ui.errors.runFailed', { message: String(err) }));
      }
    }
    const scenario = custom?.def.base ?? r.scenario;
    const problem = checkLink(scenario, r.seed);
    if (problem) return this.showMessage(problem);
    this.openGame(scenario, r.seed, custom, r.room);
  }

  private openGame(scenario: string, seed: string, custom: CustomScenario | null, room?: string): void {
    const opened = this.controller.open(scenario, seed, custom, room);
    if (opened.kind === 'failed') return this.showMessage(opened.message);
    if (opened.kind === 'ask') {
      // another run is in progress: ask before this link starts a new one (the current one is kept either way)
      const current = opened.current;
      const sc = custom?.code;
      return this.mount(() => askScreen(this, current, { scenario, seed, ...(sc !== undefined ? { sc } : {}) }, (startNew) => {
        if (startNew) {
          this.controller.dropCurrent();
          this.openGame(scenario, seed, custom, room);
        } else {
          this.navigate(playRoute(current), true);
          this.onRoute();
        }
      }));
    }
    this.controller.enterPhase();
  }

  /** The game's screen for its phase, announced to screen readers. */
  private showPhase(): void {
    this.render();
    announce(this.main.querySelector('h1')?.textContent ?? '');
  }

  private render(): void {
    const s = this.controller.session;
    const r = this.route;
    this.controller.bar = null;
    if (s) {
      if (s.phase === 'planning') return this.mount(() => planningPanel(this, s));
      if (s.phase === 'playing') {
        return this.mount(() => {
          const bar = quarterBar(this, s);
          this.controller.bar = bar;
          return bar.element;
        }, false);
      }
      if (s.phase === 'review') return this.mount(() => reviewScreen(this, s));
      return this.mount(() => debriefScreen(this, s));
    }
    // a game's link with no game open (its message, or the question about another run): built again, in the page's language
    if (r.name === 'play') return this.onRoute();
    this.nextScreen();
    const page = pageOf(this, r, this.controller.keeper);
    if (page instanceof HTMLElement) return this.show(page);
    // a page whose code loads on demand: built and shown unless the visitor has moved on meanwhile
    page.then(
      (build) => {
        if (this.route === r && !this.controller.session) this.show(build());
      },
      (err: unknown) => {
        if (this.route === r) this.show(messageScreen(this, t('ui.errors.runFailed', { message: err instanceof Error ? err.message : String(err) }), 'link-error'));
      },
    );
  }

  /** Ends the current screen's lifecycle (and its page's, when the page changes), then builds the next screen and shows it. */
  private mount(build: () => HTMLElement, focus = true): void {
    this.nextScreen();
    this.show(build(), focus);
  }

  /** The current screen's lifecycle ends and the next one's begins; the page's too, when the visitor moves to another page. */
  private nextScreen(): void {
    document.body.dataset.screen = this.controller.session?.phase ?? this.route.name;
    this.screenLife.abort();
    this.screenLife = new AbortController();
    const page = this.controller.session ? 'game' : this.route.name;
    if (page !== this.page) {
      this.page = page;
      this.pageLife.abort();
      this.pageLife = new AbortController();
    }
  }

  private showMessage(message: string): void {
    this.controller.close();
    this.mount(() => messageScreen(this, message, 'link-error'));
  }

  private show(screen: HTMLElement, focus = true): void {
    destroyCharts();
    document.body.dataset.screen = this.controller.session?.phase ?? this.route.name;
    const children: HTMLElement[] = [];
    if (this.pendingNotice) children.push(notice(this.pendingNotice, () => (this.pendingNotice = null)));
    children.push(screen);
    this.main.replaceChildren(...children);
    this.main.scrollTop = 0;
    window.scrollTo(0, 0);
    if (focus) screen.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  /** A message that stays above every screen until dismissed (storage refused). */
  private warn(message: string): void {
    this.pendingNotice = message;
    this.main.querySelector('[data-testid="notice"]')?.remove();
    this.main.prepend(notice(message, () => (this.pendingNotice = null)));
  }
}

function checkLink(scenario: string, seed: string): string | null {
  if (!SCENARIO_IDS.includes(scenario)) return t('ui.errors.unknownScenario', { id: scenario || '—', list: SCENARIO_IDS.join(', ') });
  if (!isValidSeed(seed)) return t('ui.errors.badSeed', { seed: seed || '—' });
  return null;
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
