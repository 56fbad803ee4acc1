/**
 * A SCORM package built for one class scenario (`build:scorm --scenario`):
 * the build puts the scenario in import.meta.env (stubbed here as the build
 * does), and the page opens into its briefing, plays only it, and refuses the
 * instructor's pages with a message. Without it, the title as before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { SHORT } from '../fixtures/shortScenario';
import { openApp, waitUntil, type AppUnderTest } from './harness';

let app: AppUnderTest | null = null;
afterEach(() => {
  app?.dispose();
  vi.unstubAllEnvs();
});

describe('a class package', () => {
  it('opens into its scenario’s briefing and refuses the class view, the lab, the scenario builder and replay', async () => {
    vi.stubEnv('VITE_CLASS_SCENARIO', encodeScenarioCode(SHORT));
    vi.stubEnv('VITE_CLASS_SEED', '12');
    app = await openApp('#/');
    await waitUntil('the scenario’s briefing', () => document.body.textContent?.includes('Downturn <b>drill</b>'));
    expect(app.find('open-class')).toBeNull();
    for (const page of ['#/class', '#/lab', '#/facilitator', '#/replay', '#/runs']) {
      await app.go(page);
      await waitUntil(`${page} refused`, () => document.body.textContent?.includes('This course holds one class scenario'));
    }
    // a story of the title screen's choice is the scenario's briefing instead
    await app.go('#/briefing?scenario=founder&seed=3');
    await waitUntil('the scenario’s briefing again', () => document.body.textContent?.includes('Downturn <b>drill</b>'));
  });

  it('is not there in any other build: the title and its menu', async () => {
    app = await openApp('#/');
    await app.get('open-class');
  });
});
