/**
 * The page elements around the town: its top bar and its map key, pinned
 * outside the stage (the stage view zooms and pans only the town). Shown on
 * the screens where the town is (planning, playing: see town.css), drawn
 * from the session after every week the town fetches and every deal it
 * pops, in the page's language (a switch redraws them). Without a session
 * (the replay, the side-by-side view) the bar shows the replayed week's state.
 */
import './town.css';
import type { Decision, RunState, WeekRecord } from '../../sim';
import type { Session } from '../../play/session';
import { scenarioRunLog } from '../../codes/facilitatorScenario';
import type { WeekMark } from '../../game/town/pacing';
import { TopBar } from './topBar';
import { decisionsOf, marksOf, stateBarView, topBarView } from './topBarView';
import { townKey } from './key';

/** A screen this large opens the key; a smaller one shows it as a button. */
const KEY_OPEN = '(min-width: 901px) and (min-height: 600px)';

export class TownChrome {
  private readonly bar: TopBar;
  private key: HTMLDetailsElement;
  private session: Session | null = null;
  private events: readonly Decision[] = [];
  private pendingSales: ReadonlyMap<number, number> = new Map();
  /** the marks of the weeks played, by week: worked out once (a played week's marks do not change), not at every redraw */
  private weekMarks = new Map<number, WeekMark[]>();
  private readonly markOf = (week: number): WeekMark[] => {
    let marks = this.weekMarks.get(week);
    const s = this.session;
    if (!marks && s) {
      marks = marksOf(s.state, week, decisionsOf(s, week, this.events));
      this.weekMarks.set(week, marks);
    }
    return marks ?? [];
  };
  /** a replayed week's marks, by its record (the replay's snapshots share their records) */
  private replayMarks = new WeakMap<WeekRecord, WeekMark[]>();
  private readonly lang = new MutationObserver(() => this.refreshTexts());

  constructor(stage: HTMLElement, onRep: (id: number) => void) {
    this.bar = new TopBar(onRep);
    this.key = townKey(window.matchMedia?.(KEY_OPEN).matches ?? true);
    stage.after(this.bar.element, this.key);
    this.lang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  /** Draws the session's numbers (none: the bar keeps its last, hidden with the town). */
  update(session: Session | null): void {
    if (session !== this.session) {
      this.session = session;
      this.events = scenarioRunLog(session?.custom?.def, []).filter((d) => d.type === 'event');
      this.pendingSales = new Map();
      this.weekMarks = new Map();
    }
    if (session) this.bar.show(topBarView(session, this.pendingSales, this.markOf));
  }

  /** A replayed week's state, shown when no game is on (the replay, the side-by-side view). */
  showState(state: RunState | null): void {
    if (this.session || !state) return;
    this.bar.show(
      stateBarView(state, (week) => {
        const record = state.history[week];
        let marks = record ? this.replayMarks.get(record) : undefined;
        if (record && !marks) {
          marks = marksOf(state, week, []);
          this.replayMarks.set(record, marks);
        }
        return marks ?? [];
      }),
    );
  }

  /** Sales the town has not popped yet, per rep: held back from the bars until they do. */
  pending(pending: ReadonlyMap<number, number>): void {
    this.pendingSales = new Map(pending);
    this.update(this.session);
  }

  /** What happened in a week just played, worth a mark. */
  marks(session: Session, week: number): WeekMark[] {
    if (session !== this.session) this.update(session);
    return this.markOf(week);
  }

  refreshTexts(): void {
    this.bar.refreshTexts();
    const key = townKey(this.key.open);
    this.key.replaceWith(key);
    this.key = key;
  }

  dispose(): void {
    this.lang.disconnect();
    this.bar.element.remove();
    this.key.remove();
  }
}
