/**
 * Validation of parameter sets. The zod schema is built from PARAM_SPECS, so a
 * parameter cannot exist without its range and description. Every error is a
 * ParamError with one plain English sentence that names the problem and the
 * choices, and, for the checks of this file, an i18n key (under inputErrors.)
 * and its placeholders, so the command line and the lab can say it in French.
 */
import { z } from './zod';
import { nearest, orList } from './nearest';
import { PARAM_KEYS, PARAM_SPECS, findSpec, type ParamSpec, type Params } from './paramSpecs';

/** An error's i18n key and placeholders: t(key, vars) says it in the reader's language. */
export type ErrorVars = Record<string, string | number>;

export class ParamError extends Error {
  constructor(
    message: string,
    /** the i18n key of the message (inputErrors.…), when it has one; `message` stays the English sentence */
    readonly key?: string,
    readonly vars: ErrorVars = {},
  ) {
    super(message);
    this.name = 'ParamError';
  }
}

/** The error for a key that is no parameter, with the nearest keys when some are close. */
export function unknownParam(key: string): ParamError {
  const near = nearest(key, PARAM_KEYS);
  if (near.length > 0) return new ParamError(`unknown parameter "${key}"; did you mean ${orList(near)}?`, 'inputErrors.unknownParamNear', { key, near: near.join(', ') });
  return new ParamError(`unknown parameter "${key}"; valid keys: ${PARAM_KEYS.join(', ')}`, 'inputErrors.unknownParam', { key, choices: PARAM_KEYS.join(', ') });
}

function fieldSchema(spec: ParamSpec): z.ZodType {
  if (spec.kind === 'choice') return z.enum(spec.choices as [string, ...string[]]);
  const base = z.number().finite().min(spec.min).max(spec.max);
  return spec.kind === 'integer' ? base.int() : base;
}

export const paramsSchema = z.strictObject(
  Object.fromEntries(PARAM_SPECS.map((s) => [s.key, fieldSchema(s)])) as Record<string, z.ZodType>,
);

export function defaultParams(): Params {
  return Object.fromEntries(PARAM_SPECS.map((s) => [s.key, s.default])) as unknown as Params;
}

export function describeRange(spec: ParamSpec): string {
  return spec.kind === 'choice' ? spec.choices.join(' | ') : `${spec.min} to ${spec.max}`;
}

/** Checks one value for one key; returns the typed value or throws a ParamError. */
export function checkParam(key: string, value: unknown): number | string {
  const spec = findSpec(key);
  if (!spec) throw unknownParam(key);
  const got = String(value);
  if (spec.kind === 'choice') {
    if (typeof value !== 'string' || !spec.choices.includes(value)) {
      const choices = spec.choices.join(', ');
      const near = nearest(got, spec.choices);
      if (near.length > 0) throw new ParamError(`${key} must be one of ${choices} (got "${got}"; did you mean ${orList(near)}?)`, 'inputErrors.badChoiceNear', { key, choices, got, near: near.join(', ') });
      throw new ParamError(`${key} must be one of ${choices} (got "${got}")`, 'inputErrors.badChoice', { key, choices, got });
    }
    return value;
  }
  const { min, max, unit } = spec;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new ParamError(`${key} must be a number from ${min} to ${max} ${unit} (got "${got}")`, 'inputErrors.notNumber', { key, min, max, unit, got });
  }
  if (spec.kind === 'integer' && !Number.isInteger(n)) {
    throw new ParamError(`${key} must be a whole number from ${min} to ${max} (got ${n})`, 'inputErrors.notWhole', { key, min, max, got: n });
  }
  if (n < min || n > max) {
    throw new ParamError(`${key} must be from ${min} to ${max} ${unit} (got ${n})`, 'inputErrors.outOfRange', { key, min, max, unit, got: n });
  }
  return n;
}

/** Defaults, then each layer of overrides in order; every value is checked. */
export function resolveParams(...layers: Array<Partial<Record<string, unknown>> | undefined>): Params {
  const out: Record<string, unknown> = { ...defaultParams() };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) out[key] = checkParam(key, value);
  }
  const parsed = paramsSchema.safeParse(out);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new ParamError(`invalid parameter ${path}: ${issue?.message ?? 'unknown problem'}`, 'inputErrors.invalidParam', { key: path });
  }
  return parsed.data as unknown as Params;
}

