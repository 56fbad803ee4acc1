/**
 * The lab's parameter panel, generated from PARAM_SPECS: one control per
 * parameter, grouped by prefix, with its unit and range, checked as it is
 * typed (checkParam's sentence under it, never a stack trace), the chosen
 * scenario's value as the baseline (a changed value is highlighted, with a
 * reset), its description, the constants of its part of the model, and a
 * link to where it acts in the model's documentation.
 */
import { getLocale, hasKey, t } from '../../i18n';
import { PARAM_DESCRIPTIONS_FR } from '../../i18n/paramDescriptions.fr';
import { unitText } from '../../i18n/units';
import { checkParam, CONSTANT_GROUPS, PARAM_SPECS, type ParamSpec, type Params } from '../../sim';
import { SCENARIO_IDS, scenarioParams } from '../../scenarios';
import type { SweepSpec } from '../../lab/sweepSpec';
import { h, labelled, replace } from '../kit/dom';
import { paramProblem } from './checks';
import { whereActs } from './model';

/** What the researcher typed, by key: only values that differ from the scenario are kept. */
export interface LabConfig {
  scenario: string;
  typed: Map<string, string>;
}

const GROUPS = ['plan', 'management', 'reps', 'market', 'run'] as const;

/** The constants tables that belong with each group of parameters. */
const GROUP_CONSTANTS: Record<(typeof GROUPS)[number], Array<keyof typeof CONSTANT_GROUPS>> = {
  plan: ['plan'],
  management: ['people'],
  reps: ['decisions', 'people'],
  market: ['selling', 'customers', 'market'],
  run: ['setup'],
};

export function baseline(config: LabConfig): Params {
  return scenarioParams(config.scenario);
}

/** The typed values that are valid, as overrides; the keys whose text is not. */
export function overrides(config: LabConfig): { set: Record<string, number | string>; bad: string[] } {
  const set: Record<string, number | string> = {};
  const bad: string[] = [];
  for (const [key, text] of config.typed) {
    try {
      set[key] = checkParam(key, text);
    } catch {
      bad.push(key);
    }
  }
  return { set, bad };
}

/** A parameter's description in the page's language (in French: the lever's explanation where the game has one, else the schema's, translated), as `salesfloor params` gives it. */
function description(spec: ParamSpec): string {
  if (getLocale() === 'en') return spec.description;
  const help = `params.${spec.key}.help`;
  return hasKey(help) ? t(help) : (PARAM_DESCRIPTIONS_FR[spec.key] ?? spec.description);
}

function show(v: number | string): string {
  return String(v);
}

function constantsTable(group: (typeof GROUPS)[number]): HTMLElement {
  const rows = GROUP_CONSTANTS[group].flatMap((g) => Object.entries(CONSTANT_GROUPS[g].constants as Record<string, { value: number; source: string }>));
  return h(
    'details',
    { class: 'lab-constants' },
    h('summary', {}, t('lab.params.constants'), ` (${rows.length})`),
    h('div', { class: 'md-table' }, h('table', {}, h('tbody', {}, rows.map(([name, c]) => h('tr', {}, h('th', { scope: 'row' }, h('code', {}, name)), h('td', { class: 'num' }, String(c.value)), h('td', {}, c.source)))))),
  );
}

function control(spec: ParamSpec, config: LabConfig, base: Params, onChange: () => void): HTMLElement {
  const key = spec.key;
  const id = `lab-p-${key.replace('.', '-')}`;
  const baseValue = base[key as keyof Params];
  const message = h('p', { class: 'lab-param-error', id: `${id}-error`, role: 'alert', 'data-testid': `lab-error-${key}` });
  const typedText = config.typed.get(key);
  const input: HTMLInputElement | HTMLSelectElement =
    spec.kind === 'choice'
      ? h('select', { id, 'data-testid': `lab-param-${key}` }, spec.choices.map((c) => h('option', { value: c }, c)))
      : h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', 'data-testid': `lab-param-${key}` });
  input.value = typedText ?? show(baseValue);
  const row = h('div', { class: 'lab-param', 'data-key': key });
  const reset = h('button', { type: 'button', class: 'chip lab-reset', 'aria-label': t('lab.params.resetLabel', { key }), 'data-testid': `lab-reset-${key}` }, t('lab.params.reset'));
  const refresh = () => {
    const text = input.value;
    let valid = true;
    replace(message);
    try {
      const v = checkParam(key, text);
      if (v === baseValue) config.typed.delete(key);
      else config.typed.set(key, text);
    } catch {
      valid = false;
      config.typed.set(key, text);
      message.textContent = paramProblem(key, text);
    }
    const changed = config.typed.has(key);
    row.classList.toggle('lab-diff', changed && valid);
    row.classList.toggle('lab-bad', !valid);
    input.setAttribute('aria-invalid', String(!valid));
    if (!valid) input.setAttribute('aria-describedby', `${id}-error`);
    else input.removeAttribute('aria-describedby');
    reset.hidden = !changed;
  };
  input.addEventListener(spec.kind === 'choice' ? 'change' : 'input', () => {
    refresh();
    onChange();
  });
  reset.addEventListener('click', () => {
    input.value = show(baseValue);
    refresh();
    onChange();
  });
  refresh();
  const range = spec.kind === 'choice' ? spec.choices.join(' · ') : t('lab.params.range', { min: spec.min, max: spec.max, unit: unitText(spec.unit) });
  const at = whereActs(key);
  // the game's name for a lever, in the page's language, beside the key the spec and the CSV use
  const name = hasKey(`params.${key}.label`) ? t(`params.${key}.label`) : null;
  row.append(
    h('label', { for: id }, h('code', {}, key), name ? h('span', { class: 'lab-name' }, ` · ${name}`) : null),
    input,
    h('span', { class: 'lab-range' }, range),
    h('span', { class: 'lab-base' }, t('lab.params.baseline', { value: show(baseValue) })),
    reset,
    h('a', { href: `#/lab/model?at=${encodeURIComponent(at)}`, class: 'lab-doc', 'aria-label': t('lab.params.modelLabel', { key }) }, t('lab.params.model')),
    h('p', { class: 'lab-desc' }, description(spec)),
    message,
  );
  return row;
}

