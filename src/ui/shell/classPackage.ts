/**
 * A SCORM package built for one class scenario (`npm run build:scorm --
 * --scenario CODE`, scripts/build-scorm.ts): the package's index.html carries
 * the scenario's code and seed in a `<meta name="salesfloor-class">` (one
 * build serves every class package), and the page then opens straight
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

/** The meta element every SCORM package's index.html carries (scripts/build-scorm.ts writes it): the LMS serves the package, so it registers no service worker (src/pwa.ts). */
export const SCORM_META = 'salesfloor-scorm';

/** Whether this page is a SCORM package's. */
export const inScormPackage = (doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): boolean => doc?.querySelector(`meta[name="${SCORM_META}"]`) != null;

/** The meta element a class package's index.html carries (scripts/scormClass.ts writes it). */
export const CLASS_META = 'salesfloor-class';

/** The class scenario this package was made for, or null (every build but a class package, or a meta that cannot be read). */
export function classPackage(doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): ClassPackage | null {
  const content = doc?.querySelector(`meta[name="${CLASS_META}"]`)?.getAttribute('content');
  if (!content) return null;
  try {
    const pin = JSON.parse(content) as Partial<ClassPackage> | null;
    if (typeof pin?.sc !== 'string' || pin.sc === '') return null;
    return { sc: pin.sc, seed: typeof pin.seed === 'string' && pin.seed !== '' ? pin.seed : '1' };
  } catch {
    return null;
  }
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
