/**
 * Bad parameters and sweep specs, for the command line and the lab: the keys
 * of ParamError (src/sim/params.ts) and SweepSpecError (src/lab/sweepSpec.ts).
 */
export const inputErrorsEn = {
  unknownParam: 'unknown parameter "{key}"; valid keys: {choices}',
  unknownParamNear: 'unknown parameter "{key}"; did you mean {near}?',
  badChoice: '{key} must be one of {choices} (got "{got}")',
  badChoiceNear: '{key} must be one of {choices} (got "{got}"; did you mean {near}?)',
  notNumber: '{key} must be a number from {min} to {max} {unit} (got "{got}")',
  notWhole: '{key} must be a whole number from {min} to {max} (got {got})',
  outOfRange: '{key} must be from {min} to {max} {unit} (got {got})',
  invalidParam: 'invalid parameter {key}',
  unknownScenario: 'unknown scenario "{id}"; valid scenarios: {choices}',
  unknownScenarioNear: 'unknown scenario "{id}"; did you mean {near}?',
  specShape: 'the spec: {detail}',
  specField: '{field}: {detail}',
  tooManyRuns: 'the spec asks for {count} runs; at most {max} in one sweep (split it)',
  plain: '{message}',
};
