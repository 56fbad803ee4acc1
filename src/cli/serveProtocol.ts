/**
 * What `salesfloor serve --stdio` reads and writes: one JSON object a line
 * each way. A request names its operation (`op`) and may carry an `id`, which
 * its reply repeats; a reply is `{"id", "ok": true, "result"}` or
 * `{"id", "ok": false, "error": {"message", "key"}}` (docs/RESEARCH.md).
 * The schemas check only the request's shape: what lies inside it (parameters,
 * measures, a sweep spec, decisions) is checked by the module that owns it.
 */
import { nearest } from '../sim';
import { z } from '../sim/zod';

/** Most runs one `runs` request may ask for (points × seeds), as many as one sweep. */
export const MAX_REQUEST_RUNS = 500_000;

const id = z.union([z.string(), z.number(), z.null()]).optional();
const value = z.union([z.number(), z.string()]);
const seed = z.union([z.string().min(1), z.number()]);
const set = z.record(z.string(), value).optional();

/** A run of the model from a scenario: what `salesfloor run` takes, as JSON. */
const runRequest = z.strictObject({
  id,
  op: z.literal('run'),
  scenario: z.string().min(1),
  seed: seed.optional(),
  weeks: z.number().int().optional(),
  set,
  decisions: z.array(z.unknown()).optional(),
  dilemmas: z.enum(['accept', 'decline']).optional(),
  /** user measures, computed after the default ones (src/research/measures.ts) */
  measures: z.unknown().optional(),
  /** also send the weeks table, its weeks numbered as the data files number them */
  withWeeks: z.boolean().optional(),
  /** also send the run code, which opens the run in the game */
  withCode: z.boolean().optional(),
});

/** Many runs for their measures only: every point (a layer of parameters over the scenario's) with every seed. */
const runsRequest = z.strictObject({
  id,
  op: z.literal('runs'),
  scenario: z.string().min(1),
  /** a count (seeds "1" … "n") or a list */
  seeds: z.union([z.number().int().min(1), z.array(seed).min(1)]),
  weeks: z.number().int().optional(),
  set,
  points: z.array(z.record(z.string(), value)).min(1).optional(),
  measures: z.unknown().optional(),
});

const measuresRequest = z.strictObject({ id, op: z.literal('measures'), measures: z.unknown().optional() });
const expandRequest = z.strictObject({ id, op: z.literal('expand'), spec: z.unknown(), withParams: z.boolean().optional() });
const paramsRequest = z.strictObject({ id, op: z.literal('params') });
const versionRequest = z.strictObject({ id, op: z.literal('version') });

const SCHEMAS = {
  run: runRequest,
  runs: runsRequest,
  measures: measuresRequest,
  expand: expandRequest,
  params: paramsRequest,
  version: versionRequest,
} as const;

export type Op = keyof typeof SCHEMAS;
export const OPS = Object.keys(SCHEMAS) as Op[];

export type RunRequest = z.infer<typeof runRequest>;
export type RunsRequest = z.infer<typeof runsRequest>;
export type MeasuresRequest = z.infer<typeof measuresRequest>;
export type ExpandRequest = z.infer<typeof expandRequest>;
export type Request = { [K in Op]: z.infer<(typeof SCHEMAS)[K]> }[Op];

export type RequestId = string | number | null;

/** A request that cannot be read: its cli.errors key, placeholders, and the id when one could be read. */
export type ProtocolProblem = { problem: { key: string; vars: Record<string, string | number> }; id: RequestId };

const isOp = (op: unknown): op is Op => typeof op === 'string' && Object.hasOwn(SCHEMAS, op);

/** The id a reply repeats: the request's when it is a string or a number, else null. */
function idOf(json: unknown): RequestId {
  const raw = (json as { id?: unknown } | null)?.id;
  return typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw)) ? raw : null;
}

/** One line read as a request, or the problem with it (never throws). */
export function readRequest(line: string): Request | ProtocolProblem {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { problem: { key: 'errors.serveNotJson', vars: { detail: (error as Error).message.split('\n')[0] } }, id: null };
  }
  const id = idOf(json);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { problem: { key: 'errors.serveNotObject', vars: { choices: OPS.join(', ') } }, id };
  const op = (json as { op?: unknown }).op;
  if (op === undefined) return { problem: { key: 'errors.serveNoOp', vars: { choices: OPS.join(', ') } }, id };
  if (!isOp(op)) {
    const near = nearest(String(op), OPS);
    const vars = { op: String(op), choices: OPS.join(', ') };
    return { problem: near.length > 0 ? { key: 'errors.serveUnknownOpNear', vars: { ...vars, near: near.join(', ') } } : { key: 'errors.serveUnknownOp', vars }, id };
  }
  const parsed = SCHEMAS[op].safeParse(json);
  if (parsed.success) return parsed.data as Request;
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
    // a misspelt field of the request itself: the fields it has, or the nearest
    const fields = Object.keys(SCHEMAS[op].shape);
    const near = nearest(issue.keys[0], fields);
    const vars = { op, field: issue.keys[0], choices: fields.join(', ') };
    return { problem: near.length > 0 ? { key: 'errors.serveUnknownFieldNear', vars: { ...vars, near: near.join(', ') } } : { key: 'errors.serveUnknownField', vars }, id };
  }
  // zod's own words are English; the field it names is the same in every language
  return { problem: { key: 'errors.serveField', vars: { op, field: issue.path.join('.') || op, detail: issue.message } }, id };
}

export function isProblem(read: Request | ProtocolProblem): read is ProtocolProblem {
  return 'problem' in read;
}

export interface Reply {
  id: RequestId;
  ok: boolean;
  result?: unknown;
  error?: { message: string; key: string };
}

/** A reply as its line: JSON.stringify writes NaN and infinities (a measure whose window lies outside the run) as null, JSON having no NaN. */
export function replyLine(reply: Reply): string {
  return `${JSON.stringify(reply)}\n`;
}
