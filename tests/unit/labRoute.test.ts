/** The lab's routes: #/lab and #/lab/model?at=ANCHOR, read and written back. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../src/ui/shell/router';

describe('lab routes', () => {
  it('reads and writes #/lab and the model page with its anchor', () => {
    expect(parseRoute('#/lab')).toEqual({ name: 'lab', page: 'main', at: '' });
    expect(parseRoute('#/lab/model?at=marginal-pay')).toEqual({ name: 'lab', page: 'model', at: 'marginal-pay' });
    for (const hash of ['#/lab', '#/lab/model', '#/lab/model?at=3-3-submodels']) expect(routeHash(parseRoute(hash))).toBe(hash);
    expect(parseRoute('#/labs')).toEqual({ name: 'unknown', path: '/labs' });
  });
});
