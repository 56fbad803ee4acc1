import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../src/sim';
import { PARAMS_END, PARAMS_START, renderParamTable, withParamTable } from '../../src/validation/modelDoc';

const DOC = fileURLToPath(new URL('../../docs/MODEL.md', import.meta.url));

describe('docs/MODEL.md', () => {
  const doc = readFileSync(DOC, 'utf8');

  it('has the generated parameter table between its markers', () => {
    expect(doc).toContain(PARAMS_START);
    expect(doc).toContain(PARAMS_END);
  });

  it('carries the table PARAM_SPECS generates today (run npm run docs:model if this fails)', () => {
    expect(withParamTable(doc)).toBe(doc);
  });

  it('lists every parameter once', () => {
    const table = renderParamTable();
    for (const spec of PARAM_SPECS) expect(table.split(`| \`${spec.key}\` |`).length - 1).toBe(1);
  });

  it('describes the model with the ODD protocol', () => {
    for (const heading of ['Purpose', 'Entities, state variables and scales', 'Process overview and scheduling', 'Design concepts',
      'Initialisation', 'Input data', 'Submodels']) {
      expect(doc).toContain(heading);
    }
  });
});
