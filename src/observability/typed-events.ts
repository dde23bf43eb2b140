// The seam between the parts that do things (watchers, the observer, the worker) and the parts that
// report on them (logs, metrics): each part declares a map of event name → payload, and subscribers get
// payloads checked against it. A subscriber that throws is isolated, so reporting never breaks the work.
/** An interface of event name → payload object (interfaces have no index signature, hence the mapped form). */
export type EventMap<Events> = { [K in keyof Events]: object };

type Listener<T> = (payload: T) => void;

export class TypedEvents<Events extends EventMap<Events>> {
  readonly #listeners = new Map<keyof Events, Set<Listener<never>>>();
  readonly #onListenerError: (error: unknown, event: keyof Events) => void;

  constructor(options: { onListenerError?: (error: unknown, event: keyof Events) => void } = {}) {
    this.#onListenerError = options.onListenerError ?? (() => {});
  }

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        (listener as Listener<Events[K]>)(payload);
      } catch (error) {
        this.#onListenerError(error, event);
      }
    }
  }
}
