/**
 * Bad input on the command line: a message key under cli.errors (src/i18n)
 * and its placeholders. main() prints it as one line and exits with code 2.
 * Also the words a CliError quotes for a file-system error or the core's ParamError.
 */
import type { ParamError } from '../sim';
import type { Tr, Vars } from './locale';

export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly vars: Vars = {},
  ) {
    super(key);
    this.name = 'CliError';
  }
}

/** The exit codes of the contract (README, `salesfloor help`). */
export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;

/** A ParamError in the CLI's language when it has a key (src/i18n/inputErrors), in its English words otherwise. */
export function paramProblem(error: ParamError, tr: Tr): string {
  return error.key ? tr.any(error.key, error.vars) : error.message;
}

const KNOWN_CODES = ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR'];

/** A file-system error in the CLI's words when its code is a common one. */
export function fsReason(error: unknown, tr: Tr): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return KNOWN_CODES.includes(code) ? tr(`errors.${code}`) : code;
  return String((error as Error | null)?.message ?? error).split('\n')[0];
}
