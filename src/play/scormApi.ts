/**
 * The SCORM 1.2 run-time API an LMS puts on a window above the content: found
 * by the standard search (this window, then its parents up to the top, then
 * the opener and its parents), as in ADL's sample `getAPI()`. Frames of
 * another origin cannot be read; the search steps over them.
 */

/** The eight calls of SCORM 1.2's API (RTE 3.3): every value is a string, every result "true"/"false" or a value. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** ADL's sample gives up after this many parents. */
const MAX_PARENTS = 500;

function apiOn(win: Window): Scorm12Api | null {
  try {
    const api = (win as Window & { API?: unknown }).API;
    if (api && typeof api === 'object' && typeof (api as Scorm12Api).LMSInitialize === 'function' && typeof (api as Scorm12Api).LMSSetValue === 'function') return api as Scorm12Api;
  } catch {
    // another origin's frame: not readable
  }
  return null;
}

function searchUp(start: Window): Scorm12Api | null {
  let win = start;
  for (let i = 0; i <= MAX_PARENTS; i++) {
    const api = apiOn(win);
    if (api) return api;
    let parent: Window | null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The LMS's API, or null outside an LMS. */
export function findScormApi(from: Window = window): Scorm12Api | null {
  const found = searchUp(from);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = from.opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener) : null;
}
