/**
 * `salesfloor code encode`: runs the run the options describe (as `run`
 * does) and prints its run code. `salesfloor code decode CODE`: what a code
 * holds — model version, scenario, seed, overrides, decisions, hash, and a
 * facilitator's scenario if it has one — as JSON, checked but not run.
 */
import { MODEL_VERSION, simulate } from '../../sim';
import { decodeRunCode, encodeRunCode } from '../../codes/runCode';
import type { Tr } from '../locale';
import { readRunInput } from '../runInput';

export function encodeText(options: Record<string, string>, sets: readonly string[], tr: Tr): string {
  const { scenario, seed, overrides, params, decisions } = readRunInput(options, sets, tr);
  const { hash } = simulate({ params, seed, decisions });
  return `${encodeRunCode({ model: MODEL_VERSION, scenario, seed, overrides, decisions, hash })}\n`;
}

export function decodeText(code: string): string {
  // the fields in this order, then whatever else the code holds (such as a facilitator's scenario)
  const { model, scenario, seed, overrides, decisions, hash, ...more } = decodeRunCode(code);
  return `${JSON.stringify({ model, scenario, seed, overrides, decisions, hash, ...more }, null, 2)}\n`;
}
