/**
 * The model's documentation in the app (#/lab/model?at=ANCHOR): docs/MODEL.md,
 * bundled as text and rendered by the safe renderer (markdown.ts), with a
 * contents list and an anchor per heading and per submodel; and, for each
 * parameter, the submodel where it acts (the first submodel paragraph of
 * section 3.3 that names it, else the parameters table).
 */
import modelText from '../../../docs/MODEL.md?raw';
import { t } from '../../i18n';
import type { AppContext } from '../shell/context';
import { h } from '../kit/dom';
import { blockNode, parseBlocks, type Block } from '../kit/markdown';
import { button, screenHeader } from '../shell/header';
import './lab.css';

let blocks: Block[] | null = null;
const acts = new Map<string, string>();

function parsed(): Block[] {
  blocks ??= parseBlocks(modelText);
  return blocks;
}

/** The anchor of the submodel where a parameter acts. */
export function whereActs(key: string): string {
  const known = acts.get(key);
  if (known !== undefined) return known;
  const all = parsed();
  const from = all.findIndex((b) => b.kind === 'heading' && b.id?.includes('submodels'));
  const to = all.findIndex((b, i) => i > from && b.kind === 'heading');
  let found = all.find((b) => b.id?.includes('parameters') && b.kind === 'heading')?.id ?? '';
  let lead = '';
  for (let i = from + 1; i < to; i++) {
    const b = all[i];
    if (b.id) lead = b.id;
    if (lead && b.lines.some((l) => l.includes(key))) {
      found = lead;
      break;
    }
  }
  acts.set(key, found);
  return found;
}

export function modelScreen(ctx: AppContext, at: string): HTMLElement {
  const all = parsed();
  const contents = all.filter((b) => b.kind === 'heading' && b.level >= 2 && b.level <= 3);
  const body = h('article', { class: 'card lab-model', 'data-testid': 'lab-model' }, all.filter((b, i) => !(i === 0 && b.kind === 'heading' && b.level === 1)).map((b) => blockNode(b, 'md-')));
  const page = h(
    'section',
    { class: 'screen lab lab-model-page', 'data-testid': 'lab-model-page' },
    screenHeader(ctx, t('lab.model.heading')),
    h('div', { class: 'actions' }, button(t('lab.model.back'), () => ctx.navigate({ name: 'lab', page: 'main', at: '' }), { 'data-testid': 'lab-back' })),
    h('nav', { class: 'card lab-toc', 'aria-label': t('lab.model.contents') }, h('h2', {}, t('lab.model.contents')), h('ul', {}, contents.map((b) => h('li', { class: `toc-${b.level}` }, h('a', { href: `#/lab/model?at=${b.id ?? ''}` }, b.lines[0].replace(/`/g, '')))))),
    body,
  );
  if (at) {
    requestAnimationFrame(() => {
      const target = document.getElementById(`md-${at}`);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.classList.add('lab-target');
      target.focus({ preventScroll: true });
    });
  }
  return page;
}
