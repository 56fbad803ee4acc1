/**
 * The shapes that cross the core's boundary: run state, weekly records,
 * decisions and the events views may listen to. Everything here is plain data
 * (typed arrays included), so a snapshot is structuredClone(state).
 */
import type { Params } from './paramSpecs';

export const MODEL_NAME = 'salesfloor';
/** Bump on any intended change of the model's trajectories (golden hashes move with it). */
export const MODEL_VERSION = '3.0.0';

export { WEEKS_PER_QUARTER, WEEKS_PER_YEAR } from './calendar';

/** seedrandom's alea generator state. */
export type RngState = { c: number; s0: number; s1: number; s2: number };

/** One independent stream per subsystem, all derived from the run seed. */
export type StreamName = 'setup' | 'market' | 'reps' | 'selling' | 'customers' | 'people';
export type Streams = Record<StreamName, RngState>;

export const Status = { Prospect: 0, Pending: 1, Active: 2, Lost: 3 } as const;
/** Whether a business has bought (Customers.adopted): never, once, or again after keeping an earlier order (won back). */
export const Adopted = { Never: 0, Bought: 1, WonBack: 2 } as const;

/** Customers as a structure of arrays: 20,000 of them are touched every week. */
export interface Customers {
  status: Uint8Array;
  /** how well the product fits their need, 0-1 */
  fit: Float64Array;
  /** trust in salespeople, 0-1 */
  trust: Float64Array;
  /** fear of sales pressure, 0-1 */
  fear: Float64Array;
  /** satisfaction with the product and the way it was sold, 0-1 */
  sat: Float64Array;
  /** id of the rep who sold them (or whose referral lead they are), -1 for none */
  rep: Int32Array;
  /** week of the last sale, -1 never */
  saleWeek: Int32Array;
  /** reorders since their first sale (how far into their wallet the firm has grown) */
  orders: Int32Array;
  /** net revenue of the last deal */
  paid: Float64Array;
  /** commission credited on the last deal, liable to clawback */
  commission: Float64Array;
  /** pressure felt at the last sale, 0-1 */
  pressure: Float64Array;
  /** Adopted: Never until they buy (Bass adopters), Bought once they have, WonBack when a first order was booked again after they had kept one */
  adopted: Uint8Array;
  /** 1 while the last sale was made against their interest */
  misled: Uint8Array;
  /** 1 when the rep who first sold them pushed (their reorders carry how they were sold) */
  pushed: Uint8Array;
  /** the active customers, in the first activeCount places, and where each one stands in that list (-1: not active) */
  activeList: Int32Array;
  activePos: Int32Array;
  activeCount: number;
  /**
   * The reorder clock: the customer's need for a new order, accumulated week
   * by week at their reorder hazard since their last order, and the level at
   * which they order (drawn from Exp(1) at each order). A reorder asked for
   * early (pulled in) is this next order, moved: the need it covered ahead of
   * time is owed (the clock restarts below zero).
   */
  need: Float64Array;
  threshold: Float64Array;
  /** the bond a relating rep built with them (up to 1), or the resentment pressure left (down to -1); it fades slowly */
  bond: Float64Array;
}

/** Where a deal came from: each deal is counted under one source (a moved deal under how it was moved). */
export const DEAL_SOURCES = ['cold', 'inbound', 'referral', 'reorder', 'selfService', 'pulledIn', 'heldBack', 'misconduct'] as const;
export type DealSource = (typeof DEAL_SOURCES)[number];

/**
 * An opportunity of a rep's pipeline (pipeline.ts), or a deal closed as it
 * comes (a reorder, a self-service or an unwanted sale: newDeal). A visit's
 * "yes" is an opportunity due at the customer's own expected close date;
 * until its last COMMIT_WEEKS weeks it is a proposal, then a commit.
 */
export interface Opportunity {
  customer: number;
  source: DealSource;
  /** a customer's order again (a reorder, maybe pulled in): it carries how they were first sold, and leaves their bond as it is */
  repeat: boolean;
  /** list value */
  value: number;
  discount: number;
  /** the week it will close: the customer's own date from their sales cycle, or where the rep moved it */
  closeWeek: number;
  /** the week a proposal slips away if it is still one then (drawn when it is won: a budget freeze, a rival), -1 for a deal closed as it comes */
  slipWeek: number;
  push: boolean;
  misconduct: boolean;
  /** the last week the rep asked this customer to close early, -1 never */
  askedWeek: number;
  /** held back by the rep into a later period (sandbagged) */
  held: boolean;
}

/** The two stages of an opportunity (forecast.ts: stageOf). */
export const STAGES = ['proposal', 'commit'] as const;
export type Stage = (typeof STAGES)[number];

