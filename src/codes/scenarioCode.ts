/**
 * Scenario codes: a facilitator's scenario (facilitatorScenario.ts) in short
 * URL-safe text, `sfs1.<body>.<check>`, made as run codes are (runCode.ts):
 * the scenario as JSON compressed with lz-string, made URL-safe, and a 32-bit
 * FNV-1a check of the body. Opening a code checks its format, its check, its
 * contents and that it makes a valid run; it throws RunCodeError only, whose
 * `key` is a message under facilitator.codeErrors (src/i18n).
 */
// lz-string is CommonJS without named exports Node can see: its default import, as in runCode.ts
import LZString from 'lz-string';
import { ParamError } from '../sim';
import { UnknownScenarioError } from '../scenarios';
import { checkScenario, type FacilitatorScenario } from './facilitatorScenario';
import { checksum, fromUrl, MAX_CODE_LENGTH, RunCodeError, toUrl } from './runCode';

export const SCENARIO_CODE_PREFIX = 'sfs1';

export function encodeScenarioCode(sc: FacilitatorScenario): string {
  const body = toUrl(LZString.compressToEncodedURIComponent(JSON.stringify(sc)));
  return `${SCENARIO_CODE_PREFIX}.${body}.${checksum(body)}`;
}

/** A scenario code as people paste it: spaces and line breaks forgiven, or a link holding `sc=`. */
export function extractScenarioCode(text: string): string {
  const trimmed = text.replace(/\s+/g, '');
  const inLink = /[?&#]sc=([^&#]+)/.exec(trimmed);
  let code = inLink ? inLink[1] : trimmed;
  try {
    if (code.includes('%')) code = decodeURIComponent(code);
  } catch {
    // a broken escape: the format check reports it
  }
  return code;
}

/** Reads a scenario code and checks it makes a valid run; throws RunCodeError, never anything else. */
export function decodeScenarioCode(text: string): FacilitatorScenario {
  if (typeof text !== 'string' || text.trim() === '') throw new RunCodeError('empty', {}, 'scenario');
  const code = extractScenarioCode(text);
  if (code.length > MAX_CODE_LENGTH) throw new RunCodeError('format', {}, 'scenario');
  const parts = code.split('.');
  if (parts.length !== 3 || parts[0] !== SCENARIO_CODE_PREFIX || !/^[A-Za-z0-9_~-]+$/.test(parts[1]) || parts[2] === '') {
    throw new RunCodeError('format', {}, 'scenario');
  }
  if (checksum(parts[1]) !== parts[2]) throw new RunCodeError('checksum', {}, 'scenario');
  let json: unknown;
  try {
    json = JSON.parse(LZString.decompressFromEncodedURIComponent(fromUrl(parts[1])) ?? '');
  } catch {
    throw new RunCodeError('corrupt', {}, 'scenario');
  }
  try {
    return checkScenario(json);
  } catch (error) {
    if (error instanceof ParamError || error instanceof UnknownScenarioError) throw new RunCodeError('content', { message: error.message }, 'scenario');
    throw error;
  }
}
