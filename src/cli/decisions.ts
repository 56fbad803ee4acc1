/**
 * Reads a timed decision log for `run --decisions FILE`: a JSON array of
 * decisions, or an object holding them in `decisions` or, as the game's
 * save does, in `log`.
 * The core's checkDecisions validates every entry, so a bad file is reported
 * before anything runs, in the core's words.
 */
import { readFileSync } from 'node:fs';
import { checkDecisions, ParamError, type Decision } from '../sim';
import { CliError, fsReason, paramProblem } from './errors';
import type { Tr } from './locale';

export function parseDecisions(text: string, file: string, tr: Tr): Decision[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    throw new CliError('errors.malformed', { file, reason: tr('errors.notJson', { detail }) });
  }
  const holder = data as { decisions?: unknown; log?: unknown } | null;
  const list = Array.isArray(data) ? data : (holder?.decisions ?? holder?.log);
  if (!Array.isArray(list)) throw new CliError('errors.malformed', { file, reason: tr('errors.noDecisions') });
  try {
    return checkDecisions(list);
  } catch (error) {
    if (error instanceof ParamError) throw new CliError('errors.badDecision', { file, message: paramProblem(error, tr) });
    throw error;
  }
}

export function readDecisions(file: string, tr: Tr): Decision[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('errors.unreadable', { file, reason: fsReason(error, tr) });
  }
  return parseDecisions(text, file, tr);
}
