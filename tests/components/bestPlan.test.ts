/**
 * The debrief's "best plan we found for this market" (src/ui/play/bestPlanCard.ts):
 * the optimiser's plan precomputed by scripts/bestPlans.ts, beside the
 * story's own, with the year-2 profit of each; a quota bonus only where the
 * story has a quota; nothing for a class scenario (its own market) or a
 * story without a table; the table made by this model version. In English and French.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { BEST_PLANS, BEST_PLANS_MODEL } from '../../src/play/bestPlans';
import { Session } from '../../src/play/session';
import { MODEL_VERSION } from '../../src/sim';
import { bestPlanCard } from '../../src/ui/play/bestPlanCard';

afterEach(() => setLocale('en'));

const cells = (card: HTMLElement) => [...card.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('the best plan we found for this market', () => {
  it('was found by this model version (else run npm run best-plans)', () => {
    expect(BEST_PLANS_MODEL).toBe(MODEL_VERSION);
    expect(Object.keys(BEST_PLANS).sort()).toEqual(['ambivalent-ceo', 'founder', 'sales-director']);
  });

  it("shows the plan found beside the story's plan, and year-2 profit under each", () => {
    setLocale('en');
    const card = bestPlanCard(new Session('sales-director', 'best-1')) as HTMLElement;
    expect(card.querySelector('h2')?.textContent).toBe('The best plan we found for this market');
    const rows = cells(card);
    expect(rows.map((r) => r[0])).toEqual(['Commission', 'Base salary', 'Pay on satisfaction', 'Quota bonus']);
    // the story's own commission, 6%, in its column
    expect(rows[0][2]).toBe('6%');
    const plan = BEST_PLANS['sales-director'];
    expect(card.querySelector('[data-testid="best-plan-profit"]')?.textContent).toMatch(/^Year-2 profit on the check towns: €[\d,]+ with the plan found, €[\d,]+ with this story’s plan \(a difference of €[\d,]+; 95% interval €[\d,]+ to €[\d,]+\)\.$/);
    expect(card.querySelector('[data-testid="best-plan-missed"]') === null).toBe(plan.feasible);
  });

  it('says so when the plan found fell short of the reputation bound on the check towns', () => {
    const plan = Object.entries(BEST_PLANS).find(([, p]) => !p.feasible);
    if (plan === undefined) return;
    const card = bestPlanCard(new Session(plan[0], 'best-1')) as HTMLElement;
    expect(card.querySelector('[data-testid="best-plan-missed"]')?.textContent).toMatch(/^On the check towns its final reputation averages 0\.\d\d, short of the 0\.6/);
  });

  it('searches no quota bonus where the story has no quota', () => {
    const card = bestPlanCard(new Session('founder', 'best-1')) as HTMLElement;
    expect(cells(card).map((r) => r[0])).not.toContain('Quota bonus');
  });

  it('in French', () => {
    setLocale('fr');
    const card = bestPlanCard(new Session('founder', 'best-1')) as HTMLElement;
    expect(card.querySelector('h2')?.textContent).toBe('Le meilleur plan trouvé pour ce marché');
    expect(card.querySelector('[data-testid="best-plan-profit"]')?.textContent).toMatch(/^Profit de la deuxième année sur les villes de vérification\u202f: /);
  });

  it('is not shown for a class scenario or a story without a table', () => {
    expect(bestPlanCard({ scenario: 'founder', custom: {} } as unknown as Session)).toBeNull();
    expect(bestPlanCard(new Session('linear-commission', 'best-1'))).toBeNull();
  });
});
