/**
 * npm run docs:model — regenerates the parameter table of docs/MODEL.md from
 * PARAM_SPECS and its constants table from CONSTANTS. With --check, writes
 * nothing and exits 1 when a table is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withConstantTable, withParamTable } from '../src/validation/modelDoc';

const path = fileURLToPath(new URL('../docs/MODEL.md', import.meta.url));
const doc = readFileSync(path, 'utf8');
const next = withConstantTable(withParamTable(doc));
if (process.argv.includes('--check')) {
  if (next !== doc) {
    process.stderr.write('docs/MODEL.md: the parameter or constants table is stale; run npm run docs:model\n');
    process.exit(1);
  }
  process.stdout.write('docs/MODEL.md: parameter and constants tables up to date\n');
} else if (next !== doc) {
  writeFileSync(path, next);
  process.stdout.write('docs/MODEL.md: parameter and constants tables regenerated\n');
} else {
  process.stdout.write('docs/MODEL.md: parameter and constants tables already up to date\n');
}
