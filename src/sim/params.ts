/**
 * Validation of parameter sets. The zod schema is built from PARAM_SPECS, so a
 * parameter cannot exist without its range and description. Every error is a
 * ParamError with one plain sentence that names the problem and the choices.
 */
import { z } from './zod';
import { PARAM_KEYS, PARAM_SPECS, findSpec, type ParamSpec, type Params } from './paramSpecs';

export class ParamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParamError';
  }
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
  if (!spec) throw new ParamError(`unknown parameter "${key}"; valid keys: ${PARAM_KEYS.join(', ')}`);
  if (spec.kind === 'choice') {
    if (typeof value !== 'string' || !spec.choices.includes(value)) {
      throw new ParamError(`${key} must be one of ${spec.choices.join(', ')} (got "${String(value)}")`);
    }
    return value;
  }
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new ParamError(`${key} must be a number from ${spec.min} to ${spec.max} ${spec.unit} (got "${String(value)}")`);
  }
  if (spec.kind === 'integer' && !Number.isInteger(n)) {
    throw new ParamError(`${key} must be a whole number from ${spec.min} to ${spec.max} (got ${n})`);
  }
  if (n < spec.min || n > spec.max) {
    throw new ParamError(`${key} must be from ${spec.min} to ${spec.max} ${spec.unit} (got ${n})`);
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
    throw new ParamError(`invalid parameter ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unknown problem'}`);
  }
  return parsed.data as unknown as Params;
}

