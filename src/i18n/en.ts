/** English strings. fr.ts must have exactly the same keys (a test checks it). */
import { uiEn } from './ui.en';
import { paramsEn } from './params.en';
import { codesEn } from './codes.en';
import { labEn } from './lab.en';
import { replayEn } from './replay.en';
import { classroomEn } from './classroom.en';
import { shareEn } from './share.en';
import { offlineEn } from './offline.en';
import { facilitatorEn } from './facilitator.en';
import { whyEn } from './why.en';
import { libraryEn } from './library.en';
import { cliEn } from './cli.en';
import { tourEn } from './tour.en';
import { inputErrorsEn } from './inputErrors.en';
import { storyEn } from './story.en';
import { roomEn } from './room.en';
import type { Widen } from './widen';

export const en = {
  ui: uiEn,
  params: paramsEn,
  codes: codesEn,
  lab: labEn,
  replay: replayEn,
  classroom: classroomEn,
  share: shareEn,
  offline: offlineEn,
  facilitator: facilitatorEn,
  why: whyEn,
  library: libraryEn,
  story: storyEn,
  room: roomEn,
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
      briefing: 'Commission only on sales above a quarterly quota, none past twice the quota, and the next quota raised after a strong quarter: the plan Misra & Nair studied before the firm replaced it with a plain commission.',
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
  cli: cliEn,
  tour: tourEn,
  inputErrors: inputErrorsEn,
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
    hud: {
      heading: 'The town’s numbers',
      reputationChange: 'Reputation {value}: {change} {since}',
      strip: 'The quarter’s weeks: {n, plural, =0 {nothing marked yet} one {# week where something happened} other {# weeks where something happened}}',
      tick: '{week}: {what}',
      repQuota: '{rep}: {pct} of quota',
      repSales: '{rep}: sales this quarter {sales}',
      marks: {
        departure: 'a rep left',
        hire: 'a new rep',
        returns: 'a wave of returns',
        moved: 'deals held back or pulled in',
        market: 'the market moved',
        dilemma: 'a dilemma',
      },
    },
    legend: {
      heading: 'Key',
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
      leaves: 'Customer leaves',
      praise: 'Praise',
      complaint: 'Complaint',
      pulledIn: 'Deal pulled in',
      heldBack: 'Deal held back',
      misconduct: 'Misconduct',
      angry: 'Leaves unhappy',
      hire: 'New rep',
      quit: 'Rep leaves',
      bonus: 'Bonus',
    },
  },
};

/** The shape every language must have: the same keys, strings as leaves. */
export type Strings = Widen<typeof en>;
