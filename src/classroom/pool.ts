/**
 * A few Web Workers opening codes in parallel (verify.worker.ts), so a batch
 * loads on every core and the page never waits on a replay. When a worker
 * cannot start or fails, the code is opened on the page's thread instead:
 * slower, never lost.
 */
import type { Candidate } from './extract';
import { openCandidate, type BadCode, type ClassRun } from './runs';

type Result = ClassRun | BadCode;

interface Lane {
  worker: Worker;
  pending: Map<number, (r: Result | null) => void>;
}

export class VerifyPool {
  private lanes: Lane[] = [];
  private next = 0;
  private id = 0;
  private broken = false;

  /** `size` workers made by `spawn` (the caller names the worker file so the bundler finds it). */
  constructor(
    private readonly spawn: () => Worker,
    readonly size: number,
  ) {}

  get concurrency(): number {
    return this.broken ? 1 : this.size;
  }

  private lane(): Lane | null {
    if (this.broken) return null;
    try {
      while (this.lanes.length < this.size) {
        const lane: Lane = { worker: this.spawn(), pending: new Map() };
        lane.worker.onmessage = (e: MessageEvent<{ id: number; result: Result }>) => {
          lane.pending.get(e.data.id)?.(e.data.result);
          lane.pending.delete(e.data.id);
        };
        lane.worker.onerror = () => this.fail(lane);
        this.lanes.push(lane);
      }
    } catch {
      this.broken = true;
      return null;
    }
    return this.lanes[this.next++ % this.lanes.length];
  }

  /** A worker that errs: what it held is opened on the page, and no worker is used again. */
  private fail(lane: Lane): void {
    this.broken = true;
    for (const done of lane.pending.values()) done(null);
    lane.pending.clear();
    this.terminate();
  }

  /** Starts the workers ahead of the first batch (they load the model's code once). */
  warm(): void {
    this.lane();
  }

  /** Opens a candidate in a worker, or on the page's thread when workers are not available. */
  async open(candidate: Candidate): Promise<Result> {
    const lane = this.lane();
    if (!lane) return openCandidate(candidate);
    const id = ++this.id;
    const result = await new Promise<Result | null>((resolve) => {
      lane.pending.set(id, resolve);
      lane.worker.postMessage({ id, candidate });
    });
    return result ?? openCandidate(candidate);
  }

  terminate(): void {
    for (const lane of this.lanes) lane.worker.terminate();
    this.lanes = [];
  }
}
