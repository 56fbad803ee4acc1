/** Regenerates tests/golden/hashes.json after an intended model change. */
import { writeFileSync } from 'node:fs';
import { MODEL_VERSION, simulate } from '../src/sim';
import { SCENARIO_IDS, scenarioParams } from '../src/scenarios';
import { EVENT_CASES } from '../tests/golden/eventCases';

const seed = '2026';
const hashes: Record<string, string> = {};
for (const id of SCENARIO_IDS) hashes[id] = simulate({ params: scenarioParams(id), seed }).hash;
// runs with the facilitator's market events, by case name
const events: Record<string, string> = {};
for (const c of EVENT_CASES) events[c.name] = simulate({ params: scenarioParams(c.scenario), seed, decisions: c.decisions }).hash;
writeFileSync(new URL('../tests/golden/hashes.json', import.meta.url), `${JSON.stringify({ modelVersion: MODEL_VERSION, seed, hashes, events }, null, 2)}\n`);
console.log(hashes, events);
