/**
 * Chart.js as the component tests see it: a class with Chart.js's static
 * surface (defaults, register) that keeps every chart's type and data instead
 * of drawing, so a test can check that a chart shows the run's numbers.
 */
interface ChartConfig {
  type: string;
  data: { labels?: unknown[]; datasets: Array<{ label?: string; data: unknown[] }> };
  options?: unknown;
}

const made: Chart[] = [];

export class Chart {
  static defaults = { font: { family: '', size: 14 }, color: '', borderColor: '', animation: false };
  static register(): void {}
  static get instances(): Record<number, Chart> {
    return Object.fromEntries(made.filter((c) => !c.destroyed).map((c, i) => [i, c]));
  }
  static getChart(canvas: HTMLCanvasElement): Chart | undefined {
    return made.find((c) => c.canvas === canvas && !c.destroyed);
  }
  readonly canvas: HTMLCanvasElement;
  config: ChartConfig;
  destroyed = false;

  constructor(item: HTMLCanvasElement, config: ChartConfig) {
    this.canvas = item;
    this.config = config;
    made.push(this);
  }

  get data(): ChartConfig['data'] {
    return this.config.data;
  }

  get options(): unknown {
    return this.config.options;
  }

  update(): void {}
  resize(): void {}
  draw(): void {}
  destroy(): void {
    this.destroyed = true;
  }
}

/** The charts still on the page (not destroyed), in the order they were made. */
export function liveCharts(): Chart[] {
  return made.filter((c) => !c.destroyed && c.canvas.isConnected);
}

export function resetCharts(): void {
  made.length = 0;
}
