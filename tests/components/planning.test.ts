/**
 * The planning panel: the story's three key levers first and the rest folded
 * into sections; arrow keys stepping by each lever's unit; thousands
 * separators while typing and after; an invalid field saying what is wrong and
 * the valid range; pending changes taken back one by one; in English and
 * French; the phone sheet's handle dragged, tapped and keyed. Where the panel
 * sits over the town, and how its fields look, is tests/browser/planning.test.ts
 * (on a phone: tests/browser/phoneLayout.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, playQuarter, type AppUnderTest } from './harness';
import { clearField, described, leaveField, openSection, press, shown, testid, typeInto } from './playHelpers';

let app: AppUnderTest | null = null;
afterEach(() => {
  app?.dispose();
  // the sheet's height lives on the root, for the next quarter's panel
  document.documentElement.style.removeProperty('--sheet');
});

async function planning(language: string, scenario = 'sales-director'): Promise<AppUnderTest> {
  app = await openApp(`#/play?scenario=${scenario}&seed=plan-panel`, { language });
  await app.get('start-quarter');
  return app;
}

const field = (a: AppUnderTest, id: string) => a.get(id) as Promise<HTMLInputElement>;
const value = async (a: AppUnderTest, id: string) => (await field(a, id)).value;
const byId = (id: string) => document.getElementById(id)?.textContent ?? null;


describe('planning panel', () => {
  it('shows the story’s key levers first and folds the rest', async () => {
    const a = await planning('en-GB');
    const key = await a.get('key-levers');
    for (const id of ['lever-plan-commissionRate', 'lever-plan-quota', 'lever-plan-discountAuthority']) expect(shown(key.querySelector(`[data-testid="${id}"]`))).toBe(true);
    expect(key.querySelectorAll('.lever')).toHaveLength(3);
    for (const group of ['pay', 'quota', 'guards', 'management', 'hiring']) expect(((await a.get(`section-${group}`)) as HTMLDetailsElement).open).toBe(false);
    expect(shown(a.find('lever-management-coaching'))).toBe(false);
    await openSection(a, 'management');
    expect(shown(a.find('lever-management-coaching'))).toBe(true);
    await openSection(a, 'management');
    expect(shown(a.find('lever-management-coaching'))).toBe(false);
  });

  it('steps by each lever’s unit with the arrow keys, keeps thousands separators, and lists each change to take back', async () => {
    const a = await planning('en-GB');
    const commission = await field(a, 'lever-plan-commissionRate');
    expect(commission.value).toBe('6');
    await press(commission, 'ArrowUp');
    expect(commission.value).toBe('7');
    await press(commission, 'ArrowDown');
    await press(commission, 'ArrowDown');
    expect(commission.value).toBe('5');
    await press(commission, 'PageUp');
    expect(commission.value).toBe('15');
    expect(commission.getAttribute('aria-valuenow')).toBe('15');

    const quota = await field(a, 'lever-plan-quota');
    expect(quota.value).toBe('230,000');
    await press(quota, 'ArrowUp');
    expect(quota.value).toBe('235,000');
    // typed digit by digit: grouped while typing and after
    await clearField(quota);
    await typeInto(quota, '2150');
    expect(quota.value).toBe('2,150');
    await typeInto(quota, '00');
    expect(quota.value).toBe('215,000');
    await leaveField(quota);
    expect(quota.value).toBe('215,000');

    await openSection(a, 'guards');
    const clawback = await field(a, 'lever-plan-clawbackWeeks');
    expect(shown(clawback)).toBe(true);
    await press(clawback, 'ArrowUp');
    expect(clawback.value).toBe('1');
    expect(await a.text('section-guards')).toContain('1 changed');

    // each change is listed and can be taken back alone
    expect(await a.text('pending-plan.commissionRate')).toContain('Commission: 6% → 15%');
    expect(await a.text('pending-plan.quota')).toContain('€230,000 → €215,000');
    await a.click('remove-plan.commissionRate');
    expect(await value(a, 'lever-plan-commissionRate')).toBe('6');
    expect(a.find('pending-plan.commissionRate')).toBeNull();
    // the focus moves on to the next change left
    expect(testid()).toBe('remove-plan.quota');
    expect(document.querySelectorAll('[data-testid="pending-plan.quota"]')).toHaveLength(1);
    expect(await a.text('plan-status')).toContain('2 change');
  });

  it('says what is wrong with an invalid field and the valid range, next to it', async () => {
    const a = await planning('en-GB');
    await a.fill('lever-plan-commissionRate', '45');
    const commission = await field(a, 'lever-plan-commissionRate');
    expect(commission.getAttribute('aria-invalid')).toBe('true');
    expect(byId('lever-plan-commissionRate-error')).toBe('Too high. Valid range: 0% – 30%.');
    expect(described(commission)).toContain('Too high. Valid range: 0% – 30%.');
    expect(((await a.get('start-quarter')) as HTMLButtonElement).disabled).toBe(true);
    expect(await a.text('plan-status')).toBe('Fix to confirm: Commission.');
    await a.fill('lever-plan-commissionRate', 'abc');
    expect(byId('lever-plan-commissionRate-error')).toContain('Not a number');
    await a.fill('lever-plan-commissionRate', '');
    expect(byId('lever-plan-commissionRate-error')).toContain('Empty');
    await a.fill('lever-plan-commissionRate', '6');
    expect(byId('lever-plan-commissionRate-error')).toBe('');

    await openSection(a, 'guards');
    expect(shown(a.find('lever-plan-clawbackWeeks'))).toBe(true);
    await a.fill('lever-plan-clawbackWeeks', '2.5');
    expect(byId('lever-plan-clawbackWeeks-error')).toContain('Not a whole number. Valid range: 0 – 52.');
    await a.fill('lever-plan-clawbackWeeks', '2');

    await openSection(a, 'hiring');
    expect(shown(a.find('hire-count'))).toBe(true);
    await a.fill('hire-count', '11');
    expect(described(await a.get('hire-count'))).toContain('Too high. Valid range: 0 – 10.');
    expect(((await a.get('start-quarter')) as HTMLButtonElement).disabled).toBe(true);
    await a.fill('hire-count', '2');
    expect(((await a.get('start-quarter')) as HTMLButtonElement).disabled).toBe(false);
  });

  it('in French: spaces between thousands, messages in French', async () => {
    const a = await planning('fr-FR', 'quarterly-quota');
    const quota = await field(a, 'lever-plan-quota');
    expect(quota.value).toBe('330\u202f000');
    await clearField(quota);
    await typeInto(quota, '2150000');
    expect(quota.value).toBe('2\u202f150\u202f000');
    await a.fill('lever-plan-quota', '9000000');
    expect(byId('lever-plan-quota-error')).toBe('Trop haut. Plage valide : 0\u00a0€ – 5\u202f000\u202f000\u00a0€.');
    await a.fill('lever-plan-quota', '215000');
    expect(quota.value).toBe('215\u202f000');
    expect(await a.text('key-levers')).toContain('Ce qui compte le plus');
  });

  it('the phone sheet’s handle: a drag sets its height (finger or mouse), a tap switches, the keys step', async () => {
    const a = await planning('en-GB');
    const handle = await a.get('sheet-handle');
    const sheet = () => Number(document.documentElement.style.getPropertyValue('--sheet'));
    const pointer = (type: string, y: number, pointerType = 'touch') => handle.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType, clientY: y, button: 0, bubbles: true, cancelable: true }));
    const drag = (from: number, to: number, pointerType?: string) => {
      pointer('pointerdown', from, pointerType);
      pointer('pointermove', (from + to) / 2, pointerType);
      pointer('pointermove', to, pointerType);
      pointer('pointerup', to, pointerType);
    };
    expect(handle.getAttribute('role')).toBe('separator');
    expect(handle.getAttribute('tabindex')).toBe('0');
    expect(handle.getAttribute('aria-valuenow')).toBe('60');
    expect(handle.getAttribute('aria-valuetext')).toBe('60% of the screen');
    // the sheet's top follows the finger: from 40% of the 720 px down to 150 px from the top
    expect(innerHeight).toBe(720);
    drag(288, 150);
    expect(sheet()).toBeCloseTo((720 - 150) / 720, 3);
    expect(handle.getAttribute('aria-valuenow')).toBe('79');
    // a mouse too, and never above the tallest nor below the lowest
    drag(150, 0, 'mouse');
    expect(sheet()).toBe(0.9);
    drag(72, 700);
    expect(sheet()).toBe(0.4);
    // a tap (no move) switches to the tallest, then back to the default
    drag(432, 433);
    expect(sheet()).toBe(0.9);
    drag(72, 72);
    expect(sheet()).toBe(0.6);
    // the keys: arrows step by a tenth, Home and End go to the ends, Enter switches
    await press(handle, 'ArrowUp');
    expect(sheet()).toBeCloseTo(0.7, 3);
    await press(handle, 'ArrowDown');
    await press(handle, 'ArrowDown');
    expect(sheet()).toBeCloseTo(0.5, 3);
    await press(handle, 'End');
    expect(handle.getAttribute('aria-valuenow')).toBe('90');
    await press(handle, 'Home');
    expect(sheet()).toBe(0.4);
    await press(handle, 'Enter');
    expect(sheet()).toBe(0.9);
    // the next quarter's panel opens at the height chosen
    await playQuarter(a);
    await a.click('next-quarter');
    expect((await a.get('sheet-handle')).getAttribute('aria-valuenow')).toBe('90');
  });
});
