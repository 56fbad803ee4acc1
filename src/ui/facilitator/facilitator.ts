/**
 * The facilitator's page (#/facilitator): a base story, its starting plan and
 * market, timed market events, locked or bounded levers, a title and briefing
 * in both languages → a scenario code and a link (#/custom?sc=CODE&seed=S).
 * And that link's briefing, which trainees read before they play. Every text
 * the facilitator writes is shown as text, never as HTML. The draft is kept
 * in localStorage as it is edited (draft.ts): a reload or a language switch
 * opens the page on it, "Start over" clears it.
 */
import { goalField } from './goalField';
import { goalFor } from '../../play/goals';
import { EVENT_KINDS, findSpec, TIMED_EVENTS, weekIndex, weekNumber, type Params } from '../../sim';
import { getLocale, hasKey, t } from '../../i18n';
import { SCENARIO_IDS, scenarioParams } from '../../scenarios';
import { checkScenario, type EventDecision, type FacilitatorScenario, type ScenarioGoal } from '../../codes/facilitatorScenario';
import { decodeScenarioCode, encodeScenarioCode } from '../../codes/scenarioCode';
import { RunCodeError } from '../../codes/runCode';
import type { AppContext } from '../shell/context';
import { h, labelled, replace, tableWrap } from '../kit/dom';
import { isValidSeed, randomSeed } from '../../play/seed';
import { button, screenHeader } from '../shell/header';
import { scenarioQr } from './scenarioQr';
import { knownScenarios } from '../kit/scenarioField';
import { customBriefingBody } from './customBriefing';
import { previewRuns } from './preview';
import { eventText } from '../../play/eventText';
import { leverControl, type Lever } from '../play/planLevers';
import { fromInput, isPercent, LEVER_KEYS, leverLabel, toInput } from '../../play/levers';
import { premisesField } from './premises';
import { clearDraft, dropDraft, loadDraft, saveDraft, type Draft } from './draft';
import './facilitator.css';

/** The starting levers the page offers: the plan's and the market's that change a story most. */
const START_KEYS = [
  'run.weeks', 'reps.count', 'plan.baseSalary', 'plan.commissionRate', 'plan.quotaPeriod', 'plan.quota', 'plan.quotaBonus', 'plan.discountAuthority',
  'management.coaching', 'market.dealValue', 'market.baselineTrust', 'market.fear', 'market.relating', 'market.pressureHarm',
];

type Mode = 'free' | 'locked' | 'bounded';

function blank(base: string): FacilitatorScenario {
  const text = (key: string) => ({ en: t(key, {}, 'en'), fr: t(key, {}, 'fr') });
  return { base, overrides: {}, events: [], locked: [], bounds: {}, title: text(`scenarios.${base}.title`), briefing: text(`scenarios.${base}.briefing`) };
}

function field(label: string, control: HTMLElement, id: string): HTMLElement {
  control.id = id;
  return labelled('fac-field', label, control);
}

/** A link's full address for the trainees: this page's origin and path, the custom route in the hash. */
function linkFor(code: string, seed: string): string {
  const q = new URLSearchParams(seed ? { sc: code, seed } : { sc: code });
  return `${location.origin}${location.pathname}#/custom?${q.toString()}`;
}


export function facilitatorScreen(ctx: AppContext): HTMLElement {
  const stored = loadDraft();
  try {
    return facilitatorPage(ctx, stored.draft, stored.damaged);
  } catch (err) {
    // a stored draft the page cannot draw (a shape the schema lets through): dropped, and the page opens empty
    if (!stored.draft) throw err;
    dropDraft();
    return facilitatorPage(ctx, null, true);
  }
}