/** A rep's settled quota period: weeks start to end (exclusive), the quota, the sales credited and the bonus paid. */
export interface PeriodRecord {
  start: number;
  end: number;
  quota: number;
  sales: number;
  bonus: number;
}

/** The running quota period: weeks start to end (exclusive), its kind's nominal length and its bonus (prorated when shorter). */
export interface QuotaPeriodState {
  start: number;
  end: number;
  nominal: number;
  bonus: number;
}

/**
 * Why a rep left: the largest term of their quit hazard (people.ts) the week they quit — burnout, lost care,
 * pay below their outside option, or none above the base rate ('usual': ordinary turnover) — or the facilitator's
 * 'star leaves' event.
 */
export const QUIT_REASONS = ['fatigue', 'care', 'lowPay', 'usual', 'event', 'poached'] as const;
export type QuitReason = (typeof QUIT_REASONS)[number];

export interface RepState {
  /** the rep's place in RunState.reps, for ever: reps are never removed, a rep who quits stays inactive */
  id: number;
  active: boolean;
  /** the block of the town the rep prospects in */
  territory: number;
  hiredWeek: number;
  leftWeek: number;
  /**
   * Reporting only (the model never reads them, the hash does not fold them): how the rep came, when not with the
   * starting team (the player's hire or a replacement after a quit), and why they left (QuitReason).
   */
  joinedAs?: 'hire' | 'replacement';
  leftBecause?: QuitReason;
  ability: number;
  /** ln(ability), kept to spare a logarithm per visit */
  logAbility: number;
  /** trainable relationship skill, 0-1 */
  skill: number;
  /** intrinsic care motive now, and the level the rep drifts back to */
  care: number;
  careBase: number;
  integrity: number;
  fatigue: number;
  /** decisions of the current week */
  effort: number;
  pushShare: number;
  /** the rep's belief of the revenue one unit of effort brings in a week */
  expectedRate: number;
  /**
   * What the rep has seen of each way of selling (priors at hire, learned at
   * reps.learningRate): the running close rates of their pushing and relating
   * visits, and the weekly reorders per account of the customers they pushed
   * and related with. Their beliefs are worked out from it (people.ts: pushEdge, relateFuture).
   */
  seen: { pushClose: number; relateClose: number; pushFollow: number; relateFollow: number };
  /** the active customers whose account the rep holds, by how they were first sold; kept up to date at every sale and loss */
  accounts: { pushed: number; related: number };
  /** moving averages of weekly pay and of its variable part */
  avgPay: number;
  avgVariable: number;
  /** the running quota period: this rep's quota, what they sold and how many deals */
  quota: number;
  periodSales: number;
  periodDeals: number;
  /** the ratchet's multiplier of the plan's quota for this rep (1: none yet) */
  ratchet: number;
  /** the rep's settled quota periods */
  periods: PeriodRecord[];
  /** recent satisfaction of the rep's customers (EWMA), for satisfaction-weighted pay */
  recentSat: number;
  /** totals */
  deals: number;
  revenue: number;
  pay: number;
  incentivePay: number;
  pushVisits: number;
  visits: number;
  misconduct: number;
  /** the rep's open opportunities, in the order they were won */
  pipeline: Opportunity[];
  /** referral leads sent to this rep by their own happy customers */
  referrals: number[];
  /** the last customers this rep visited, newest last (for the rep card) */
  lastVisits: number[];
}

export interface WeekRecord {
  week: number;
  quarter: number;
  leads: number;
  visits: number;
  deals: number;
  revenue: number;
  discount: number;
  returns: number;
  refunds: number;
  churned: number;
  activeCustomers: number;
  adopters: number;
  satisfaction: number;
  reputation: number;
  trust: number;
  nps: number;
  womPositive: number;
  womNegative: number;
  pushShare: number;
  effort: number;
  pay: number;
  incentivePay: number;
  clawback: number;
  managementCost: number;
  profit: number;
  careMotive: number;
  misconduct: number;
  movedDeals: number;
  quits: number;
  headcount: number;
  /** inbound leads that went cold before any rep called (the pool keeps about eight weeks of visits) */
  leadsLost: number;
  /** businesses that closed this week, each replaced by a new prospect (market.turnover) */
  closures: number;
  /** of those, active customers: accounts that ended because the business closed (churned counts the ones that left) */
  accountsClosed: number;
  /** proposals of the pipeline that slipped away before they were committed */
  slipped: number;
  /** customers who walked away from a deal their rep held back into the next period */
  walkedAway: number;
  /** deals a rep held back into the next period this week (they close with it, as heldBack deals, unless the customer walked) */
  heldBack: number;
  /** the discount given on the week's pulled-in deals, in money (their list value less their net revenue) */
  discountPulledIn: number;
  /** deals and net revenue by where they came from (DEAL_SOURCES); each sums to deals and revenue */
  dealsCold: number;
  dealsInbound: number;
  dealsReferral: number;
  dealsReorder: number;
  dealsSelfService: number;
  dealsPulledIn: number;
  dealsHeldBack: number;
  dealsMisconduct: number;
  revenueCold: number;
  revenueInbound: number;
  revenueReferral: number;
  revenueReorder: number;
  revenueSelfService: number;
  revenuePulledIn: number;
  revenueHeldBack: number;
  revenueMisconduct: number;
}

