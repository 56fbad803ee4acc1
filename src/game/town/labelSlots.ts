/**
 * The pop-ups' short labels (a deal's value, "new hire") drawn on one canvas
 * texture, a slot each. One texture batches with the pictures in a draw call,
 * where a Text object per label is a texture, a draw call and an upload of
 * its own; and only a slot whose text changed is redrawn (the texture
 * uploads once a frame at most).
 */
import type { Scene, Textures } from 'phaser';
import { FONT } from '../theme';

const SLOT_W = 160;
const SLOT_H = 24;
const COLUMNS = 4;
const PAD_X = 4;
const PAD_Y = 1;
const BACKGROUND = 'rgba(255,255,255,0.88)';

export class LabelSlots {
  readonly key: string;
  private readonly texture: Textures.CanvasTexture;
  private dirty = false;

  constructor(scene: Scene, count: number) {
    this.key = `labels-${scene.scene.key}`;
    const rows = Math.ceil(count / COLUMNS);
    const old = scene.textures.exists(this.key) ? scene.textures.get(this.key) : null;
    if (old) scene.textures.remove(old);
    const texture = scene.textures.createCanvas(this.key, COLUMNS * SLOT_W, rows * SLOT_H);
    if (!texture) throw new Error('no canvas texture for the labels');
    this.texture = texture;
    for (let i = 0; i < count; i++) texture.add(this.frame(i), 0, (i % COLUMNS) * SLOT_W, Math.floor(i / COLUMNS) * SLOT_H, 1, 1);
  }

  frame(slot: number): string {
    return String(slot);
  }

  /** Draws `content` in `color` on its white tag into a slot, and sizes the slot's frame to it. */
  set(slot: number, content: string, color: string): void {
    const ctx = this.texture.getContext();
    const x = (slot % COLUMNS) * SLOT_W;
    const y = Math.floor(slot / COLUMNS) * SLOT_H;
    ctx.clearRect(x, y, SLOT_W, SLOT_H);
    ctx.font = `bold 13px ${FONT}`;
    ctx.textBaseline = 'alphabetic';
    const box = ctx.measureText('|MÉqgy');
    const ascent = Math.ceil(box.actualBoundingBoxAscent);
    const h = Math.min(SLOT_H, ascent + Math.ceil(box.actualBoundingBoxDescent) + 2 * PAD_Y);
    const textW = Math.min(SLOT_W - 2 * PAD_X, Math.ceil(ctx.measureText(content).width));
    const w = textW + 2 * PAD_X;
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(x, y, w, h);
    ctx.fillStyle = color;
    ctx.fillText(content, x + PAD_X, y + PAD_Y + ascent, textW);
    this.texture.get(this.frame(slot)).setSize(w, h, x, y);
    this.dirty = true;
  }

  /** Uploads the texture if a slot changed (call once a frame, before rendering). */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.texture.refresh();
  }
}
