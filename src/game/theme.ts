/**
 * Colours, fonts and sizes shared by the scenes. The satisfaction scale is
 * colour-blind safe (Okabe–Ito blue ↔ orange) and every step also has a
 * shape cue drawn on the house (see town/houseShape.ts).
 */

export const WIDTH = 1280;
export const HEIGHT = 720;

export const FONT = 'Inter, system-ui, sans-serif';

export const COLORS = {
  sky: 0xdfeaf2,
  ground: 0xe6eadc,
  street: 0xd3d8c8,
  block: 0xdde5cf,
  hud: 0x1d2a3a,
  hudText: '#ffffff',
  hudMuted: '#aebcd0',
  ink: '#1d2a3a',
  inkMuted: '#4a5a6e',
  barTrack: 0x3a4a5e,
  barFill: 0x56b4e9,
  barOver: 0xf0e442,
  office: 0x3d4f66,
  officeRoof: 0x2a3748,
  officeWindow: 0xf6e7a8,
  positive: 0x0072b2,
  negative: 0xd55e00,
  money: 0x1b7f4b,
} as const;

/** House states: 0 prospect, 1 pending deal, 2-6 active customers by satisfaction bin, 7 lost. */
export const HOUSE_STATES = 8;
export const PROSPECT = 0;
export const PENDING = 1;
export const ACTIVE_FIRST = 2;
export const LOST = 7;

/** Upper bounds of the satisfaction bins of active customers (the last bin is open). */
/** Matches the core's detractor (0.45) and promoter (0.75) thresholds. */
export const SAT_BINS = [0.25, 0.45, 0.6, 0.75] as const;

/** Body and roof colours of each house state. */
export const HOUSE_BODY = [0xc3c7cc, 0xc3c7cc, 0xd55e00, 0xe69f00, 0xe9dfb8, 0x56b4e9, 0x0072b2, 0xe6eadc] as const;
export const HOUSE_ROOF = [0x979da5, 0x5d6875, 0x8f3f00, 0x9c6c00, 0xa89d78, 0x2f7fae, 0x004a75, 0xb4b9af] as const;

export function satBin(sat: number): number {
  let bin = 0;
  while (bin < SAT_BINS.length && sat >= SAT_BINS[bin]) bin++;
  return bin;
}

export function hex(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}
