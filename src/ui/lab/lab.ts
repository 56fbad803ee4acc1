/**
 * The lab (#/lab): the parameter panel, many seeds of a configuration as fan
 * charts (and two configurations on paired seeds, with a band on their
 * difference), and sweeps over one or two parameters. Every batch is a sweep
 * spec (src/lab/sweepSpec.ts) expanded with expandSpec, so the command line
 * gives the same numbers for the same spec; the runs go to Web Workers, with
 * progress and a Cancel.
 */
import { t } from '../../i18n';
import { SCENARIO_IDS } from '../../scenarios';
import type { AppContext } from '../shell/context';
import { h } from '../kit/dom';
import { button, screenHeader } from '../shell/header';
import { paramPanel, type LabConfig } from './params';
import { seedsSection } from './seeds';
import { CONFIG_CHANGED, sweepSection } from './sweep';
import { workPanel } from './work';
import './lab.css';

export { modelScreen } from './model';
export { WEEK_MEASURES } from './seeds';

/** Kept across visits and language switches: what the researcher set up. */
const config: LabConfig = { scenario: SCENARIO_IDS[0], typed: new Map() };

export function labScreen(ctx: AppContext): HTMLElement {
  const work = workPanel(ctx.pageSignal);
  const panel = paramPanel(config);
  const sweep = sweepSection(config, work, panel.redraw);
  // a change in the panel (the run's length, the market's size…) changes the sweep's size and estimate
  for (const type of ['input', 'change']) panel.element.addEventListener(type, () => sweep.dispatchEvent(new Event(CONFIG_CHANGED)));
  return h(
    'section',
    { class: 'screen screen-wide lab', 'data-testid': 'lab' },
    screenHeader(ctx, t('lab.heading')),
    h('p', { class: 'lead' }, t('lab.lead')),
    h('div', { class: 'actions' }, button(t('lab.home'), () => ctx.navigate({ name: 'title' }), { 'data-testid': 'go-home' }), h('a', { class: 'btn', href: '#/lab/model', 'data-testid': 'lab-open-model' }, t('lab.model.heading'))),
    h('div', { class: 'lab-grid' }, panel.element, h('div', { class: 'lab-main' }, work.element, seedsSection(config, work), sweep)),
  );
}
