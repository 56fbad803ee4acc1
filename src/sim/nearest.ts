/**
 * "Did you mean": the nearest of a list of words to a mistyped one, for the
 * messages that refuse an unknown parameter, scenario, command or option.
 * Text matching, not a rule of the model: its numbers are the edit distance's.
 */

/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours: "rnu" is one from "run"), case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let before: number[] = [];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) next[j] = Math.min(next[j], before[j - 2] + 1);
    }
    before = row;
    row = next;
  }
  return row[y.length];
}

const lastSegment = (key: string) => key.slice(key.lastIndexOf('.') + 1);

/**
 * The candidates nearest a mistyped word, best first (at most `max`): by edit
 * distance on the whole word and on its last dot-separated segment (so
 * "comissionRate" finds "plan.commissionRate"), within about a quarter of its
 * length. None when nothing is that close.
 */
export function nearest(word: string, candidates: readonly string[], max = 3): string[] {
  const limit = (text: string) => Math.max(1, Math.floor(text.length / 4));
  const scored: { candidate: string; d: number }[] = [];
  for (const candidate of candidates) {
    const whole = distance(word, candidate);
    const tail = distance(lastSegment(word), lastSegment(candidate));
    const d = whole <= limit(word) ? whole : tail <= limit(lastSegment(word)) ? tail + 0.5 : Infinity;
    if (d !== Infinity) scored.push({ candidate, d });
  }
  return scored.sort((a, b) => a.d - b.d).slice(0, max).map((s) => s.candidate);
}

/** "a, b or c": suggestions as the messages list them. */
export const orList = (words: readonly string[], or = 'or') => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${or} ${words[words.length - 1]}`);
