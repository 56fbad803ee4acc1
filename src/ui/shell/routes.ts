/**
 * The pages that are not a game in progress, as one table: a route's name to
 * the screen it shows. The instructor's and the researcher's pages load on
 * first use (import()), so a trainee's first screen stays small: theirs is a
 * promise of the function that builds them, called by the shell only when it
 * shows the page, so a page is built on the page, never before.
 */
import { t } from '../../i18n';
import type { RunKeeper } from '../../play/library/keeper';
import { customBriefingScreen } from '../facilitator/customBriefing';
import { briefingScreen } from '../play/briefing';
import { scenarioChoiceScreen } from '../play/scenarioChoice';
import type { AppContext } from './context';
import { messageScreen } from './message';
import type { Route } from './router';
import { titleScreen } from './title';

type RouteName = Exclude<Route['name'], 'play'>;
/** A page built now, or the promise of its builder (its code loads first). */
export type PageBuild = HTMLElement | Promise<() => HTMLElement>;
type Page<N extends RouteName> = (ctx: AppContext, route: Extract<Route, { name: N }>, keeper: RunKeeper) => PageBuild;

export const PAGES: { readonly [N in RouteName]: Page<N> } = {
  title: (ctx) => titleScreen(ctx),
  scenarios: (ctx, r) => scenarioChoiceScreen(ctx, r.seed),
  briefing: (ctx, r) => briefingScreen(ctx, r.scenario, r.seed),
  custom: (ctx, r) => customBriefingScreen(ctx, r.sc, r.seed),
  replay: (ctx, r) => import('../replay/replay').then((m) => () => m.replayScreen(ctx, r.code, r.sc)),
  compare: (ctx, r) => import('../replay/compare').then((m) => () => m.compareScreen(ctx, r.a, r.b, { ...(r.na ? { A: r.na } : {}), ...(r.nb ? { B: r.nb } : {}) })),
  class: (ctx) => import('../class/classView').then((m) => () => m.classScreen(ctx)),
  runs: (ctx, _r, keeper) => import('../library/runsScreen').then((m) => () => m.runsScreen(ctx, keeper)),
  facilitator: (ctx) => import('../facilitator/facilitator').then((m) => () => m.facilitatorScreen(ctx)),
  join: (ctx, r) => import('../room/joinScreen').then((m) => () => m.joinScreen(ctx, r.room)),
  room: (ctx, r) => import('../room/dashboard').then((m) => () => m.dashboardScreen(ctx, r.room, r.key)),
  lab: (ctx, r) => import('../lab/lab').then((m) => () => (r.page === 'model' ? m.modelScreen(ctx, r.at) : m.labScreen(ctx))),
  unknown: (ctx, r) => messageScreen(ctx, t('ui.errors.unknownPage', { path: r.path }), 'link-error'),
};

/** The screen of a route that is not a game. */
export function pageOf(ctx: AppContext, route: Exclude<Route, { name: 'play' }>, keeper: RunKeeper): PageBuild {
  return (PAGES[route.name] as Page<typeof route.name>)(ctx, route as never, keeper);
}
