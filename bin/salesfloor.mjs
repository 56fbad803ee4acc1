#!/usr/bin/env node
// The `salesfloor` command: runs the TypeScript CLI (src/cli/main.ts) through
// tsx's loader, so there is no build step. Exit codes: 0 ok, 1 unexpected
// error, 2 bad input (see src/cli/main.ts).
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
register({ tsconfig });

// `salesfloor run ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main() reports its own errors; this only catches a CLI that fails to load.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`salesfloor: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
