/**
 * A SCORM package built for one class scenario (`npm run build:scorm --
 * --scenario CODE`, scripts/build-scorm.ts): Vite puts the scenario's code
 * and seed in import.meta.env at build time, and the page then opens straight
 * into that scenario's briefing and game. The title screen's story choice and
 * the instructor's pages (class view, lab, scenario builder, replay, compare,
 * live room) are not part of it: their routes are refused with a message.
 * Every other build has no class package and routes as before.
 */
import type { Route } from './router';

export interface ClassPackage {
  /** the class scenario's code (sfs1.…) */
  sc: string;
  seed: string;
}

/** The class scenario this build was made for, or null (every build but a class package). */
export function classPackage(env: Record<string, unknown> = import.meta.env): ClassPackage | null {
  const sc = env.VITE_CLASS_SCENARIO;
  if (typeof sc !== 'string' || sc === '') return null;
  const seed = env.VITE_CLASS_SEED;
  return { sc, seed: typeof seed === 'string' && seed !== '' ? seed : '1' };
}

/**
 * In a class package, the route to show for the one asked: the scenario's
 * briefing instead of the title or a story choice, a game only of that
 * scenario, 'refused' for the instructor's pages. Outside one, the route.
 */
export function classPackageRoute(route: Route, pkg: ClassPackage | null = classPackage()): Route | 'refused' {
  if (!pkg) return route;
  const briefing: Route = { name: 'custom', sc: pkg.sc, seed: pkg.seed };
  switch (route.name) {
    case 'title':
    case 'scenarios':
    case 'briefing':
      return briefing;
    case 'custom':
      return route.sc === pkg.sc ? route : briefing;
    case 'play':
      return route.sc === pkg.sc ? route : briefing;
    case 'unknown':
      return route;
    default:
      return 'refused';
  }
}
