// The `--limit` slots. Unlike the reference's CapacityLimiter, a slot belongs to a run id and releasing
// it twice (or releasing one never taken) is harmless, so every exit path can release unconditionally.

export class SlotLimiter {
  readonly limit: number | undefined;
  readonly #held = new Set<string>();
  readonly #waiters: (() => void)[] = [];

  constructor(limit: number | undefined) {
    this.limit = limit;
  }

  /** Takes a slot for `runId` without waiting; false when all are in use. */
  tryAcquire(runId: string): boolean {
    if (this.#held.has(runId)) return true;
    if (this.limit !== undefined && this.#held.size >= this.limit) return false;
    this.#held.add(runId);
    return true;
  }

  release(runId: string): void {
    if (!this.#held.delete(runId)) return;
    if (this.#held.size === 0) for (const wake of this.#waiters.splice(0)) wake();
  }

  get used(): number {
    return this.#held.size;
  }

  get available(): number | undefined {
    return this.limit === undefined ? undefined : this.limit - this.#held.size;
  }

  /** Resolves once no slot is held (run-once waits for its submissions). */
  idle(): Promise<void> {
    if (this.#held.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}
