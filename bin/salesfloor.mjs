#!/usr/bin/env node
// The `salesfloor` command. It runs a bundle of src/cli/main.ts that is built
// on first use and rebuilt whenever a source changes (cliBundle.mjs), and
// falls back to compiling the TypeScript through tsx when no bundle can be
// built (or when SALESFLOOR_CLI_TSX=1). Exit codes: 0 ok, 1 unexpected error, 2 bad input (src/cli/main.ts).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { importBundled } from './cliBundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// `salesfloor run ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function loadCli() {
  // SALESFLOOR_CLI_TSX=1 skips the bundle (the start-up benchmark compares both)
  const bundled = process.env.SALESFLOOR_CLI_TSX === '1' ? null : await importBundled(root, 'src/cli/main.ts', join(root, 'node_modules', '.cache', 'salesfloor-cli'));
  if (bundled) return bundled;
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: join(root, 'tsconfig.json') });
  return import(new URL('../src/cli/main.ts', import.meta.url).href);
}

try {
  const { main } = await loadCli();
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main() reports its own errors; this only catches a CLI that fails to load.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`salesfloor: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
