/** First scene: nothing to load yet; hands over to the Preloader. */
import { Scene } from 'phaser';
import { COLORS } from '../theme';

export class Boot extends Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLORS.sky);
    this.scene.start('Preloader');
  }
}
