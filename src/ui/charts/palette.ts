/**
 * Okabe-Ito colours (told apart with the common colour-vision deficiencies),
 * each paired with a second cue: a dash pattern and a point shape for lines,
 * a hatch pattern for bars. Seven of each: series past the seventh take the
 * colours again with other shapes.
 */
export const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;
export const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 5], [16, 6]];
export const POINTS = ['circle', 'triangle', 'rect', 'rectRot', 'crossRot', 'star', 'rectRounded'] as const;

export function colour(i: number): string {
  return COLOURS[i % COLOURS.length];
}

/**
 * The second cue's place for series `i`: after the seven colours come round, each round shifts the shapes (and the
 * dashes) by one, so no two of the first 49 series share both a colour and a shape (the class scatter's twelve
 * groups and more); the first seven are as before.
 */
function cue(i: number): number {
  return (i + Math.floor(i / COLOURS.length)) % POINTS.length;
}

export function dash(i: number): number[] {
  return DASHES[cue(i) % DASHES.length];
}

export function pointStyle(i: number): (typeof POINTS)[number] {
  return POINTS[cue(i)];
}

/** A fill for bars: solid, stripes, dots, cross-hatch… in the series colour. */
export function hatch(i: number): CanvasPattern | string {
  const c = colour(i);
  const kind = i % 4;
  if (kind === 0) return c;
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  const g = tile.getContext('2d');
  if (!g) return c;
  g.fillStyle = c + '55';
  g.fillRect(0, 0, 10, 10);
  g.strokeStyle = c;
  g.fillStyle = c;
  g.lineWidth = 2.5;
  if (kind === 1) {
    g.beginPath();
    g.moveTo(-1, 11);
    g.lineTo(11, -1);
    g.stroke();
  } else if (kind === 2) {
    g.beginPath();
    g.arc(5, 5, 2.6, 0, 2 * Math.PI);
    g.fill();
  } else {
    g.beginPath();
    g.moveTo(0, 5);
    g.lineTo(10, 5);
    g.moveTo(5, 0);
    g.lineTo(5, 10);
    g.stroke();
  }
  return g.createPattern(tile, 'repeat') ?? c;
}