export interface ParamPanel {
  element: HTMLElement;
  /** draws the panel again from the config (after a spec filled it) */
  redraw(): void;
}

/** The scenario select, the groups of controls, and the count of changes with a reset of all (kept in `config`). */
export function paramPanel(config: LabConfig): ParamPanel {
  const panel = h('section', { class: 'card lab-params', 'aria-labelledby': 'lab-params-h', 'data-testid': 'lab-params' });
  const draw = () => {
    const base = baseline(config);
    const count = h('p', { class: 'lab-changed', 'data-testid': 'lab-changed', 'aria-live': 'polite' });
    const recount = () => {
      count.textContent = t('lab.params.changed', { n: config.typed.size });
    };
    const scenario = h('select', { id: 'lab-scenario', 'data-testid': 'lab-scenario' }, SCENARIO_IDS.map((s) => h('option', { value: s }, `${t(`scenarios.${s}.title`)} (${s})`)));
    scenario.value = config.scenario;
    scenario.addEventListener('change', () => {
      config.scenario = scenario.value;
      config.typed.clear();
      draw();
    });
    const resetAll = h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'lab-reset-all', onclick: () => {
      config.typed.clear();
      draw();
    } }, t('lab.params.resetAll'));
    replace(
      panel,
      h('h2', { id: 'lab-params-h' }, t('lab.params.heading')),
      labelled('lab-field', t('lab.scenario'), scenario),
      h('div', { class: 'lab-changed-line' }, count, resetAll),
      GROUPS.map((g) =>
        h(
          'details',
          { class: 'lab-group', open: g === 'plan', 'data-testid': `lab-group-${g}` },
          h('summary', {}, t(`lab.params.groups.${g}`)),
          PARAM_SPECS.filter((s) => s.key.startsWith(`${g}.`)).map((s) => control(s, config, base, recount)),
          constantsTable(g),
        ),
      ),
    );
    recount();
  };
  draw();
  return { element: panel, redraw: draw };
}

/** The spec of the configuration: the scenario, the seeds ("1" … "n" for a count), the run's length as `weeks` when changed, and the other valid changes as `set`. */
export function configSpec(cfg: LabConfig, seeds: SweepSpec['seeds']): SweepSpec {
  const { set } = overrides(cfg);
  const { 'run.weeks': weeks, ...rest } = set;
  return { scenario: cfg.scenario, seeds, ...(typeof weeks === 'number' ? { weeks } : {}), ...(Object.keys(rest).length ? { set: rest } : {}) };
}

/** Puts a spec's scenario, `set` and `weeks` into the config, in place of what was typed (values equal to the scenario's are dropped when the panel draws). */
export function fillConfig(cfg: LabConfig, spec: SweepSpec): void {
  cfg.scenario = Array.isArray(spec.scenario) ? spec.scenario[0] : spec.scenario;
  cfg.typed.clear();
  for (const [key, v] of Object.entries(spec.set ?? {})) cfg.typed.set(key, String(v));
  if (spec.weeks !== undefined) cfg.typed.set('run.weeks', String(spec.weeks));
}

/** When a typed value is bad: opens its group and puts the focus on it; true when there was one. */
export function focusBad(cfg: LabConfig): boolean {
  const [key] = overrides(cfg).bad;
  if (key === undefined) return false;
  const input = document.querySelector<HTMLElement>(`[data-testid="lab-param-${key}"]`);
  const group = input?.closest('details');
  if (group) group.open = true;
  input?.focus();
  return true;
}
