/**
 * The town's top bar, a page element pinned above the town (never zoomed or
 * panned with it): the week the town is on with a strip of the quarter's
 * weeks (a mark where something happened), reputation with its change since
 * the quarter began, cash, the week's word of mouth, and each rep's progress
 * (a button: it opens the rep's card). Drawn from a TopBarView; a redraw
 * changes only what changed.
 */
import { t } from '../../i18n';
import { int, money, pct, signed } from '../../i18n/format';
import { weekShort } from '../../play/weekLabel';
import { weekNumber } from '../../sim';
import { h } from '../kit/dom';
import type { RepBar, TopBarView } from './topBarView';

/** a change of reputation smaller than this (a twentieth of a point) shows no arrow */
const STILL = 0.0005;

function stat(label: string, testid: string): { box: HTMLElement; value: HTMLElement; label: HTMLElement } {
  const value = h('strong', { class: 'hud-value', 'data-testid': testid });
  const name = h('span', { class: 'hud-label' }, label);
  return { box: h('div', { class: `hud-stat ${testid}` }, name, value), value, label: name };
}

export class TopBar {
  readonly element: HTMLElement;
  private readonly week = h('strong', { class: 'hud-value hud-week-value', 'data-testid': 'hud-week' });
  private readonly weekOf = h('span', { class: 'hud-label hud-week-of' });
  private readonly strip = h('ol', { class: 'hud-strip', 'data-testid': 'hud-strip' });
  private readonly rep = stat('', 'hud-reputation');
  private readonly cash = stat('', 'hud-cash');
  private readonly wom = stat('', 'hud-wom');
  private readonly reps = h('ul', { class: 'hud-reps', 'data-testid': 'hud-reps' });
  private readonly title = h('h2', { class: 'sr-only' });
  private last: TopBarView | null = null;
  /** what each part shows, to touch the DOM only on a change */
  private drawn = new Map<string, string>();

  constructor(private readonly onRep: (id: number) => void) {
    this.element = h(
      'section',
      { class: 'town-hud', 'data-testid': 'town-hud' },
      this.title,
      h('div', { class: 'hud-stat hud-week' }, this.week, this.weekOf, this.strip),
      this.rep.box,
      this.cash.box,
      this.wom.box,
      this.reps,
    );
    this.refreshTexts();
  }

  refreshTexts(): void {
    this.title.textContent = t('game.hud.heading');
    this.element.setAttribute('aria-label', t('game.hud.heading'));
    this.rep.label.textContent = t('game.reputation');
    this.cash.label.textContent = t('game.cash');
    this.wom.label.textContent = t('game.wordOfMouth');
    this.drawn.clear();
    if (this.last) this.show(this.last);
  }

  show(v: TopBarView): void {
    this.last = v;
    this.set('week', weekShort(v.week), () => (this.week.textContent = weekShort(v.week)));
    this.set('weekOf', `${v.week}/${v.totalWeeks}`, () => (this.weekOf.textContent = t('game.weekOf', { week: weekNumber(v.week), total: v.totalWeeks })));
    this.set('strip', stripKey(v), () => this.drawStrip(v));
    const d = v.reputation - v.baseline;
    const arrow = d > STILL ? '▲' : d < -STILL ? '▼' : '';
    this.set('rep', `${v.reputation.toFixed(4)}|${v.baseline.toFixed(4)}`, () => {
      const since = t('ui.baseline.sinceQuarterStart');
      const change = t('ui.review.points', { d: signed(d * 100, 1) });
      this.rep.value.replaceChildren(int(v.reputation * 100), arrow ? h('span', { class: `hud-arrow ${d > 0 ? 'up' : 'down'}`, 'aria-hidden': 'true' }, ` ${arrow}`) : '');
      this.rep.value.dataset.baseline = String(v.baseline);
      this.rep.value.dataset.change = String(d);
      const text = t('game.hud.reputationChange', { value: pct(v.reputation), change, since });
      this.rep.box.title = text;
      this.rep.value.setAttribute('aria-label', text);
    });
    this.set('cash', String(Math.round(v.cash)), () => (this.cash.value.textContent = money(v.cash, true)));
    this.set('wom', `${v.womPositive}|${v.womNegative}`, () =>
      this.wom.value.replaceChildren(h('span', { class: 'hud-pos' }, `+${int(v.womPositive)}`), ' ', h('span', { class: 'hud-neg' }, `−${int(v.womNegative)}`)),
    );
    this.drawBars(v.bars);
  }

  private set(part: string, key: string, draw: () => void): void {
    if (this.drawn.get(part) === key) return;
    this.drawn.set(part, key);
    draw();
  }

  private drawStrip(v: TopBarView): void {
    const items: HTMLElement[] = [];
    for (let i = 0; i < v.quarterWeeks; i++) {
      const marks = v.marks[i];
      const week = v.quarterStart + i;
      const state = marks === undefined ? 'future' : week === v.week ? 'current' : 'played';
      const what = marks?.length ? marks.map((m) => t(`game.hud.marks.${m}`)).join(', ') : '';
      const label = what ? t('game.hud.tick', { week: weekShort(week), what }) : weekShort(week);
      items.push(h('li', { class: `hud-tick ${state}${what ? ' marked' : ''}`, title: label, 'data-marks': marks?.join(' ') ?? '' }, h('span', { class: 'sr-only' }, label)));
    }
    this.strip.replaceChildren(...items);
    const marked = v.marks.filter((m) => m.length > 0).length;
    this.strip.setAttribute('aria-label', t('game.hud.strip', { n: marked }));
  }

  private drawBars(bars: RepBar[]): void {
    const ids = bars.map((b) => b.id).join(',');
    if (this.drawn.get('repIds') !== ids) {
      this.drawn.set('repIds', ids);
      this.reps.replaceChildren(
        ...bars.map((b) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'hud-rep', 'data-testid': `hud-rep-${b.id}`, onclick: () => this.onRep(b.id) },
              h('span', { class: 'hud-rep-name' }, t('game.repShort', { n: b.id + 1 })),
              h('span', { class: 'hud-bar' }, h('span', { class: 'hud-fill' }), h('span', { class: 'hud-quota' })),
            ),
          ),
        ),
      );
    }
    bars.forEach((b, i) => {
      const button = this.reps.children[i]?.firstElementChild as HTMLElement | null;
      if (!button) return;
      const ratio = b.target > 0 ? b.value / b.target : 0;
      // with a quota the bar runs to 125 % of it (the quota mark at 80 % of the width)
      const scale = b.quota ? 0.8 : 1;
      const key = `${Math.round(b.value)}|${b.target}|${b.quota}`;
      if (button.dataset.key === key) return;
      button.dataset.key = key;
      button.dataset.value = String(b.value);
      button.classList.toggle('over', b.quota && ratio >= 1);
      button.classList.toggle('no-quota', !b.quota);
      const fill = button.querySelector<HTMLElement>('.hud-fill');
      if (fill) fill.style.transform = `scaleX(${Math.max(0, Math.min(1, ratio * scale)).toFixed(4)})`;
      const mark = button.querySelector<HTMLElement>('.hud-quota');
      if (mark) mark.hidden = !b.quota;
      const name = t('game.repShort', { n: b.id + 1 });
      button.setAttribute('aria-label', b.quota ? t('game.hud.repQuota', { rep: name, pct: pct(ratio) }) : t('game.hud.repSales', { rep: name, sales: money(b.value, true) }));
    });
  }
}

function stripKey(v: TopBarView): string {
  return `${v.quarterStart}|${v.quarterWeeks}|${v.week}|${v.marks.map((m) => m.join('+')).join(',')}`;
}

