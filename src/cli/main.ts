/**
 * The `salesfloor` command line (bin/salesfloor.mjs runs a bundle of it).
 * main() never throws and never exits the process: it writes the output,
 * reports any problem as ONE line on stderr and returns the exit code —
 * 0 done, 2 bad input (nothing on stdout), 1 unexpected error.
 */
import { writeFileSync } from 'node:fs';
import { t, type Locale } from '../i18n';
import { ParamError } from '../sim';
import { RunCodeError } from '../codes/runCode';
import { UnknownScenarioError } from '../scenarios';
import { parseArgs } from './args';
import { decodeText, encodeText } from './commands/code';
import { helpText } from './commands/help';
import { mergeCommand } from './commands/merge';
import { paramsText } from './commands/params';
import { runCommand } from './commands/run';
import { scenariosText } from './commands/scenarios';
import { sweepCommand } from './commands/sweep';
import { fsReason } from './decisions';
import { CliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED } from './errors';
import { localeFromEnv, translator } from './locale';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** whether stderr is a terminal: `sweep` draws its progress bar there only then */
  tty?: boolean;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  tty: process.stderr.isTTY === true,
};

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function isBadInput(error: unknown): boolean {
  // by name too, in case a second copy of the core module was loaded
  const name = (error as Error | null)?.name;
  return error instanceof ParamError || error instanceof UnknownScenarioError || name === 'ParamError' || name === 'UnknownScenarioError';
}

/** A run code's problem in the CLI's language (its message lives under codes.errors, shared with the game). */
function codeProblem(error: unknown, locale: Locale): string | undefined {
  // by name too, in case a second copy of the codes module was loaded
  if (!(error instanceof RunCodeError) && (error as Error | null)?.name !== 'RunCodeError') return undefined;
  const { key, vars } = error as RunCodeError;
  return t(key, vars, locale);
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const locale = localeFromEnv(io.env);
  const tr = translator(locale);
  try {
    const { command, action, options, sets, args } = parseArgs(argv);
    let text: string;
    if (command === 'help') text = helpText(tr);
    else if (command === 'scenarios') text = scenariosText(locale);
    else if (command === 'params') text = paramsText(tr);
    else if (command === 'sweep' || command === 'merge') {
      if (command === 'sweep') await sweepCommand(options, argv, tr, io.tty === true, io.stdout);
      else mergeCommand(options, args, argv, tr);
      return EXIT_OK;
    } else if (command === 'code') text = action === 'encode' ? encodeText(options, sets, tr) : decodeText(args[0]);
    else {
      text = runCommand(options, sets, tr).text;
      if (options.out !== undefined) {
        try {
          writeFileSync(options.out, text);
        } catch (error) {
          throw new CliError('errors.unwritable', { file: options.out, reason: fsReason(error, tr) });
        }
        return EXIT_OK;
      }
    }
    io.stdout(text);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${oneLine(tr('errors.line', { message: tr(error.key, error.vars) }))}\n`);
      return EXIT_BAD_INPUT;
    }
    const problem = codeProblem(error, locale);
    if (problem !== undefined) {
      io.stderr(`${oneLine(tr('errors.line', { message: problem }))}\n`);
      return EXIT_BAD_INPUT;
    }
    if (isBadInput(error)) {
      io.stderr(`${oneLine(tr('errors.line', { message: (error as Error).message }))}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${oneLine(tr('errors.unexpected', { message }))}\n`);
    return EXIT_UNEXPECTED;
  }
}
