/**
 * The planning panel: the story's three key levers first and the rest folded
 * into sections; arrow keys stepping by each lever's unit; thousands
 * separators while typing and after; an invalid field saying what is wrong and
 * the valid range; pending changes taken back one by one; the town's rep bars
 * left uncovered, at 1280×720 and 1920×1080, in English and French.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';

const site = useSite();

async function planning(locale: string, size: { width: number; height: number }, scenario = 'sales-director'): Promise<{ p: Page; problems: string[] }> {
  const { page: p, problems } = await openPage(site.browser, site.url, locale);
  await p.setViewportSize(size);
  await p.addInitScript(() => localStorage.setItem('salesfloor.tour', 'done'));
  await p.goto(`${site.url}#/play?scenario=${scenario}&seed=plan-panel`);
  await waitFor(p, 'start-quarter');
  return { p, problems };
}

const value = (p: Page, id: string) => p.getByTestId(id).inputValue();

/** What the field's aria-describedby points at, as text. */
async function described(p: Page, id: string): Promise<string> {
  return p.getByTestId(id).evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((ref) => document.getElementById(ref)?.textContent ?? '').join(' | '));
}

describe('planning panel', () => {
  it('shows the story’s key levers first, folds the rest, and leaves the town’s rep bars uncovered', async () => {
    const { p, problems } = await planning('en-GB', { width: 1280, height: 720 });
    const key = p.getByTestId('key-levers');
    for (const id of ['lever-plan-commissionRate', 'lever-plan-quota', 'lever-plan-discountAuthority']) await expect(key.getByTestId(id).isVisible()).resolves.toBe(true);
    await expect(key.locator('.lever').count()).resolves.toBe(3);
    for (const group of ['pay', 'quota', 'guards', 'management', 'hiring']) {
      await expect(p.getByTestId(`section-${group}`).evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    }
    await expect(p.getByTestId('lever-management-coaching').isVisible()).resolves.toBe(false);
    await p.locator('[data-testid="section-management"] > summary').click();
    await expect(p.getByTestId('lever-management-coaching').isVisible()).resolves.toBe(true);
    await p.locator('[data-testid="section-management"] > summary').click();

    // the panel starts under the top bar: the bars (x 660–1264, y 4–58) are the town's, not the panel's
    const box = await p.getByTestId('planning').boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(64);
    await expect(p.evaluate(() => document.elementFromPoint(1230, 30)?.tagName)).resolves.toBe('CANVAS');
    await p.waitForTimeout(1500);
    await shot(p, 'planning-1280-en');
    expect(problems).toEqual([]);
  });

  it('steps by each lever’s unit with the arrow keys, keeps thousands separators, and lists each change to take back', async () => {
    const { p, problems } = await planning('en-GB', { width: 1280, height: 720 });
    const commission = p.getByTestId('lever-plan-commissionRate');
    await expect(value(p, 'lever-plan-commissionRate')).resolves.toBe('6');
    await commission.press('ArrowUp');
    await expect(value(p, 'lever-plan-commissionRate')).resolves.toBe('7');
    await commission.press('ArrowDown');
    await commission.press('ArrowDown');
    await expect(value(p, 'lever-plan-commissionRate')).resolves.toBe('5');
    await commission.press('PageUp');
    await expect(value(p, 'lever-plan-commissionRate')).resolves.toBe('15');
    await expect(commission.getAttribute('aria-valuenow')).resolves.toBe('15');

    const quota = p.getByTestId('lever-plan-quota');
    await expect(value(p, 'lever-plan-quota')).resolves.toBe('230,000');
    await quota.press('ArrowUp');
    await expect(value(p, 'lever-plan-quota')).resolves.toBe('235,000');
    // typed digit by digit: grouped while typing and after
    await quota.fill('');
    await quota.pressSequentially('2150');
    await expect(value(p, 'lever-plan-quota')).resolves.toBe('2,150');
    await quota.pressSequentially('00');
    await expect(value(p, 'lever-plan-quota')).resolves.toBe('215,000');
    await quota.press('Tab');
    await expect(value(p, 'lever-plan-quota')).resolves.toBe('215,000');
    await expect(quota.evaluate((el) => getComputedStyle(el).fontWeight)).resolves.toBe('700');

    await p.locator('[data-testid="section-guards"] > summary').click();
    const clawback = p.getByTestId('lever-plan-clawbackWeeks');
    await clawback.press('ArrowUp');
    await expect(value(p, 'lever-plan-clawbackWeeks')).resolves.toBe('1');
    await expect(p.getByTestId('section-guards').textContent()).resolves.toContain('1 changed');

    // each change is listed and can be taken back alone
    await expect(p.getByTestId('pending-plan.commissionRate').textContent()).resolves.toContain('Commission: 6% → 15%');
    await expect(p.getByTestId('pending-plan.quota').textContent()).resolves.toContain('€230,000 → €215,000');
    await shot(p, 'planning-pending');
    await p.getByTestId('remove-plan.commissionRate').click();
    await expect(value(p, 'lever-plan-commissionRate')).resolves.toBe('6');
    await expect(p.getByTestId('pending-plan.commissionRate').count()).resolves.toBe(0);
    // the focus moves on to the next change left
    await expect(p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('remove-plan.quota');
    await expect(p.getByTestId('pending-plan.quota').count()).resolves.toBe(1);
    await expect(p.getByTestId('plan-status').textContent()).resolves.toContain('2 change');
    expect(problems).toEqual([]);
  });

  it('says what is wrong with an invalid field and the valid range, next to it', async () => {
    const { p, problems } = await planning('en-GB', { width: 1280, height: 720 });
    const commission = p.getByTestId('lever-plan-commissionRate');
    await commission.fill('45');
    await expect(commission.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(p.locator('#lever-plan-commissionRate-error').textContent()).resolves.toBe('Too high. Valid range: 0% – 30%.');
    await expect(described(p, 'lever-plan-commissionRate')).resolves.toContain('Too high. Valid range: 0% – 30%.');
    await expect(p.getByTestId('start-quarter').isDisabled()).resolves.toBe(true);
    await expect(p.getByTestId('plan-status').textContent()).resolves.toBe('Fix to confirm: Commission.');
    await commission.fill('abc');
    await expect(p.locator('#lever-plan-commissionRate-error').textContent()).resolves.toContain('Not a number');
    await commission.fill('');
    await expect(p.locator('#lever-plan-commissionRate-error').textContent()).resolves.toContain('Empty');
    await shot(p, 'planning-invalid');
    await commission.fill('6');
    await expect(p.locator('#lever-plan-commissionRate-error').textContent()).resolves.toBe('');

    await p.locator('[data-testid="section-guards"] > summary').click();
    await p.getByTestId('lever-plan-clawbackWeeks').fill('2.5');
    await expect(p.locator('#lever-plan-clawbackWeeks-error').textContent()).resolves.toContain('Not a whole number. Valid range: 0 – 52.');
    await p.getByTestId('lever-plan-clawbackWeeks').fill('2');

    await p.locator('[data-testid="section-hiring"] > summary').click();
    await p.getByTestId('hire-count').fill('11');
    await expect(described(p, 'hire-count')).resolves.toContain('Too high. Valid range: 0 – 10.');
    await expect(p.getByTestId('start-quarter').isDisabled()).resolves.toBe(true);
    await p.getByTestId('hire-count').fill('2');
    await expect(p.getByTestId('start-quarter').isDisabled()).resolves.toBe(false);
    expect(problems).toEqual([]);
  });

  it('in French at 1920×1080: spaces between thousands, messages in French, the bars still uncovered', async () => {
    const { p, problems } = await planning('fr-FR', { width: 1920, height: 1080 }, 'quarterly-quota');
    const quota = p.getByTestId('lever-plan-quota');
    await expect(value(p, 'lever-plan-quota')).resolves.toBe('215\u202f000');
    await quota.fill('');
    await quota.pressSequentially('2150000');
    await expect(value(p, 'lever-plan-quota')).resolves.toBe('2\u202f150\u202f000');
    await quota.fill('9000000');
    await expect(p.locator('#lever-plan-quota-error').textContent()).resolves.toBe('Trop haut. Plage valide : 0\u00a0€ – 5\u202f000\u202f000\u00a0€.');
    await quota.fill('215000');
    await expect(value(p, 'lever-plan-quota')).resolves.toBe('215\u202f000');
    await expect(p.getByTestId('key-levers').textContent()).resolves.toContain('Ce qui compte le plus');
    const box = await p.getByTestId('planning').boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(96);
    await expect(p.evaluate(() => document.elementFromPoint(1850, 45)?.tagName)).resolves.toBe('CANVAS');
    await p.waitForTimeout(1500);
    await shot(p, 'planning-1920-fr');
    expect(problems).toEqual([]);
  });
});
