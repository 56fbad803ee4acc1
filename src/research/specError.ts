/**
 * A research spec that cannot run (a sweep, a measure, a sensitivity,
 * calibration or optimisation spec): one plain English sentence, for exit 2
 * on the command line and a message in the lab, with its i18n key
 * (inputErrors.…) and placeholders so either can say it in the reader's
 * language.
 */
import type { ErrorVars } from '../sim';

export class SpecError extends Error {
  constructor(
    message: string,
    readonly key: string,
    readonly vars: ErrorVars = {},
  ) {
    super(message);
    this.name = 'SpecError';
  }
}

/** A SpecError, or one by name (from a second copy of this module, as a worker or a test runner may load). */
export function isSpecError(error: unknown): error is SpecError {
  return error instanceof SpecError || (error as Error | null)?.name === 'SpecError';
}
