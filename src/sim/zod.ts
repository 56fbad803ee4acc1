/**
 * zod, configured once for every schema of the project: jitless, so that it
 * never probes `new Function` (the site's Content-Security-Policy forbids eval
 * and Firefox reports even the caught probe as a page error). Import `z` from
 * here, never from 'zod' directly (a lint rule holds to that).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
