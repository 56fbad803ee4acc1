/** English strings. fr.ts must have exactly the same keys (a test checks it). */
import { uiEn } from './ui.en';
import { paramsEn } from './params.en';
import { codesEn } from './codes.en';
import { shareEn } from './share.en';
import { offlineEn } from './offline.en';

export const en = {
  ui: uiEn,
  params: paramsEn,
  codes: codesEn,
  share: shareEn,
  offline: offlineEn,
  app: {
    name: 'Salesfloor',
    tagline: 'A sales team under volume bonuses or reputation building: the result of selling, and its effect.',
  },
  scenarios: {
    founder: {
      title: 'The founder\'s way',
      briefing: 'Mostly salary, variable pay tied to how satisfied customers are, a lot of coaching and no quota. People buy from people they like.',
    },
    'sales-director': {
      title: 'The sales director\'s plan',
      briefing: 'Low salary, high commission, a quarterly quota with a bonus and a 2x accelerator, wide discount authority, little coaching. Volume first.',
    },
    'ambivalent-ceo': {
      title: 'The ambivalent CEO',
      briefing: 'Some coaching and a little pay on satisfaction, but an ambitious quarterly quota and a big bonus. Good sales, and lots of them.',
    },
    'linear-commission': {
      title: 'Linear commission',
      briefing: 'Salary plus a flat commission on every sale, no quota. The baseline for the pay-plan experiments.',
    },
    'quarterly-quota': {
      title: 'Quarterly quota',
      briefing: 'The same expected pay as the linear commission, paid as a lump bonus for reaching a quarterly quota.',
    },
    'annual-quota': {
      title: 'Annual quota',
      briefing: 'The same expected pay again, paid as a lump bonus for reaching a yearly quota.',
    },
    'capped-quota': {
      title: 'Capped quota with ratchet',
      briefing: 'A quarterly quota with a smaller bonus and commission, no commission past 120% of quota, and next quota raised after a strong quarter.',
    },
    clawback: {
      title: 'Sales director with clawback',
      briefing: 'The sales director\'s plan, but commission is taken back when a customer returns or leaves within 13 weeks.',
    },
    'team-bonus': {
      title: 'Team commission',
      briefing: 'Salary plus a commission computed on the whole team\'s sales instead of each rep\'s own.',
    },
  },
  cli: {
    help: [
      'salesfloor: the Salesfloor simulation on the command line.',
      '',
      'Usage:',
      '  salesfloor scenarios                    list the scenarios',
      '  salesfloor params                       list every parameter: key, default, range, unit, description',
      '  salesfloor run --scenario ID [options]  simulate one run and print it',
      '  salesfloor help                         show this help',
      '',
      'Options of run:',
      '  --scenario ID       scenario id (see salesfloor scenarios); required',
      '  --seed S            run seed, any non-empty text (default: {seed})',
      '  --weeks N           weeks to simulate, {minWeeks} to {maxWeeks} (default: {weeks}, the game\'s length)',
      '  --set key=value     change one parameter (see salesfloor params); repeatable',
      '  --decisions FILE    timed decision log (JSON): an array, or an object with a "decisions" or "log" array (the game\'s save)',
      '  --format json|csv   json (default): the whole run; csv: the weekly table',
      '  --out FILE          write to FILE instead of standard output',
      '',
      'The same scenario, seed, parameters and decisions always give the same run and hash.',
      'Exit status: 0 done, 2 bad input (one line on standard error), 1 unexpected error.',
      '',
      'Examples:',
      '  salesfloor run --scenario founder --seed 7',
      '  salesfloor run --scenario sales-director --set plan.clawbackWeeks=13 --format csv --out runs.csv',
    ].join('\n'),
    columns: {
      id: 'id',
      title: 'title',
      key: 'key',
      default: 'default',
      range: 'range',
      unit: 'unit',
      description: 'description',
    },
    errors: {
      line: 'salesfloor: {message}',
      unexpected: 'salesfloor: unexpected error: {message}',
      unknownCommand: 'unknown command "{command}"; valid commands: {choices}',
      unknownOption: 'unknown option "{option}" for {command}; valid options: {choices}',
      unexpectedArgument: 'unexpected argument "{arg}" for {command}; valid options: {choices}',
      missingValue: 'option {option} needs a value',
      repeatedOption: 'option {option} given more than once',
      missingScenario: 'run needs --scenario ID; valid scenarios: {choices}',
      emptySeed: 'the seed is empty; give --seed any non-empty text, such as {seed}',
      badSet: 'malformed --set "{arg}": expected key=value, such as plan.commissionRate=0.05',
      badWeeks: '--weeks: {message}',
      badFormat: 'unknown format "{format}"; valid formats: {choices}',
      unreadable: 'cannot read the decisions file {file}: {reason}',
      unwritable: 'cannot write {file}: {reason}',
      malformed: 'malformed decisions file {file}: {reason}; expected a JSON array of decisions, or an object with a "decisions" or "log" array',
      notJson: 'not valid JSON ({detail})',
      noDecisions: 'no decision list',
      badDecision: 'decisions file {file}: {message}',
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EISDIR: 'it is a directory',
      ENOTDIR: 'a part of the path is not a directory',
    },
  },
  game: {
    loading: 'Loading the town…',
    canvasLabel: 'The town: customers\' houses coloured by satisfaction, the office and the sales reps at work',
    week: 'Week {week} · Q{quarter}',
    weekOf: 'week {week} of {total}',
    reputation: 'Reputation',
    cash: 'Cash',
    wordOfMouth: 'Word of mouth',
    office: 'Office',
    rep: 'Rep {n}',
    repShort: 'Rep {n}',
    fx: {
      hired: 'new hire',
      quit: 'quits',
    },
    legend: {
      prospect: 'Prospect',
      pending: 'Deal pending',
      promoter: 'Promoter',
      satisfied: 'Satisfied',
      lukewarm: 'Lukewarm',
      unhappy: 'Unhappy',
      veryUnhappy: 'Very unhappy',
      lost: 'Lost',
      relating: 'Relating',
      pushing: 'Pushing',
      deal: 'Deal',
      discount: 'Discount',
      returned: 'Return',
      leaves: 'Leaves',
      praise: 'Praise',
      complaint: 'Complaint',
    },
  },
};

/** The shape every language must have: the same keys, strings as leaves. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Strings = Widen<typeof en>;
