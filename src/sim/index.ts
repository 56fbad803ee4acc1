/** The simulation core's public API. Everything outside src/sim imports from here. */
export { createRun, newRep } from './create';
export { step, isDone, openRun, stepRun } from './step';
export type { LiveRun } from './step';
export { GEMBA_TIME, weeklyManagementCost } from './people';
export { simulate, summarize, runToEnd, hashHex } from './run';
export type { RunResult, RepSummary, Totals, RunSpec } from './run';
export { decisionsAt, checkDecision, checkDecisions, FIXED_KEYS } from './decisions';
export { EVENT_KINDS, TIMED_EVENTS, EVENT_SIZE, EVENT_WEEKS } from './events';
export { resolveParams, defaultParams, checkParam, describeRange, ParamError, paramsSchema } from './params';
export { PARAM_SPECS, PARAM_KEYS, findSpec, QUOTA_PERIODS } from './paramSpecs';
export { CONSTANTS, CONSTANT_GROUPS } from './constants';
export type { Constant, ConstantName } from './constants';
export type { Params, ParamSpec, ParamKey, NumberSpec, ChoiceSpec, QuotaPeriod } from './paramSpecs';
export { MODEL_NAME, MODEL_VERSION, WEEKS_PER_QUARTER, WEEKS_PER_YEAR, Status, DEAL_SOURCES, QUIT_REASONS } from './types';
export type { DealSource, QuitReason, PeriodRecord, TimedEventKind, EventInForce } from './types';
export { sourceField, SOURCE_FIELDS } from './record';
export { quarterOf, weekInQuarter, blockOf, periodLengthOf, completeBlocks } from './calendar';
export type { RunState, WeekRecord, Decision, SimEvent, EventSink, RepState, Customers } from './types';
