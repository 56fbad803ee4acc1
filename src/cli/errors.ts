/**
 * Bad input on the command line: a message key under cli.errors (src/i18n)
 * and its placeholders. main() prints it as one line and exits with code 2.
 */
export type Vars = Record<string, string | number>;

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