function facilitatorPage(ctx: AppContext, draft: Draft | null, damaged: boolean): HTMLElement {
  const sc: FacilitatorScenario = draft?.scenario ?? blank(SCENARIO_IDS[0]);
  const seedInput = h('input', { type: 'text', value: draft?.seed ?? randomSeed(), 'data-testid': 'facilitator-seed', 'aria-describedby': 'fac-seed-help', maxlength: '40' });

  // the base story
  const baseSelect = h('select', { 'data-testid': 'facilitator-base' }, SCENARIO_IDS.map((id) => h('option', { value: id, selected: id === sc.base }, t(`scenarios.${id}.title`))));
  baseSelect.addEventListener('change', () => {
    saveDraft({ scenario: blank(baseSelect.value), seed: seedInput.value });
    ctx.navigate({ name: 'facilitator' });
  });

  // starting plan and market, as the planning screen shows levers
  const baseParams = scenarioParams(sc.base);
  const startParams = { ...baseParams, ...sc.overrides } as Params;
  const startLevers: Lever[] = [];
  const startBox = h('div', { class: 'fac-levers' });
  for (const key of START_KEYS) {
    const spec = findSpec(key);
    if (!spec) continue;
    const lever = leverControl(spec, startParams, () => undefined);
    // the market's and the team's levers are not in planning: their label and help are the page's own
    const own = `facilitator.labels.${key.replace(/\.(\w)/, (_m, c: string) => c.toUpperCase())}`;
    if (hasKey(`${own}.label`)) {
      const label = lever.element.querySelector('label');
      const help = lever.element.querySelector(`#${CSS.escape(`lever-${key.replace('.', '-')}-help`)}`);
      if (label) label.textContent = t(`${own}.label`);
      if (help) help.textContent = t(`${own}.help`);
    }
    startLevers.push(lever);
    startBox.append(lever.element);
  }

  // events
  const events: EventDecision[] = [...sc.events];
  const weeks = Number(startParams['run.weeks']);
  const kind = h('select', { 'data-testid': 'event-kind' }, EVENT_KINDS.map((k) => h('option', { value: k }, t(`facilitator.kinds.${k}`))));
  // the week as the game numbers it (src/sim/calendar.ts): 14 is the first week of quarter 2
  const week = h('input', { type: 'number', min: String(weekNumber(0)), max: String(weekNumber(weeks - 1)), step: '1', value: String(weekNumber(13)), 'data-testid': 'event-week' });
  const size = h('input', { type: 'number', min: '1', max: '100', step: '1', value: '50', 'data-testid': 'event-size' });
  const span = h('input', { type: 'number', min: '1', max: '520', step: '1', value: '13', 'data-testid': 'event-weeks' });
  const timedFields = h('div', { class: 'fac-row' }, field(t('facilitator.eventSize'), size, 'fac-event-size'), field(t('facilitator.eventWeeks'), span, 'fac-event-weeks'));
  const eventError = h('p', { class: 'field-error', 'aria-live': 'polite' });
  const list = h('ul', { class: 'fac-events', 'data-testid': 'event-list' });
  const showEvents = () => {
    events.sort((a, b) => a.week - b.week);
    replace(
      list,
      events.length === 0
        ? h('li', { class: 'hint' }, t('facilitator.noEvents'))
        : events.map((e, i) =>
            h('li', {}, h('span', {}, eventText(e)), button(t('facilitator.removeEvent'), () => {
              events.splice(i, 1);
              showEvents();
              // the button is gone from the page by the time the click reaches it: kept here
              remember();
            }, { class: 'btn btn-small btn-quiet', 'data-testid': `remove-event-${i}` })),
          ),
    );
  };
  const showKind = () => (timedFields.hidden = !TIMED_EVENTS.includes(kind.value as never));
  kind.addEventListener('change', showKind);
  const addEvent = () => {
    const w = weekIndex(Number(week.value));
    const s = Number(size.value) / 100;
    const n = Number(span.value);
    const timed = TIMED_EVENTS.includes(kind.value as never);
    const ok = Number.isInteger(w) && w >= 0 && w < weeks && (!timed || (s >= 0.01 && s <= 1 && Number.isInteger(n) && n >= 1 && n <= 520));
    eventError.textContent = ok ? '' : t('facilitator.badEvent', { last: weekNumber(weeks - 1) });
    if (!ok) return;
    events.push(timed ? { week: w, type: 'event', event: kind.value as 'recession', size: s, weeks: n } : { week: w, type: 'event', event: 'starLeaves' });
    showEvents();
  };

  // locks and bounds
  const rules = LEVER_KEYS.map((key) => {
    const spec = findSpec(key);
    const numeric = spec !== undefined && spec.kind !== 'choice';
    const scale = spec && isPercent(spec) ? 100 : 1;
    const id = `fac-${key.replace('.', '-')}`;
    const start: Mode = sc.locked.includes(key) ? 'locked' : sc.bounds[key] ? 'bounded' : 'free';
    const modes: Mode[] = numeric ? ['free', 'locked', 'bounded'] : ['free', 'locked'];
    const mode = h('select', { 'data-testid': `lock-${key}`, 'aria-label': leverLabel(key) }, modes.map((m) => h('option', { value: m, selected: m === start }, t(`facilitator.mode.${m}`))));
    const b = sc.bounds[key] ?? (spec && spec.kind !== 'choice' ? { min: spec.min, max: spec.max } : { min: 0, max: 0 });
    const min = h('input', { type: 'number', step: 'any', value: toInput(b.min, scale), 'data-testid': `bound-min-${key}`, 'aria-label': `${leverLabel(key)} — ${t('facilitator.min')}` });
    const max = h('input', { type: 'number', step: 'any', value: toInput(b.max, scale), 'data-testid': `bound-max-${key}`, 'aria-label': `${leverLabel(key)} — ${t('facilitator.max')}` });
    const boundsBox = h('span', { class: 'fac-bounds' }, t('facilitator.min'), ' ', min, ' ', t('facilitator.max'), ' ', max, scale === 100 ? ' %' : '');
    const show = () => (boundsBox.hidden = mode.value !== 'bounded');
    mode.addEventListener('change', show);
    show();
    const row = h('tr', {}, h('th', { scope: 'row', id }, leverLabel(key)), h('td', {}, mode), h('td', {}, boundsBox));
    return { key, row, mode, read: () => ({ min: fromInput(min.value, scale), max: fromInput(max.value, scale) }) };
  });

  // texts
  const titleEn = h('input', { type: 'text', value: sc.title.en, maxlength: '120', 'data-testid': 'title-en' });
  const titleFr = h('input', { type: 'text', value: sc.title.fr, maxlength: '120', 'data-testid': 'title-fr' });
  const briefEn = h('textarea', { rows: '4', maxlength: '2000', 'data-testid': 'briefing-en' });
  const briefFr = h('textarea', { rows: '4', maxlength: '2000', 'data-testid': 'briefing-fr' });
  briefEn.value = sc.briefing.en;
  briefFr.value = sc.briefing.fr;
  const goalBox = goalField(sc.goal, goalFor(sc.base).reputation);
  // while editing, a goal not yet valid keeps the one before (make() shows the field's message)
  const goalNow = (): ScenarioGoal | undefined => {
    try {
      return goalBox.read();
    } catch {
      return sc.goal;
    }
  };

  const collect = (): FacilitatorScenario => {
    // overrides the page has no control for (a code made elsewhere) are kept as they are
    const overrides: Record<string, number | string> = Object.fromEntries(Object.entries(sc.overrides).filter(([key]) => !START_KEYS.includes(key)));
    for (const lever of startLevers) {
      const v = lever.read();
      const was = baseParams[lever.key as keyof Params];
      if (v !== null && v !== was) overrides[lever.key] = v;
    }
    const locked = rules.filter((r) => r.mode.value === 'locked').map((r) => r.key);
    const bounds = Object.fromEntries(rules.filter((r) => r.mode.value === 'bounded').map((r) => [r.key, r.read()]));
    return {
      base: sc.base, overrides, events: [...events], locked, bounds,
      title: { en: titleEn.value.trim(), fr: titleFr.value.trim() }, briefing: { en: briefEn.value.trim(), fr: briefFr.value.trim() },
      ...(goalNow() ? { goal: goalNow() } : {}),
    };
  };

  // the result: code, link, preview
  const result = h('section', { class: 'card fac-result', 'aria-live': 'polite', 'data-testid': 'facilitator-result' });
  const make = () => {
    const next = collect();
    const seed = seedInput.value.trim();
    saveDraft({ scenario: next, seed });
    let checked: FacilitatorScenario;
    try {
      if (seed !== '' && !isValidSeed(seed)) throw new Error(t('ui.errors.badSeed', { seed }));
      if (startLevers.some((l) => l.read() === null)) throw new Error(t('ui.planning.fixErrors'));
      const goal = goalBox.read();
      checked = checkScenario(goal ? { ...next, goal } : next);
    } catch (err) {
      replace(result, h('p', { class: 'message', role: 'alert', 'data-testid': 'facilitator-error' }, t('facilitator.invalid', { message: err instanceof Error ? err.message : String(err) })));
      return;
    }
    const code = encodeScenarioCode(checked);
    // the instructor's browser knows every scenario it made: the class's run codes of it open here without asking
    knownScenarios.learn(checked);
    const link = linkFor(code, seed);
    const copyStatus = h('span', { class: 'hint', 'aria-live': 'polite' });
    const codeBox = h('textarea', { readonly: true, rows: '3', 'data-testid': 'scenario-code', id: 'fac-code' });
    codeBox.value = code;
    const linkBox = h('input', { type: 'text', readonly: true, value: link, 'data-testid': 'scenario-link-text', id: 'fac-link' });
    const locale = getLocale();
    replace(
      result,
      h('h2', {}, t('facilitator.codeHeading')),
      h('label', { for: 'fac-code' }, t('facilitator.codeLabel')),
      codeBox,
      h('label', { for: 'fac-link' }, t('facilitator.linkLabel')),
      linkBox,
      h(
        'div',
        { class: 'actions' },
        h('a', { class: 'btn btn-primary', href: link, 'data-testid': 'scenario-link' }, t('facilitator.open')),
        button(t('facilitator.copy'), () => {
          const failed = () => {
            copyStatus.textContent = t('facilitator.copyFailed');
            linkBox.select();
          };
          if (!navigator.clipboard) return failed();
          navigator.clipboard.writeText(link).then(() => (copyStatus.textContent = t('facilitator.copied')), failed);
        }, { 'data-testid': 'copy-scenario-link' }),
        copyStatus,
      ),
      scenarioQr(link, code),
      h('h3', {}, t('facilitator.preview'), ' ', h('span', { class: 'hint' }, t('facilitator.previewLang', { lang: t(`ui.lang.${locale}`) }))),
      h('div', { class: 'fac-preview', 'data-testid': 'briefing-preview' }, customBriefingBody(checked, seed || '—', locale)),
      h('h3', {}, t('facilitator.previewRuns.heading')),
      tableWrap(previewRuns(checked, seed || 'preview')),
    );
  };

  // the draft follows every edit, so a language switch (which redraws the page) keeps it
  const remember = () => saveDraft({ scenario: collect(), seed: seedInput.value.trim() });
  showEvents();
  showKind();
  const page = h(
    'section',
    { class: 'screen facilitator', 'data-testid': 'facilitator' },
    screenHeader(ctx, t('facilitator.heading'), button(t('ui.common.back'), () => ctx.navigate({ name: 'title' }), { class: 'btn btn-quiet' })),
    h('p', { class: 'lead' }, t('facilitator.intro')),
    damaged ? h('p', { class: 'notice-inline', role: 'alert', 'data-testid': 'facilitator-draft-damaged' }, t('facilitator.draftDamaged')) : null,
    h(
      'div',
      { class: 'card' },
      h(
        'div',
        { class: 'fac-draft' },
        h('p', { class: 'hint' }, t('facilitator.draftKept')),
        button(t('facilitator.startOver'), () => {
          clearDraft();
          ctx.navigate({ name: 'facilitator' });
        }, { class: 'btn btn-small btn-quiet', 'data-testid': 'facilitator-start-over' }),
      ),
      h('div', { class: 'fac-row' }, field(t('facilitator.base'), baseSelect, 'fac-base'), field(t('facilitator.seed'), seedInput, 'fac-seed')),
      h('p', { class: 'hint', id: 'fac-seed-help' }, t('facilitator.seedHelp')),
      openCodeRow(ctx, seedInput),
    ),
    h('fieldset', { class: 'card' }, h('legend', {}, t('facilitator.startHeading')), h('p', { class: 'hint' }, t('facilitator.startHelp')), startBox),
    premisesField(sc.overrides, seedInput.value.trim() || 'preview', (overrides) => {
      saveDraft({ scenario: { ...collect(), overrides }, seed: seedInput.value.trim() });
      ctx.navigate({ name: 'facilitator' });
    }, () => collect().overrides),
    h(
      'fieldset',
      { class: 'card' },
      h('legend', {}, t('facilitator.eventsHeading')),
      h('p', { class: 'hint' }, t('facilitator.eventsHelp')),
      h('div', { class: 'fac-row' }, field(t('facilitator.eventKind'), kind, 'fac-event-kind'), field(t('facilitator.eventWeek'), week, 'fac-event-week'), timedFields),
      h('div', { class: 'actions' }, button(t('facilitator.addEvent'), addEvent, { 'data-testid': 'add-event' })),
      eventError,
      list,
    ),
    h(
      'fieldset',
      { class: 'card' },
      h('legend', {}, t('facilitator.leversHeading')),
      h('p', { class: 'hint' }, t('facilitator.leversHelp')),
      h('div', { class: 'fac-table' }, h('table', {}, h('tbody', {}, rules.map((r) => r.row)))),
    ),
    h(
      'fieldset',
      { class: 'card' },
      h('legend', {}, t('facilitator.textsHeading')),
      h('div', { class: 'fac-row' }, field(t('facilitator.titleEn'), titleEn, 'fac-title-en'), field(t('facilitator.titleFr'), titleFr, 'fac-title-fr')),
      h('div', { class: 'fac-row' }, field(t('facilitator.briefingEn'), briefEn, 'fac-brief-en'), field(t('facilitator.briefingFr'), briefFr, 'fac-brief-fr')),
    ),
    goalBox.element,
    h('div', { class: 'actions' }, button(t('facilitator.make'), make, { class: 'btn btn-primary btn-big', 'data-testid': 'make-code' })),
    result,
  );
  page.addEventListener('input', remember);
  page.addEventListener('change', (e) => {
    // the base story and the premises make a new draft of their own, and draw the page again
    if (e.target !== baseSelect && !(e.target instanceof Element && e.target.closest('.fac-premises'))) remember();
  });
  // adding an event is a click; opening a code is not an edit of this page (it replaces the draft), nor is starting over; and a
  // click in the header (the language switch) is none either: the fields would be read in the new language's numbers
  page.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || e.target.closest('.fac-open') || e.target.closest('.fac-draft') || !e.target.closest('.card')) return;
    remember();
  });
  return page;
}

/** Opens a scenario code (or a link holding one) to edit it: it becomes the page's draft; a bad one gets its message. */
function openCodeRow(ctx: AppContext, seedInput: HTMLInputElement): HTMLElement {
  const input = h('input', { type: 'text', 'data-testid': 'facilitator-open-code', spellcheck: 'false' });
  const error = h('p', { class: 'field-error', 'aria-live': 'polite', 'data-testid': 'facilitator-open-error' });
  const open = () => {
    try {
      const scenario = decodeScenarioCode(input.value);
      const inLink = /[?&]seed=([^&#]+)/.exec(input.value);
      saveDraft({ scenario, seed: inLink ? decodeURIComponent(inLink[1]) : seedInput.value });
    } catch (err) {
      error.textContent = err instanceof RunCodeError ? t(err.key, err.vars) : String(err);
      return;
    }
    ctx.navigate({ name: 'facilitator' });
  };
  return h(
    'div',
    { class: 'fac-open' },
    h('div', { class: 'fac-row' }, field(t('facilitator.openCode'), input, 'fac-open-code'), h('div', {}, button(t('facilitator.openCodeButton'), open, { 'data-testid': 'open-scenario-code' }))),
    error,
  );
}
