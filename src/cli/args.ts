/**
 * Parses argv into a command and its options. Options take `--name value` or
 * `--name=value`; `--help`/`-h` anywhere asks for help. Every problem is a
 * CliError (exit 2), raised before anything runs.
 */
import { CliError } from './errors';

export const COMMANDS = ['scenarios', 'params', 'run', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

/** The options each command accepts; `true` marks a repeatable one. */
const OPTIONS: Record<Command, Record<string, boolean>> = {
  scenarios: {},
  params: {},
  run: { scenario: false, seed: false, weeks: false, set: true, decisions: false, format: false, out: false },
  help: {},
};

export interface Parsed {
  command: Command;
  /** last value of each single option */
  options: Record<string, string>;
  /** every `--set` value, in order */
  sets: string[];
}

const HELP_FLAGS = new Set(['--help', '-h']);

function isCommand(word: string): word is Command {
  return (COMMANDS as readonly string[]).includes(word);
}

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0 || argv.some((a) => HELP_FLAGS.has(a))) return { command: 'help', options: {}, sets: [] };
  const [word, ...rest] = argv;
  if (!isCommand(word)) throw new CliError('errors.unknownCommand', { command: word, choices: COMMANDS.join(', ') });

  const allowed = OPTIONS[word];
  const choices = Object.keys(allowed).map((name) => `--${name}`).join(', ') || '--help';
  const options: Record<string, string> = {};
  const sets: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) throw new CliError('errors.unexpectedArgument', { arg, command: word, choices });
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!(name in allowed)) throw new CliError('errors.unknownOption', { option: `--${name}`, command: word, choices });
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) throw new CliError('errors.missingValue', { option: arg });
      value = next;
      i++;
    }
    if (allowed[name]) {
      sets.push(value);
    } else {
      if (name in options) throw new CliError('errors.repeatedOption', { option: `--${name}` });
      options[name] = value;
    }
  }
  return { command: word, options, sets };
}
