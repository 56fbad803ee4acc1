/**
 * The game's pictures: Fluent Emoji Flat icons (MIT, Microsoft) copied to
 * public/art/emoji by assets/emoji/extract-emoji.mjs and rasterised at load,
 * plus a few shapes drawn at start (rings, a shadow, a bubble), all packed
 * into one texture so that sprites batch into few draw calls.
 */
import type { Scene } from 'phaser';
import { COLORS } from './theme';
import { emojiUrl } from '../shared/emojiUrl';

/** Rep characters, picked by rep id. */
export const REP_ART = [
  'office-worker-medium', 'woman-office-worker-light', 'man-office-worker-dark', 'woman-office-worker-medium',
  'man-office-worker-light', 'office-worker-medium-dark', 'woman-office-worker-dark', 'man-office-worker-medium-light',
  'office-worker-light', 'woman-office-worker-medium-light', 'man-office-worker-medium', 'office-worker-medium-light',
] as const;

export const ICON = {
  relate: 'handshake',
  push: 'megaphone',
  deal: 'money-bag',
  discount: 'label',
  returned: 'package',
  angry: 'angry-face',
  praise: 'wom-praise',
  complaint: 'wom-complaint',
  star: 'glowing-star',
  leaves: 'waving-hand',
  hire: 'sparkles',
  bonus: 'trophy',
  misconduct: 'warning',
  quit: 'door',
  tree: 'deciduous-tree',
  pine: 'evergreen-tree',
  sun: 'sun-behind-small-cloud',
  cloud: 'cloud',
  love: 'smiling-face-with-heart-eyes',
  pulledIn: 'fast-reverse-button',
  heldBack: 'pause-button',
} as const;

/** The icons drawn here rather than loaded. */
const DRAWN: readonly string[] = [ICON.praise, ICON.complaint];
/** The icons loaded from public/art/emoji. */
export const EMOJI = Object.values(ICON).filter((name) => !DRAWN.includes(name));

const ICON_PX = 64;
const REP_PX = 96;
const BIG_PX = 128;
const BIG: readonly string[] = [ICON.tree, ICON.pine, ICON.sun, ICON.cloud];

/** The one texture every picture lives in (a single texture keeps draws batched). */
export const ART = 'art';

export function repFrame(id: number): string {
  return REP_ART[((id % REP_ART.length) + REP_ART.length) % REP_ART.length];
}

export function iconFrame(name: (typeof ICON)[keyof typeof ICON]): string {
  return name;
}

const loadKey = (name: string) => `emoji-${name}`;

/** Queues every picture on a scene's loader. */
export function loadArt(scene: Scene): void {
  for (const name of REP_ART) scene.load.svg(loadKey(name), emojiUrl(name), { width: REP_PX, height: REP_PX });
  for (const name of EMOJI) {
    const px = BIG.includes(name) ? BIG_PX : ICON_PX;
    scene.load.svg(loadKey(name), emojiUrl(name), { width: px, height: px });
  }
}

function css(color: number, alpha = 1): string {
  return `rgba(${(color >> 16) & 255},${(color >> 8) & 255},${color & 255},${alpha})`;
}

type Painter = (ctx: CanvasRenderingContext2D) => void;

