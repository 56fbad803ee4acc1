/** The part of the game area the town's houses are laid out in: all of it but a margin (the top bar and the key are page elements outside it). */
import { HEIGHT, WIDTH } from '../theme';
import type { Rect } from './layout';

export const TOWN_MAP: Readonly<Rect> = { x: 16, y: 14, w: WIDTH - 32, h: HEIGHT - 28 };
