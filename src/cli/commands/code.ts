/**
 * `salesfloor code encode`: runs the run the options describe (as `run`
 * does) and prints its run code; with --scenario-code, a run of that class
 * scenario (its story, parameters, events, locks and bounds), the reference
 * runs an instructor sets beside the class's. `salesfloor code decode
 * CODE`: what a code holds — model version, scenario, seed, overrides,
 * decisions, hash, and a facilitator's scenario if it has one — as JSON,
 * checked but not run (a code of a class scenario needs --scenario-code).
 */
import { MODEL_VERSION, simulate } from '../../sim';
import { decodeRunCode, encodeRunCode, identityOf, scenarioFingerprint, type ScenarioLookup } from '../../codes/runCode';
import { decodeScenarioCode } from '../../codes/scenarioCode';
import type { Tr } from '../locale';
import { CliError } from '../errors';
import { readRunInput, readScenarioRunInput } from '../runInput';

/** The lookup --scenario-code gives: that scenario, by its fingerprint. */
export function lookupOf(options: Record<string, string>): ScenarioLookup | undefined {
  const text = options['scenario-code'];
  if (text === undefined) return undefined;
  const sc = decodeScenarioCode(text);
  const fp = scenarioFingerprint(sc);
  return (wanted) => (wanted === fp ? sc : undefined);
}

export function encodeText(options: Record<string, string>, sets: readonly string[], tr: Tr): string {
  if (options['scenario-code'] !== undefined) {
    if (options.scenario !== undefined) throw new CliError('errors.scenarioCodeExcludes');
    const { custom, scenario, seed, overrides, decisions } = readScenarioRunInput(options, sets, tr);
    return `${encodeRunCode(identityOf(scenario, seed, overrides, decisions, custom))}\n`;
  }
  const { scenario, seed, overrides, params, decisions } = readRunInput(options, sets, tr);
  const { hash } = simulate({ params, seed, decisions });
  return `${encodeRunCode({ model: MODEL_VERSION, scenario, seed, overrides, decisions, hash })}\n`;
}

export function decodeText(code: string, options: Record<string, string> = {}): string {
  // the fields in this order, then whatever else the code holds (such as a facilitator's scenario)
  const { model, scenario, seed, overrides, decisions, hash, ...more } = decodeRunCode(code, lookupOf(options));
  return `${JSON.stringify({ model, scenario, seed, overrides, decisions, hash, ...more }, null, 2)}\n`;
}
