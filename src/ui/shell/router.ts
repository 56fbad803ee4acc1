/**
 * Hash routes: #/, #/scenarios, #/briefing?scenario=&seed=, #/play?scenario=&seed=,
 * and the instructor's: #/replay?code=, #/compare?a=&b=, #/class, #/facilitator;
 * the researcher's: #/lab, #/lab/model?at=HEADING (the model's documentation);
 * a facilitator's scenario: #/custom?sc=CODE&seed= (its briefing), #/play?sc=CODE&seed= (its game);
 * the player's library of runs: #/runs;
 * the live room (salesfloor class): #/join?room=CODE (a player), #/room?room=CODE&key=SECRET (the instructor),
 * and a room's game #/play?sc=CODE&seed=&room=CODE.
 */
export type Route =
  | { name: 'title' }
  /** sc: the class scenario's code a replay link may carry next to the run code */
  | { name: 'replay'; code: string; sc?: string }
  /** na, nb: the trainees' names, when the class view opens it */
  | { name: 'compare'; a: string; b: string; na?: string; nb?: string }
  | { name: 'class' }
  | { name: 'runs' }
  | { name: 'facilitator' }
  | { name: 'lab'; page: 'main' | 'model'; at: string }
  | { name: 'custom'; sc: string; seed: string }
  | { name: 'scenarios'; seed: string | null }
  | { name: 'briefing'; scenario: string; seed: string }
  | { name: 'play'; scenario: string; seed: string; sc?: string; room?: string }
  | { name: 'join'; room: string }
  | { name: 'room'; room: string; key: string }
  | { name: 'unknown'; path: string };

/** The #/play route of a game: its scenario and seed, or a facilitator's scenario code and seed; a live room's game names its room. */
export function playRoute(game: { scenario: string; seed: string; sc?: string; room?: string }): Route {
  const room = game.room !== undefined ? { room: game.room } : {};
  return game.sc !== undefined ? { name: 'play', scenario: game.scenario, seed: game.seed, sc: game.sc, ...room } : { name: 'play', scenario: game.scenario, seed: game.seed, ...room };
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  switch (path) {
    case '/':
    case '':
      return { name: 'title' };
    case '/scenarios':
      return { name: 'scenarios', seed: params.get('seed') };
    case '/briefing':
      return { name: 'briefing', scenario: params.get('scenario') ?? '', seed: params.get('seed') ?? '' };
    case '/play': {
      const sc = params.get('sc');
      const room = params.get('room');
      return { name: 'play', scenario: params.get('scenario') ?? '', seed: params.get('seed') ?? '', ...(sc !== null ? { sc } : {}), ...(room !== null ? { room } : {}) };
    }
    case '/join':
      return { name: 'join', room: params.get('room') ?? '' };
    case '/room':
      return { name: 'room', room: params.get('room') ?? '', key: params.get('key') ?? '' };
    case '/custom':
      return { name: 'custom', sc: params.get('sc') ?? '', seed: params.get('seed') ?? '' };
    case '/replay':
      return { name: 'replay', code: params.get('code') ?? '', ...(params.get('sc') ? { sc: params.get('sc') as string } : {}) };
    case '/compare':
      return { name: 'compare', a: params.get('a') ?? '', b: params.get('b') ?? '', ...(params.get('na') ? { na: params.get('na') as string } : {}), ...(params.get('nb') ? { nb: params.get('nb') as string } : {}) };
    case '/class':
      return { name: 'class' };
    case '/runs':
      return { name: 'runs' };
    case '/facilitator':
      return { name: 'facilitator' };
    case '/lab':
    case '/lab/model':
      return { name: 'lab', page: path === '/lab' ? 'main' : 'model', at: params.get('at') ?? '' };
    default:
      return { name: 'unknown', path };
  }
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'title':
      return '#/';
    case 'scenarios':
      return route.seed ? `#/scenarios?seed=${encodeURIComponent(route.seed)}` : '#/scenarios';
    case 'briefing':
      return `#/briefing?${new URLSearchParams({ scenario: route.scenario, seed: route.seed }).toString()}`;
    case 'play': {
      const q: Record<string, string> = route.sc !== undefined ? { sc: route.sc, seed: route.seed } : { scenario: route.scenario, seed: route.seed };
      if (route.room !== undefined) q.room = route.room;
      return `#/play?${new URLSearchParams(q).toString()}`;
    }
    case 'custom':
      return `#/custom?${new URLSearchParams({ sc: route.sc, seed: route.seed }).toString()}`;
    case 'replay':
      return route.code ? `#/replay?${new URLSearchParams({ code: route.code, ...(route.sc ? { sc: route.sc } : {}) }).toString()}` : '#/replay';
    case 'compare':
      return `#/compare?${new URLSearchParams({ a: route.a, b: route.b, ...(route.na ? { na: route.na } : {}), ...(route.nb ? { nb: route.nb } : {}) }).toString()}`;
    case 'class':
      return '#/class';
    case 'runs':
      return '#/runs';
    case 'facilitator':
      return '#/facilitator';
    case 'join':
      return `#/join?${new URLSearchParams({ room: route.room }).toString()}`;
    case 'room':
      return `#/room?${new URLSearchParams({ room: route.room, key: route.key }).toString()}`;
    case 'lab':
      return route.page === 'main' ? '#/lab' : route.at ? `#/lab/model?${new URLSearchParams({ at: route.at }).toString()}` : '#/lab/model';
    default:
      return '#/';
  }
}
