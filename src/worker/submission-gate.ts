// How many submissions run at once (…_WORKER_SUBMISSION_CONCURRENCY). A poll may hand the worker hundreds
// of due runs; started all together, each one's handful of API calls compete for the same server and
// every run gets its Job late. Through the gate they are taken first come, first served, so the earliest
// runs get their Jobs first and the server sees a bounded load. Unlike `--limit`, a waiting run keeps no
// slot of the pool's concurrency: it is only not started yet, and one never started is still SCHEDULED.

export class SubmissionGate {
  readonly capacity: number;
  #running = 0;
  #closed = false;
  readonly #waiting: ((admitted: boolean) => void)[] = [];

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`capacity must be ≥ 1, got ${capacity}`);
    this.capacity = capacity;
  }

  /** Resolves true with a place taken (give it back with `leave()`), or false once the gate is closed. */
  enter(): Promise<boolean> {
    if (this.#closed) return Promise.resolve(false);
    if (this.#running < this.capacity) {
      this.#running++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  leave(): void {
    const next = this.#waiting.shift();
    if (next) next(true);
    else this.#running = Math.max(0, this.#running - 1);
  }

  /** Shutdown: whoever still waits is turned away; those inside finish. */
  close(): void {
    this.#closed = true;
    for (const turnAway of this.#waiting.splice(0)) turnAway(false);
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }
}
