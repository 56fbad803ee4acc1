/** The tour's memory where storage is blocked (no localStorage here, as in a private window that refuses it): once per page load. */
import { expect, it, vi } from 'vitest';
import { askForTour, setTourProgress, tourAsked, tourProgress } from '../../src/ui/tour/progress';

const blocked = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};
vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked, removeItem: blocked });

it('starts at the plan, moves on, stays done for the page load, and comes back when asked for', () => {
  expect(tourProgress()).toBe('plan');
  setTourProgress('play');
  expect(tourProgress()).toBe('play');
  setTourProgress('done');
  expect(tourProgress()).toBe('done');
  expect(tourAsked()).toBe(false);
  askForTour();
  expect(tourProgress()).toBe('plan');
  expect(tourAsked()).toBe(true);
  setTourProgress('done');
  expect(tourAsked()).toBe(false);
});
