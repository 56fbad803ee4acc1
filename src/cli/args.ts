/**
 * Parses argv into a command and its options. Options take `--name value` or
 * `--name=value`; `--help`/`-h` anywhere asks for help. `code` takes an
 * action (`encode` or `decode`), and `code decode` one argument, the code.
 * Every problem is a CliError (exit 2), raised before anything runs.
 */
import { CliError } from './errors';

export const COMMANDS = ['scenarios', 'params', 'run', 'sweep', 'merge', 'code', 'help'] as const;
export type Command = (typeof COMMANDS)[number];
export const CODE_ACTIONS = ['encode', 'decode'] as const;
export type CodeAction = (typeof CODE_ACTIONS)[number];

/** What builds a run from scratch; `run --code` takes none of these. */
export const RUN_INPUT_OPTIONS = ['scenario', 'seed', 'weeks', 'set', 'decisions'] as const;
const RUN_INPUT = Object.fromEntries(RUN_INPUT_OPTIONS.map((name) => [name, name === 'set']));

interface Grammar {
  /** the options it accepts; `true` marks a repeatable one */
  options: Record<string, boolean>;
  /** names of its positional arguments, all required */
  positionals: string[];
  /** the last positional may be repeated */
  repeat?: boolean;
}

const GRAMMARS: Record<string, Grammar> = {
  scenarios: { options: {}, positionals: [] },
  params: { options: {}, positionals: [] },
  run: { options: { ...RUN_INPUT, code: false, format: false, out: false }, positionals: [] },
  sweep: { options: { spec: false, workers: false, shard: false, out: false }, positionals: [] },
  merge: { options: { out: false }, positionals: ['SHARD_DIR'], repeat: true },
  'code encode': { options: RUN_INPUT, positionals: [] },
  'code decode': { options: {}, positionals: ['CODE'] },
  help: { options: {}, positionals: [] },
};

export interface Parsed {
  command: Command;
  /** the action of `code` */
  action?: CodeAction;
  /** last value of each single option */
  options: Record<string, string>;
  /** every `--set` value, in order */
  sets: string[];
  /** the positional arguments, as many as the command names */
  args: string[];
}

const HELP_FLAGS = new Set(['--help', '-h']);

function isCommand(word: string): word is Command {
  return (COMMANDS as readonly string[]).includes(word);
}

function isCodeAction(word: string | undefined): word is CodeAction {
  return word !== undefined && (CODE_ACTIONS as readonly string[]).includes(word);
}

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0 || argv.some((a) => HELP_FLAGS.has(a))) return { command: 'help', options: {}, sets: [], args: [] };
  const [word, ...rest] = argv;
  if (!isCommand(word)) throw new CliError('errors.unknownCommand', { command: word, choices: COMMANDS.join(', ') });
  if (word !== 'code') return { command: word, ...parseOptions(word, rest) };

  const [action, ...tail] = rest;
  const actions = CODE_ACTIONS.join(', ');
  if (action === undefined || action.startsWith('--')) throw new CliError('errors.missingAction', { command: word, choices: actions });
  if (!isCodeAction(action)) throw new CliError('errors.unknownAction', { action, command: word, choices: actions });
  return { command: word, action, ...parseOptions(`${word} ${action}`, tail) };
}

function parseOptions(name: string, rest: readonly string[]): Omit<Parsed, 'command' | 'action'> {
  const { options: allowed, positionals, repeat } = GRAMMARS[name];
  const choices = Object.keys(allowed).map((option) => `--${option}`).join(', ') || '--help';
  const options: Record<string, string> = {};
  const sets: string[] = [];
  const args: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      if (args.length >= positionals.length && !repeat) throw new CliError('errors.unexpectedArgument', { arg, command: name, choices });
      args.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const option = arg.slice(2, eq < 0 ? undefined : eq);
    if (!(option in allowed)) throw new CliError('errors.unknownOption', { option: `--${option}`, command: name, choices });
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) throw new CliError('errors.missingValue', { option: arg });
      value = next;
      i++;
    }
    if (allowed[option]) {
      sets.push(value);
    } else {
      if (option in options) throw new CliError('errors.repeatedOption', { option: `--${option}` });
      options[option] = value;
    }
  }
  if (args.length < positionals.length) {
    throw new CliError('errors.missingArgument', { command: name, usage: `salesfloor ${name} ${positionals.join(' ')}${repeat ? '…' : ''}` });
  }
  return { options, sets, args };
}
