/**
 * Reads argv into a command and its options: node:util's parseArgs splits
 * the words (`--name value`, `--name=value`, `--` ends the options), and this
 * file checks them against each command's grammar so that every problem is
 * a CliError (exit 2, one line, in the CLI's language) raised before anything
 * runs. `--help`/`-h` anywhere asks for help. `code` takes an action
 * (`encode` or `decode`), and `code decode` one argument, the code.
 */
import { parseArgs as splitArgs } from 'node:util';
import { nearest } from '../sim';
import { CliError } from './errors';

export const COMMANDS = ['scenarios', 'params', 'run', 'sweep', 'merge', 'calibrate', 'optimize', 'code', 'class', 'serve', 'sensitivity', 'help'] as const;
export type Command = (typeof COMMANDS)[number];
export const CODE_ACTIONS = ['encode', 'decode'] as const;
export type CodeAction = (typeof CODE_ACTIONS)[number];

/** What builds a run from scratch; `run --code` takes none of these. */
export const RUN_INPUT_OPTIONS = ['scenario', 'seed', 'weeks', 'set', 'decisions', 'dilemmas'] as const;
/** The options that make `run` run many: every scenario × every seed. */
export const MANY_OPTIONS = ['seeds', 'workers'] as const;

interface Grammar {
  /** the options it accepts, all taking a value; `true` marks a repeatable one */
  options: Record<string, boolean>;
  /** names of its positional arguments, all required */
  positionals: string[];
  /** the last positional may be repeated */
  repeat?: boolean;
  /** options that take no value (`--dry-run`): "true" in `options` when given */
  flags?: string[];
}

const RUN_INPUT: Record<string, boolean> = Object.fromEntries(RUN_INPUT_OPTIONS.map((name) => [name, name === 'set']));

const GRAMMARS: Record<string, Grammar> = {
  scenarios: { options: {}, positionals: [] },
  params: { options: {}, positionals: [] },
  run: { options: { ...RUN_INPUT, seeds: false, workers: false, code: false, 'scenario-code': false, format: false, table: false, out: false }, positionals: [] },
  sweep: { options: { spec: false, workers: false, shard: false, out: false }, positionals: [], flags: ['dry-run'] },
  merge: { options: { out: false }, positionals: ['SHARD_DIR'], repeat: true },
  calibrate: { options: { data: false, spec: false, workers: false, out: false }, positionals: [] },
  optimize: { options: { spec: false, workers: false, out: false }, positionals: [] },
  'code encode': { options: { ...RUN_INPUT, 'scenario-code': false }, positionals: [] },
  'code decode': { options: { 'scenario-code': false }, positionals: ['CODE'] },
  class: { options: { port: false, host: false, scenario: false, seed: false, data: false, site: false, resume: false }, positionals: [] },
  // --from DIR takes the first shard directory; the others follow as arguments
  sensitivity: { options: { spec: false, workers: false, shard: false, out: false, from: false }, positionals: [], repeat: true },
  serve: { options: { workers: false }, positionals: [], flags: ['stdio'] },
  help: { options: {}, positionals: [] },
};

export interface Parsed {
  command: Command;
  /** the action of `code` */
  action?: CodeAction;
  /** the value of each single option */
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

/** The CliError for a word that is none of `choices`: with the nearest ones when some are close. */
export function unknownWord(key: string, word: string, choices: readonly string[], vars: Record<string, string> = {}): CliError {
  const near = nearest(word, choices);
  const all = { ...vars, choices: choices.join(', ') };
  return near.length > 0 ? new CliError(`${key}Near`, { ...all, near: near.join(', ') }) : new CliError(key, all);
}

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0 || argv.some((a) => HELP_FLAGS.has(a))) return { command: 'help', options: {}, sets: [], args: [] };
  const [word, ...rest] = argv;
  if (!isCommand(word)) throw unknownWord('errors.unknownCommand', word, COMMANDS, { command: word });
  if (word !== 'code') return { command: word, ...parseOptions(word, rest) };

  const [action, ...tail] = rest;
  const actions = CODE_ACTIONS.join(', ');
  if (action === undefined || action.startsWith('-')) throw new CliError('errors.missingAction', { command: word, choices: actions });
  if (!isCodeAction(action)) throw unknownWord('errors.unknownAction', action, CODE_ACTIONS, { action, command: word });
  return { command: word, action, ...parseOptions(`${word} ${action}`, tail) };
}

function parseOptions(name: string, rest: readonly string[]): Omit<Parsed, 'command' | 'action'> {
  const { options: allowed, positionals, repeat, flags: bare = [] } = GRAMMARS[name];
  const flags = [...Object.keys(allowed), ...bare].map((option) => `--${option}`);
  const choices = flags.join(', ') || '--help';
  // every option takes a value; unknown ones come back as tokens too (strict: false), so the checks below name them
  const config = Object.fromEntries(Object.entries(allowed).map(([option, multiple]) => [option, { type: 'string' as const, multiple }]));
  const { tokens } = splitArgs({ args: [...rest], options: config, strict: false, allowPositionals: true, tokens: true });
  const options: Record<string, string> = {};
  const sets: string[] = [];
  const args: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (args.length >= positionals.length && !repeat) throw new CliError('errors.unexpectedArgument', { arg: token.value, command: name, choices });
      args.push(token.value);
      continue;
    }
    const option = token.rawName.startsWith('--') ? token.name : token.rawName;
    if (bare.includes(option)) {
      if (token.inlineValue) throw new CliError('errors.flagValue', { option: token.rawName });
      if (option in options) throw new CliError('errors.repeatedOption', { option: `--${option}` });
      options[option] = 'true';
      continue;
    }
    if (!(option in allowed)) throw unknownWord('errors.unknownOption', token.rawName, flags.length > 0 ? flags : ['--help'], { option: token.rawName, command: name });
    // `--seed --weeks 3`: the next word is an option, not the value
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--'))) throw new CliError('errors.missingValue', { option: token.rawName });
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
