/**
 * A Web Worker that opens run codes off the page's thread: decode, replay,
 * compare the hash (openCandidate). Messages: { id, candidate } in,
 * { id, result } out; the result is plain data.
 */
import type { Candidate } from './extract';
import { openCandidate } from './runs';

interface Request {
  id: number;
  candidate: Candidate;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (e) => {
  const { id, candidate } = e.data;
  scope.postMessage({ id, result: openCandidate(candidate) });
};