/** Shapes drawn for the effects: word-of-mouth rings (smooth = praise, jagged = complaint), a shadow, a bubble. */
const SHAPES: [string, number, number, Painter][] = [
  ['ring-pos', 64, 64, (ctx) => {
    ctx.strokeStyle = css(COLORS.positive);
    ctx.lineWidth = 5;
    ctx.beginPath();
    ctx.arc(32, 32, 27, 0, Math.PI * 2);
    ctx.stroke();
  }],
  ['ring-neg', 64, 64, (ctx) => {
    ctx.strokeStyle = css(COLORS.negative);
    ctx.lineWidth = 4;
    ctx.lineJoin = 'miter';
    ctx.beginPath();
    const spikes = 12;
    for (let i = 0; i <= spikes * 2; i++) {
      const a = (i / (spikes * 2)) * Math.PI * 2;
      const r = i % 2 === 0 ? 29 : 21;
      const x = 32 + r * Math.cos(a);
      const y = 32 + r * Math.sin(a);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
  }],
  ['wom-praise', 48, 48, (ctx) => {
    // a round blue speech bubble with a white heart: someone speaks well of us
    ctx.fillStyle = css(COLORS.positive);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.arc(24, 21, 17, 0, Math.PI * 2);
    ctx.moveTo(13, 32);
    ctx.lineTo(9, 44);
    ctx.lineTo(22, 36);
    ctx.closePath();
    ctx.stroke();
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.moveTo(24, 30);
    ctx.bezierCurveTo(12, 22, 15, 11, 24, 16);
    ctx.bezierCurveTo(33, 11, 36, 22, 24, 30);
    ctx.fill();
  }],
  ['wom-complaint', 48, 48, (ctx) => {
    // a jagged orange bubble with a white "!": a complaint going round
    ctx.fillStyle = css(COLORS.negative);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3;
    ctx.lineJoin = 'miter';
    ctx.beginPath();
    const spikes = 9;
    for (let i = 0; i <= spikes * 2; i++) {
      const a = (i / (spikes * 2)) * Math.PI * 2 - Math.PI / 2;
      const r = i % 2 === 0 ? 21 : 14;
      const x = 24 + r * Math.cos(a);
      const y = 23 + r * Math.sin(a);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.closePath();
    ctx.stroke();
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(21.5, 12, 5, 14);
    ctx.fillRect(21.5, 29, 5, 5);
  }],
  ['shadow', 32, 12, (ctx) => {
    ctx.fillStyle = 'rgba(29,42,58,0.22)';
    ctx.beginPath();
    ctx.ellipse(16, 6, 15, 5, 0, 0, Math.PI * 2);
    ctx.fill();
  }],
  ['bubble', 48, 48, (ctx) => {
    ctx.fillStyle = 'rgba(255,255,255,0.95)';
    ctx.strokeStyle = 'rgba(29,42,58,0.35)';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(24, 22, 19, 0, Math.PI * 2);
    ctx.moveTo(18, 38);
    ctx.lineTo(24, 46);
    ctx.lineTo(28, 38);
    ctx.fill();
    ctx.stroke();
  }],
];

/**
 * Packs the loaded emoji and the drawn shapes into one canvas texture with a
 * frame per picture, then drops the separate textures.
 */
export function buildAtlas(scene: Scene): void {
  if (scene.textures.exists(ART)) return;
  const CELL = BIG_PX + 2;
  const names = [...REP_ART, ...EMOJI];
  const count = names.length + SHAPES.length;
  const cols = 8;
  const rows = Math.ceil(count / cols);
  const tex = scene.textures.createCanvas(ART, cols * CELL, rows * CELL);
  if (!tex) return;
  const ctx = tex.getContext();
  const frames: [string, number, number, number, number][] = [];
  let i = 0;
  const place = (): [number, number] => {
    const x = (i % cols) * CELL + 1;
    const y = Math.floor(i / cols) * CELL + 1;
    i++;
    return [x, y];
  };
  for (const name of names) {
    const [x, y] = place();
    const key = loadKey(name);
    if (!scene.textures.exists(key)) continue;
    const src = scene.textures.get(key).getSourceImage() as CanvasImageSource & { width: number; height: number };
    ctx.drawImage(src, x, y, src.width, src.height);
    frames.push([name, x, y, src.width, src.height]);
    scene.textures.remove(key);
  }
  for (const [name, w, h, paint] of SHAPES) {
    const [x, y] = place();
    ctx.save();
    ctx.translate(x, y);
    paint(ctx);
    ctx.restore();
    frames.push([name, x, y, w, h]);
  }
  for (const [name, x, y, w, h] of frames) tex.add(name, 0, x, y, w, h);
  tex.refresh();
}