export type Decision =
  | { week: number; type: 'set'; key: string; value: number | string }
  | { week: number; type: 'gemba'; rep: number }
  | { week: number; type: 'hire'; count: number }
  /** a facilitator's market event (events.ts): size is a share, 0.01-1; weeks its duration, 1-520 */
  | { week: number; type: 'event'; event: TimedEventKind; size: number; weeks: number }
  /** the active rep with the most revenue so far quits that week */
  | { week: number; type: 'event'; event: 'starLeaves' }
  /** the player's answer to a dilemma of the game (dilemmas.ts): `customer` is -1 when the dilemma names none */
  | { week: number; type: 'dilemma'; kind: DilemmaKind; rep: number; customer: number; accept: boolean };

/** The game's dilemmas (dilemmas.ts): a rep asks for a deep discount to close before the period ends; a rival offers a top seller a job; a customer complains in public. */
export const DILEMMA_KINDS = ['discount', 'poach', 'complaint'] as const;
export type DilemmaKind = (typeof DILEMMA_KINDS)[number];

/** Events that last: a recession, a competitor's price cut, a product launch. */
export type TimedEventKind = 'recession' | 'priceCut' | 'launch';

/** A timed event in force: its kind, its size and the first week it no longer applies. */
export interface EventInForce {
  event: TimedEventKind;
  size: number;
  until: number;
}

export interface RunState {
  model: { name: string; version: string };
  seed: string;
  params: Params;
  /** weeks already simulated; the next step simulates week `week` */
  week: number;
  streams: Streams;
  customers: Customers;
  reps: RepState[];
  /** inbound leads waiting for a rep, oldest first */
  leadPool: number[];
  reputation: number;
  /** counts of the market the rules read, kept up to date on every change (no weekly scan) */
  marketCounts: {
    /** prospects who never bought: the Bass market of new adopters */
    fresh: number;
    adopters: number;
    /** lost customers who left dissatisfied: adopters who no longer recommend the product */
    unhappyLost: number;
    /** customers dissatisfied now (NPS detractors), as last week's pass counted them */
    activeDetractors: number;
    trusting: number;
  };
  /** the running quota period, null when the plan has none */
  period: QuotaPeriodState | null;
  /** share of reps who ended the last quota period under 70% of quota (management leans harder after a bad period) */
  missedShare: number;
  /** moving average of the share of reps who sold against customers' interest: the team's norm */
  misconductNorm: number;
  /** replacements on their way: the week they arrive and the territory they take */
  pendingHires: { week: number; territory: number }[];
  /** the facilitator's timed events in force (events.ts), in the order they began */
  events: EventInForce[];
  /** the town is split into this many territories, one per starting rep */
  territories: number;
  cash: number;
  history: WeekRecord[];
  /** running FNV-1a hash over every record, as two 32-bit halves */
  hash: [number, number];
}

/** What views may observe of a week. The core emits them only when asked. */
export type SimEvent =
  | { type: 'visit'; rep: number; customer: number; push: boolean }
  | { type: 'deal'; rep: number; customer: number; value: number; discount: number; moved: boolean; misconduct: boolean; source: DealSource; repeat: boolean }
  | { type: 'return'; rep: number; customer: number }
  | { type: 'churn'; rep: number; customer: number }
  /** a deal due now held back into the next period by its rep (pipeline.ts); `walked`: the customer would not wait and is a prospect again */
  | { type: 'hold'; rep: number; customer: number; walked: boolean }
  /** a business closed and a new one took its slot (turnover.ts): what the slot buys next is another customer's */
  | { type: 'closure'; customer: number }
  | { type: 'wom'; from: number; to: number; positive: boolean }
  /** reason: why the rep left (RepState.leftBecause) */
  | { type: 'quit'; rep: number; reason: QuitReason }
  /** replacement: the vacancy rule's hire after a quit, not the player's */
  | { type: 'hire'; rep: number; replacement: boolean }
  | { type: 'bonus'; rep: number; amount: number }
  /** a dilemma answered (dilemmas.ts); `cost`: what the answer paid at once (a discount, a retention bonus, a refund) */
  | { type: 'dilemma'; kind: DilemmaKind; rep: number; customer: number; accept: boolean; cost: number };

export type EventSink = (event: SimEvent) => void;
