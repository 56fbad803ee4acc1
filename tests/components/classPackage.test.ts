/**
 * A SCORM package built for one class scenario (`build:scorm --scenario`):
 * the package's index.html pins the scenario in a meta element (added here
 * as scripts/scormClass.ts writes it), and the page opens into its briefing, plays only it, and refuses the
 * instructor's pages with a message. Without it, the title as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { CLASS_META } from '../../src/ui/shell/classPackage';
import { pinClass } from '../../scripts/scormClass';
import { SHORT } from '../fixtures/shortScenario';
import { openApp, waitUntil, type AppUnderTest } from './harness';

let app: AppUnderTest | null = null;
afterEach(() => {
  app?.dispose();
  document.querySelector(`meta[name="${CLASS_META}"]`)?.remove();
});

/** The meta a class package's index.html carries, put in this document's head. */
function pin(sc: string, seed: string): void {
  const html = pinClass('<html><head></head><body></body></html>', { sc, seed });
  const meta = new DOMParser().parseFromString(html, 'text/html').querySelector(`meta[name="${CLASS_META}"]`);
  if (!meta) throw new Error('pinClass wrote no meta');
  document.head.append(meta);
}

describe('a class package', () => {
  it('opens into its scenario’s briefing and refuses the class view, the lab, the scenario builder and replay', async () => {
    pin(encodeScenarioCode(SHORT), '12');
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
