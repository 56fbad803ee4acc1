/** The quarter's DOM controls over the town: pause, 1×, 2×, 4×, skip to the end, and the week. */
import type { Speed } from '../../game/bridge';
import { t } from '../../i18n';
import type { AppContext } from '../shell/context';
import { h } from '../kit/dom';
import { int, money, pct } from '../../i18n/format';
import type { Session } from '../../play/session';
import { soundToggle } from '../sound/toggle';
import { button } from '../shell/header';
import { goalTrackerLine } from './storyGoal';

const SPEEDS: Speed[] = [0, 1, 2, 4];

export function quarterBar(ctx: AppContext, session: Session): { element: HTMLElement; update(): void } {
  const weekText = h('p', { class: 'week', 'data-testid': 'week' });
  // what the town's top bar shows, as text for screen readers (the canvas is hidden from them); read on demand, not announced
  const summary = h('p', { class: 'sr-only', 'data-testid': 'quarter-summary' });
  const speedButtons = SPEEDS.map((s) =>
    button(s === 0 ? t('ui.quarter.pause') : t('ui.quarter.speed', { n: s }), () => {
      // a speed chosen while the team menu holds the town closes the menu: the town plays as asked, not under a menu still open
      if (!teamMenu.hidden) openMenu(false);
      ctx.setSpeed(s);
      update();
    }, { class: 'btn btn-small chip', 'data-testid': s === 0 ? 'speed-pause' : `speed-${s}` }),
  );
  const goal = goalTrackerLine(session);
  const update = () => {
    goal.update();
    const inQuarter = session.state.week - session.quarterStart();
    weekText.textContent = t('ui.quarter.week', { week: Math.max(1, Math.min(inQuarter, session.quarterEnd() - session.quarterStart())), total: session.quarterEnd() - session.quarterStart(), n: session.quarter + 1 });
    speedButtons.forEach((b, i) => b.setAttribute('aria-pressed', String(SPEEDS[i] === ctx.speed)));
    const last = session.state.history[session.state.history.length - 1];
    drawTeam();
    summary.textContent = last
      ? t('ui.quarter.summary', { rep: pct(last.reputation), cash: money(session.state.cash, true), pos: int(last.womPositive), neg: int(last.womNegative), deals: int(last.deals) })
      : '';
  };
  // the team menu holds the town still while it is open (the player reads it; a rep's card, opened from it, holds the town in turn)
  const openMenu = (open: boolean) => {
    if (open === !teamMenu.hidden) return;
    teamMenu.hidden = !open;
    teamToggle.setAttribute('aria-expanded', String(open));
    if (open) drawTeam();
    ctx.game((c) => c.setSpeed(open ? 0 : ctx.speed));
  };
  const teamToggle = button(t('ui.quarter.team'), () => openMenu(teamMenu.hidden), { class: 'btn btn-small', 'aria-controls': 'team-menu', 'aria-expanded': 'false', 'data-testid': 'team-menu-toggle' });
  const element = h(
    'div',
    { class: 'quarter-bar', role: 'toolbar', 'aria-label': t('ui.quarter.controls'), 'data-testid': 'quarter-bar' },
    h('h1', { class: 'sr-only', tabindex: '-1' }, t('ui.quarter.heading', { n: session.quarter + 1 })),
    weekText,
    goal.element,
    summary,
    h('div', { class: 'speeds', role: 'group', 'aria-label': t('ui.quarter.speedLabel') }, speedButtons),
    button(t('ui.quarter.skip'), () => ctx.skipQuarter(), { class: 'btn btn-small btn-primary', 'data-testid': 'skip-quarter' }),
    teamToggle,
    soundToggle(),
  );
  const teamMenu = h('ul', { id: 'team-menu', class: 'team-list team-menu', 'data-testid': 'team-menu', hidden: true });
  teamMenu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      openMenu(false);
      teamToggle.focus();
    }
  });
  // the team as it is now: a rep hired or replaced this quarter is in it, one who left is not
  let team = '';
  const drawTeam = () => {
    const active = session.state.reps.filter((r) => r.active);
    const ids = active.map((r) => r.id).join(',');
    if (ids === team) return;
    team = ids;
    teamMenu.replaceChildren(
      ...active.map((r) =>
        h('li', {}, button(t('ui.rep.name', { n: r.id + 1 }), () => {
          // the card takes over: the menu closes, the card holds the town until it closes
          openMenu(false);
          ctx.openRepCard(r.id);
        }, { class: 'btn btn-small', 'data-testid': `team-rep-${r.id}` })),
      ),
    );
  };
  drawTeam();
  element.append(teamMenu);
  update();
  return { element, update };
}
