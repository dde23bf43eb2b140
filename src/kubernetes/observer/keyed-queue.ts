// Runs work for one key (a Job's or Pod's uid) strictly in arrival order, and different keys concurrently,
// as an operator handles each object's events one after another. A failure is reported, never thrown, so
// one object cannot stop another's events.
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #onError: (error: unknown, key: string) => void;

  constructor(onError: (error: unknown, key: string) => void) {
    this.#onError = onError;
  }

  get size(): number {
    return this.#tails.size;
  }

  push(key: string, work: () => Promise<unknown>): Promise<void> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const next = previous
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => this.#onError(error, key),
      )
      .finally(() => {
        if (this.#tails.get(key) === next) this.#tails.delete(key);
      });
    this.#tails.set(key, next);
    return next;
  }

  /** Resolves when everything queued so far has run. */
  async drain(): Promise<void> {
    while (this.#tails.size > 0) await Promise.allSettled([...this.#tails.values()]);
  }
}
