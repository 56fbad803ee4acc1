/**
 * The weekly record: what a week did, in the units the CLI, the charts and
 * the validation read. Every number of it is folded into the run hash.
 */
import type { Week } from './context';
import type { MarketCounts } from './customers';
import { foldNumber } from './hash';
import { quarterOf } from './calendar';
import { DEAL_SOURCES, type DealSource, type WeekRecord } from './types';

export function makeRecord(w: Week, counts: MarketCounts): WeekRecord {
  const acc = w.acc;
  const state = w.state;
  const p = w.params;
  const n = state.customers.status.length;
  let headcount = 0;
  let effort = 0;
  let care = 0;
  for (const r of state.reps) {
    if (!r.active) continue;
    headcount++;
    effort += r.effort;
    care += r.care;
  }
  const deals = acc.dealsBySource;
  const revenue = acc.revenueBySource;
  const gross = (acc.revenue - acc.refunds) * p['market.grossMargin'];
  const profit = gross - acc.pay - acc.managementCost - p['market.fixedCosts'];
  return {
    week: w.week,
    quarter: quarterOf(w.week) + 1,
    leads: acc.leads,
    visits: acc.visits,
    deals: acc.deals,
    revenue: acc.revenue,
    discount: acc.discount,
    returns: acc.returns,
    refunds: acc.refunds,
    churned: acc.churned,
    activeCustomers: counts.active,
    adopters: state.marketCounts.adopters,
    satisfaction: counts.active > 0 ? counts.satSum / counts.active : 0,
    reputation: state.reputation,
    trust: state.marketCounts.trusting / n,
    nps: counts.active > 0 ? (100 * (counts.promoters - counts.detractors)) / counts.active : 0,
    womPositive: acc.womPositive,
    womNegative: acc.womNegative,
    pushShare: acc.visits > 0 ? acc.pushVisits / acc.visits : 0,
    effort: headcount > 0 ? effort / headcount : 0,
    pay: acc.pay,
    incentivePay: acc.incentivePay,
    clawback: acc.clawback,
    managementCost: acc.managementCost,
    profit,
    careMotive: headcount > 0 ? care / headcount : 0,
    misconduct: acc.misconduct,
    movedDeals: acc.movedDeals,
    quits: acc.quits,
    headcount,
    leadsLost: acc.leadsLost,
    closures: acc.closures,
    accountsClosed: acc.accountsClosed,
    slipped: acc.slipped,
    walkedAway: acc.walkedAway,
    heldBack: acc.heldBack,
    discountPulledIn: acc.discountPulledIn,
    // by source, in the order of DEAL_SOURCES, written out: one object of one shape, where spreading two built objects into
    // it cost a tenth of the record (the fields and their order are those of SOURCE_FIELDS, checked once below)
    dealsCold: deals[COLD],
    dealsInbound: deals[INBOUND],
    dealsReferral: deals[REFERRAL],
    dealsReorder: deals[REORDER],
    dealsSelfService: deals[SELF_SERVICE],
    dealsPulledIn: deals[PULLED_IN],
    dealsHeldBack: deals[HELD_BACK],
    dealsMisconduct: deals[MISCONDUCT],
    revenueCold: revenue[COLD],
    revenueInbound: revenue[INBOUND],
    revenueReferral: revenue[REFERRAL],
    revenueReorder: revenue[REORDER],
    revenueSelfService: revenue[SELF_SERVICE],
    revenuePulledIn: revenue[PULLED_IN],
    revenueHeldBack: revenue[HELD_BACK],
    revenueMisconduct: revenue[MISCONDUCT],
  };
}

/** The week record's field for a source's deals or revenue: dealsCold, revenueReorder… */
export function sourceField(prefix: 'deals' | 'revenue', source: DealSource): keyof WeekRecord {
  return `${prefix}${source[0].toUpperCase()}${source.slice(1)}` as keyof WeekRecord;
}

/** Those fields in the order of DEAL_SOURCES, built once. */
export const SOURCE_FIELDS = {
  deals: DEAL_SOURCES.map((s) => sourceField('deals', s)),
  revenue: DEAL_SOURCES.map((s) => sourceField('revenue', s)),
};

/** Each source's place in DEAL_SOURCES, for the record's fields written out in makeRecord. */
const WRITTEN = ['cold', 'inbound', 'referral', 'reorder', 'selfService', 'pulledIn', 'heldBack', 'misconduct'] as const satisfies readonly DealSource[];
const [COLD, INBOUND, REFERRAL, REORDER, SELF_SERVICE, PULLED_IN, HELD_BACK, MISCONDUCT] = WRITTEN.map((s) => DEAL_SOURCES.indexOf(s));
// makeRecord writes the sources' fields in the order of SOURCE_FIELDS: a source added to DEAL_SOURCES, or one moved, must be
// written there too (the hash folds the fields in the record's order)
if (DEAL_SOURCES.length !== WRITTEN.length || [COLD, INBOUND, REFERRAL, REORDER, SELF_SERVICE, PULLED_IN, HELD_BACK, MISCONDUCT].some((at, i) => at !== i)) {
  throw new Error('record.ts: makeRecord does not write DEAL_SOURCES in order');
}

export function foldRecord(hash: [number, number], r: WeekRecord): void {
  for (const key in r) foldNumber(hash, r[key as keyof WeekRecord]);
}
