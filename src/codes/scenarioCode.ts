/**
 * Scenario codes: a facilitator's scenario (facilitatorScenario.ts) in short
 * URL-safe text, `sfs1.<body>.<check>`, in the envelope run codes use
 * (envelope.ts). Opening a code checks its format, its check, its
 * contents and that it makes a valid run; it throws RunCodeError only, whose
 * `key` is a message under facilitator.codeErrors (src/i18n).
 */
import { ParamError } from '../sim';
import { UnknownScenarioError } from '../scenarios';
import { checkScenario, type FacilitatorScenario } from './facilitatorScenario';
import { RunCodeError, seal, unseal } from './envelope';

export const SCENARIO_CODE_PREFIX = 'sfs1';

export function encodeScenarioCode(sc: FacilitatorScenario): string {
  return seal(SCENARIO_CODE_PREFIX, sc);
}

/** Reads a scenario code and checks it makes a valid run; throws RunCodeError, never anything else. */
export function decodeScenarioCode(text: string): FacilitatorScenario {
  const json = unseal(text, SCENARIO_CODE_PREFIX, 'sc', 'scenario');
  try {
    return checkScenario(json);
  } catch (error) {
    if (error instanceof ParamError || error instanceof UnknownScenarioError) throw new RunCodeError('content', { message: error.message }, 'scenario');
    throw error;
  }
}
