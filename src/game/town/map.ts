/** The part of the game area the town's houses are laid out in: between the top bar and the key. */
import { WIDTH } from '../theme';
import { HUD_HEIGHT } from './hud';
import type { Rect } from './layout';
import { LEGEND_TOP } from './legend';

export const TOWN_MAP: Readonly<Rect> = { x: 16, y: HUD_HEIGHT + 10, w: WIDTH - 32, h: LEGEND_TOP - HUD_HEIGHT - 20 };
