/**
 * Everything in the town that stands still, painted with the 2D canvas API
 * on a canvas element the page stacks under the game's canvas: the ground,
 * streets, houses and office. (The top bar and the map key are page elements
 * outside the town, src/ui/town/, never zoomed with it.) The game
 * canvas (WebGL) is transparent where the town shows through and draws only
 * what moves: the reps and the pop-ups. A part of a backdrop is repainted
 * only when it changes (a house that changed state, the bar after a deal).
 *
 * Why not draw it all in WebGL: a machine without a GPU renders WebGL in
 * software (SwiftShader in Chromium), where everything drawn costs its
 * pixels again every frame. The ~10,000 flat triangles of 3,000 houses took
 * about a third of a frame there, the texts of the bar and the key another
 * fifth, and a baked full-map texture (a Dynamic- or RenderTexture) costs
 * more still: a textured pixel is dearer than a flat one. The browser
 * composites an unchanged canvas for the price of a copy.
 */
import type { Scene } from 'phaser';
import { ART } from '../art';
import { COLORS, FONT, HEIGHT, WIDTH, hex } from '../theme';
import type { Rect } from './layout';

export interface PaintTextStyle {
  size: number;
  bold?: boolean;
  color: string;
}

/** Drawing on one of the backdrop's canvases, in game coordinates. */
export class Painter {
  constructor(
    readonly ctx: CanvasRenderingContext2D,
    private readonly scene: Scene,
    /** what clear() leaves: the ground colour, or null for transparent */
    private readonly ground: string | null,
  ) {}

  clear(x: number, y: number, w: number, h: number): void {
    if (this.ground === null) {
      this.ctx.clearRect(x, y, w, h);
      return;
    }
    this.ctx.fillStyle = this.ground;
    this.ctx.fillRect(x, y, w, h);
  }

  fill(x: number, y: number, w: number, h: number, color: number, alpha = 1, radius = 0): void {
    const ctx = this.ctx;
    ctx.globalAlpha = alpha;
    ctx.fillStyle = hex(color);
    if (radius > 0) {
      ctx.beginPath();
      ctx.roundRect(x, y, w, h, radius);
      ctx.fill();
    } else ctx.fillRect(x, y, w, h);
    ctx.globalAlpha = 1;
  }

  /** One picture of the game's atlas, `w` × `h` with its origin at (x, y). */
  picture(frame: string, x: number, y: number, w: number, h: number, originX = 0.5, originY = 0.5): void {
    const texture = this.scene.textures.get(ART);
    const f = texture.get(frame);
    const source = texture.getSourceImage() as CanvasImageSource;
    this.ctx.drawImage(source, f.cutX, f.cutY, f.cutWidth, f.cutHeight, x - originX * w, y - originY * h, w, h);
  }

  /**
   * Text placed as a Phaser Text object at (x, y) with that origin and
   * vertical padding would be: its box spans the ascent and descent of
   * "|MÉqgy" in the font. Returns the text's width.
   */
  text(value: string, x: number, y: number, style: PaintTextStyle, originX = 0, originY = 0, padY = 0): number {
    const ctx = this.ctx;
    ctx.font = font(style);
    ctx.textBaseline = 'alphabetic';
    const box = ctx.measureText('|MÉqgy');
    const ascent = Math.ceil(box.actualBoundingBoxAscent);
    const height = ascent + Math.ceil(box.actualBoundingBoxDescent) + 2 * padY;
    const width = ctx.measureText(value).width;
    ctx.fillStyle = style.color;
    ctx.fillText(value, x - originX * width, y - originY * height + padY + ascent);
    return width;
  }

  /** Width of a text in a style, as text() would draw it. */
  measure(value: string, style: PaintTextStyle): number {
    this.ctx.font = font(style);
    return this.ctx.measureText(value).width;
  }
}

function font(style: PaintTextStyle): string {
  return `${style.bold ? 'bold' : 'normal'} ${style.size}px ${FONT}`;
}

function layer(name: string, height: number, opaque: boolean): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = height;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.dataset.layer = name;
  Object.assign(canvas.style, { position: 'absolute', pointerEvents: 'none', margin: '0' });
  const ctx = canvas.getContext('2d', { alpha: !opaque });
  if (!ctx) throw new Error('no 2D canvas for the town');
  return [canvas, ctx];
}

export class TownBackdrop {
  /** under the game canvas, the whole game area */
  readonly under: Painter;
  private readonly canvases: HTMLCanvasElement[];

  constructor(scene: Scene) {
    const [under, underCtx] = layer('town-under', HEIGHT, true);
    this.canvases = [under];
    this.under = new Painter(underCtx, scene, hex(COLORS.block));
    const game = scene.game.canvas;
    // the game canvas stacks over its positioned sibling only if it is positioned too
    if (getComputedStyle(game).position === 'static') game.style.position = 'relative';
    game.before(under);
    // in the world box the stage view moves (viewport.ts), under the game canvas
    Object.assign(under.style, { left: '0', top: '0', width: `${WIDTH}px`, height: `${HEIGHT}px` });
    this.under.clear(0, 0, WIDTH, HEIGHT);
  }

  /** The streets between the blocks, relative to the map's corner. */
  paintStreets(map: Rect, streets: readonly Rect[]): void {
    for (const r of streets) this.under.fill(map.x + r.x, map.y + r.y, r.w, r.h, COLORS.street);
  }

  destroy(): void {
    for (const c of this.canvases) c.remove();
  }
}
