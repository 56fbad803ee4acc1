/**
 * The `salesfloor` command line (bin/salesfloor.mjs runs a bundle of it).
 * main() never throws and never exits the process: it writes the output,
 * reports any problem as ONE line on stderr and returns the exit code —
 * 0 done, 2 bad input (nothing on stdout), 1 unexpected error.
 */
import { t, type Locale } from '../i18n';
import { ParamError } from '../sim';
import { RunCodeError } from '../codes/runCode';
import { parseArgs } from './args';
import { calibrateCommand } from './commands/calibrate';
import { classCommand } from './commands/class';
import { decodeText, encodeText } from './commands/code';
import { helpText } from './commands/help';
import { mergeCommand } from './commands/merge';
import { optimizeCommand } from './commands/optimize';
import { paramsText } from './commands/params';
import { runAndWrite } from './commands/run';
import { scenariosText } from './commands/scenarios';
import { sensitivityCommand } from './commands/sensitivity';
import { serveCommand } from './commands/serve';
import { sweepCommand } from './commands/sweep';
import { CliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED, paramProblem } from './errors';
import { localeFromEnv, translator, type Tr } from './locale';
import { openOutput } from './output';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** whether stderr is a terminal: `sweep` and many runs draw their progress bar there only then */
  tty?: boolean;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  tty: process.stderr.isTTY === true,
};

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Bad input from the core or the scenarios, in the CLI's language when the error has a key (by name too, in case a second copy of the core module was loaded). */
function inputProblem(error: unknown, tr: Tr): string | undefined {
  const name = (error as Error | null)?.name;
  if (!(error instanceof ParamError) && name !== 'ParamError' && name !== 'UnknownScenarioError') return undefined;
  return paramProblem(error as ParamError, tr);
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
    const open = () => openOutput(options.out, io.stdout, tr);
    if (command === 'run') await runAndWrite(options, sets, tr, open, io.tty === true);
    else if (command === 'sweep') await sweepCommand(options, argv, tr, io.tty === true, io.stdout, io.stderr);
    else if (command === 'sensitivity') await sensitivityCommand(options, args, argv, tr, { write: io.stdout, note: io.stderr, progress: io.tty === true });
    else if (command === 'merge') mergeCommand(options, args, argv, tr);
    else if (command === 'calibrate') await calibrateCommand(options, argv, tr, io.stdout, io.tty === true ? io.stderr : undefined);
    else if (command === 'optimize') await optimizeCommand(options, argv, tr, io.stdout, io.tty === true ? io.stderr : undefined);
    else if (command === 'class') await classCommand(options, tr, io);
    else if (command === 'serve') await serveCommand(options, argv, tr, io.stdout);
    else if (command === 'help') io.stdout(helpText(tr));
    else if (command === 'scenarios') io.stdout(scenariosText(locale));
    else if (command === 'params') io.stdout(paramsText(tr));
    else io.stdout(action === 'encode' ? encodeText(options, sets, tr) : decodeText(args[0], options));
    return EXIT_OK;
  } catch (error) {
    const problem = error instanceof CliError ? tr(error.key, error.vars) : (codeProblem(error, locale) ?? inputProblem(error, tr));
    if (problem !== undefined) {
      io.stderr(`${oneLine(tr('errors.line', { message: problem }))}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${oneLine(tr('errors.unexpected', { message }))}\n`);
    return EXIT_UNEXPECTED;
  }
}
