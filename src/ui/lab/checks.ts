/**
 * The lab's checks of what a researcher types or uploads, in the page's
 * language. checkParam and checkSpec stay the judges (their sentences are
 * English, for the command line); these only put the commonest problems into
 * the page's words: a parameter's value, a line "key = value" of
 * configuration B, and an uploaded sweep spec.
 */
import { hasKey, t } from '../../i18n';
import { unitText } from '../../i18n/units';
import { checkParam, PARAM_SPECS } from '../../sim';
import { SCENARIO_IDS } from '../../scenarios';
import { checkSpec, SPEC_KEYS, SweepSpecError, type SweepSpec } from '../../lab/sweepSpec';

/** An error's own sentence in the page's language when it carries an i18n key and placeholders (ParamError, SweepSpecError); null when not. */
function saidHere(error: unknown): string | null {
  const e = error as { key?: unknown; vars?: Record<string, string | number> };
  if (typeof e?.key !== 'string' || !hasKey(e.key)) return null;
  const vars = e.vars && typeof e.vars.unit === 'string' ? { ...e.vars, unit: unitText(e.vars.unit) } : e.vars;
  return t(e.key, vars);
}

/** Why a value is not valid for a key, in the page's language; null when it is. */
export function paramProblem(key: string, value: unknown): string | null {
  try {
    checkParam(key, value);
    return null;
  } catch (error) {
    const said = saidHere(error);
    if (said) return said;
  }
  const spec = PARAM_SPECS.find((s) => s.key === key);
  if (!spec) return t('lab.problems.unknownParam', { key });
  if (spec.kind === 'choice') return t('lab.problems.choice', { key, choices: spec.choices.join(', '), value: String(value) });
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (spec.kind === 'integer' && typeof n === 'number' && Number.isFinite(n) && !Number.isInteger(n)) return t('lab.problems.whole', { key, min: spec.min, max: spec.max, value: n });
  return t('lab.problems.number', { key, min: spec.min, max: spec.max, unit: unitText(spec.unit), value: String(value) });
}

export type Changes = { set: Record<string, number | string>; problems: string[] };

/** Configuration B's changes, one "key = value" a line (blank lines skipped); run.weeks may not change (the weeks are paired). */
export function parseChanges(text: string): Changes {
  const set: Record<string, number | string> = {};
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^([\w.]+)\s*[=:]\s*(\S.*)$/.exec(line);
    if (!m) return void problems.push(t('lab.compare.badLine', { line: i + 1, text: line }));
    const [, key, value] = m;
    if (key === 'run.weeks') return void problems.push(t('lab.compare.noWeeks'));
    if (key in set) return void problems.push(t('lab.compare.twice', { line: i + 1, key }));
    const problem = paramProblem(key, value.trim());
    if (problem) return void problems.push(problem);
    set[key] = checkParam(key, value.trim());
  });
  return { set, problems };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => JSON.stringify(v) ?? String(v);

/** The first problem of a parsed spec in the page's language, for the problems a researcher most often makes; null when none of them. */
function specProblem(json: unknown): string | null {
  if (!isObject(json)) return t('lab.upload.notObject');
  // a key the spec does not have: checkSpec's own sentence, with its "did you mean"
  if (Object.keys(json).some((k) => !SPEC_KEYS.includes(k))) return null;
  const ids = Array.isArray(json.scenario) ? json.scenario : [json.scenario];
  const unknown = ids.find((id) => typeof id !== 'string' || !SCENARIO_IDS.includes(id));
  if (ids.length === 0 || unknown !== undefined) return t('lab.upload.scenario', { ids: SCENARIO_IDS.join(', '), value: shown(unknown ?? json.scenario) });
  const seeds = json.seeds;
  const seedsOk = (typeof seeds === 'number' && Number.isInteger(seeds) && seeds >= 1 && seeds <= 100_000) || (Array.isArray(seeds) && seeds.length > 0 && seeds.every((s) => (typeof s === 'string' && s !== '') || typeof s === 'number'));
  if (!seedsOk) return t('lab.upload.seeds', { value: shown(seeds) });
  if (json.weeks !== undefined) {
    const p = paramProblem('run.weeks', json.weeks);
    if (p) return t('lab.upload.param', { field: 'weeks', problem: p });
  }
  for (const part of ['set', 'vary'] as const) {
    const block = json[part];
    if (block === undefined) continue;
    if (!isObject(block)) return t('lab.upload.object', { field: part });
    for (const [key, v] of Object.entries(block)) {
      if (part === 'vary' && (!Array.isArray(v) || v.length === 0)) return t('lab.upload.list', { key });
      for (const one of part === 'vary' ? (v as unknown[]) : [v]) {
        const p = typeof one === 'number' || typeof one === 'string' ? paramProblem(key, one) : paramProblem(key, shown(one));
        if (p) return t('lab.upload.param', { field: `${part}.${key}`, problem: p });
      }
    }
  }
  return null;
}

/** A parsed spec checked, or the one sentence that says why not (in the page's language where it can; checkSpec's own sentence otherwise). */
export function checkedSpec(json: unknown): { spec: SweepSpec } | { problem: string } {
  try {
    return { spec: checkSpec(json) };
  } catch (error) {
    if (!(error instanceof SweepSpecError)) throw error;
    // the shape in this file's words (zod's details are English), the rest in the error's own, translated
    return { problem: specProblem(json) ?? saidHere(error) ?? error.message };
  }
}

/** An uploaded file's text as a checked spec, or the sentence that says why not and that nothing changed. */
export function readSpecFile(text: string, name: string): { spec: SweepSpec } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: t('lab.upload.bad', { name, problem: t('lab.upload.notJson') }) };
  }
  const checked = checkedSpec(json);
  return 'problem' in checked ? { problem: t('lab.upload.bad', { name, problem: checked.problem }) } : checked;
}
