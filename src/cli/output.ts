/**
 * Where a command's text goes: standard output, or the --out file, written as
 * it comes (many runs stream their rows). The file is opened only once all
 * input has been checked, so a bad input leaves no file behind; a file that
 * cannot be written is a CliError.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { CliError, fsReason } from './errors';
import type { Tr } from './locale';

export interface Output {
  write(text: string): void;
  close(): void;
}

export function openOutput(file: string | undefined, stdout: (text: string) => void, tr: Tr): Output {
  if (file === undefined) return { write: stdout, close: () => undefined };
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw new CliError('errors.unwritable', { file, reason: fsReason(error, tr) });
    }
  };
  const fd = guard(() => openSync(file, 'w'));
  return {
    write: (text) => guard(() => writeSync(fd, text)),
    close: () => guard(() => closeSync(fd)),
  };
}
