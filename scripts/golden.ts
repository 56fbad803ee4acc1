/** Regenerates tests/golden/hashes.json after an intended model change. */
import { writeFileSync } from 'node:fs';
import { MODEL_VERSION, simulate } from '../src/sim';
import { SCENARIO_IDS, scenarioParams } from '../src/scenarios';

const seed = '2026';
const hashes: Record<string, string> = {};
for (const id of SCENARIO_IDS) hashes[id] = simulate({ params: scenarioParams(id), seed }).hash;
writeFileSync(new URL('../tests/golden/hashes.json', import.meta.url), `${JSON.stringify({ modelVersion: MODEL_VERSION, seed, hashes }, null, 2)}\n`);
console.log(hashes);
