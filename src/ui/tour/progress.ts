/**
 * How far the guided tour has got, remembered in localStorage: the part to
 * show next, or done (finished or skipped: never again, until the player asks
 * for it from the title). With storage blocked (private mode) it lives in
 * memory, so the tour shows once per page load.
 */

/** the parts in order: the town and the plan at a first planning, the reps and a customer mid-quarter, the ledgers at the review */
export type TourPart = 'plan' | 'play' | 'review';
export type TourProgress = TourPart | 'done';

const KEY = 'salesfloor.tour';
const VALUES: readonly TourProgress[] = ['plan', 'play', 'review', 'done'];

let memory: TourProgress | null = null;
/** asked for from the title: the plan part shows at the next planning, whatever the quarter */
let asked = false;

export function tourProgress(): TourProgress {
  if (memory) return memory;
  try {
    const v = localStorage.getItem(KEY) as TourProgress | null;
    memory = v && VALUES.includes(v) ? v : 'plan';
  } catch {
    memory = 'plan';
  }
  return memory;
}

export function setTourProgress(p: TourProgress): void {
  memory = p;
  if (p === 'done') asked = false;
  try {
    localStorage.setItem(KEY, p);
  } catch {
    // storage blocked: remembered for this page load only
  }
}

/** The title's "Guided tour": from the start again, at the next planning. */
export function askForTour(): void {
  setTourProgress('plan');
  asked = true;
}

export function tourAsked(): boolean {
  return asked;
}
