// A list+watch of the worker's Jobs or Pods that never gives up. It lists, then watches from the list's
// resourceVersion; a server-side rotation re-watches from the last resourceVersion seen, a 410 or a silent
// stream (watchdog) relists at once, and any other failure relists after a capped, jittered backoff, so
// nothing that happened while disconnected is missed: objects that vanished meanwhile are handed over as
// DELETED with their last known state. Lifecycle edges go out as typed events for logs and metrics.
//
// Why not client-node's ListWatch/informer: its stop() is not final while it backs off. Why not its Watch:
// it cannot be aborted before the response headers arrive, drops unparseable lines silently, and discards
// the Status body of a failed request. Both list and watch therefore go through the worker's request seam
// on client-node's (rest.ts: RequestContext + applySecurityAuthentication + its fetch library), which
// takes an AbortSignal; LISTED objects have exactly the shape of watched ones, the server's JSON, as kopf
// hands them to the reference observer.
import { ApiException } from "./client-node.ts";
import { sendKubernetesRequest } from "./rest.ts";
import type { KubeConfig, ResponseContext } from "./client-node.ts";
import { setTimeout as delay } from "node:timers/promises";
import { TypedEvents } from "../observability/typed-events.ts";
import { formatKubernetesError } from "./errors.ts";

export type WatchedKind = "jobs" | "pods";

export interface WatchedObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    creationTimestamp?: string | Date;
    [k: string]: unknown;
  };
  // The observer reads deep into these as the reference does with kopf's dicts.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  status?: any;
}

/** LISTED = found by a (re)list (kopf's "no event type": the observer treats these as start-up/resync objects). */
export type ObjectEventType = "LISTED" | "ADDED" | "MODIFIED" | "DELETED";

export type RelistReason = "start" | "gone" | "stale" | "error";

export interface WatcherEvents {
  /** A watch request is streaming. */
  connect: { kind: WatchedKind; namespace?: string; resourceVersion: string };
  listed: {
    kind: WatchedKind;
    namespace?: string;
    count: number;
    reason: RelistReason;
    resourceVersion: string;
  };
  /** 410, as the HTTP status or as an ERROR event carrying a Status with code 410. */
  gone: { kind: WatchedKind; namespace?: string };
  /** After a loss: the wait before the next attempt, which relists. */
  reconnect: { kind: WatchedKind; namespace?: string; attempt: number; delayMs: number; error?: string };
  /** The watchdog fired: nothing arrived for `silentMs`; the request is aborted and the watcher relists. */
  stale: { kind: WatchedKind; namespace?: string; silentMs: number };
  "handler-error": {
    kind: WatchedKind;
    namespace?: string;
    type: ObjectEventType;
    name: string;
    error: unknown;
  };
  /** An unparseable or unexpected watch event; the stream carries on. */
  "bad-event": { kind: WatchedKind; namespace?: string; detail: string };
  stopped: { kind: WatchedKind; namespace?: string };
}

export interface ResourceWatcherOptions {
  kubeConfig: KubeConfig;
  kind: WatchedKind;
  /** undefined = cluster-wide. */
  namespace?: string;
  /** e.g. "prefect.io/flow-run-id,team=a" */
  labelSelector: string;
  /** Called in order for each object; not awaited (the observer queues), but a rejection is caught. */
  onObject: (type: ObjectEventType, object: WatchedObject) => void | Promise<void>;
  /**
   * What of each object is kept and handed to onObject (default: all of it). Every live object stays in
   * memory until it is deleted, so that a relist can hand over the ones that vanished meanwhile; applied
   * page by page, so a list's whole objects are not all held at once either.
   */
  keep?: (object: WatchedObject) => WatchedObject;
  /** Where lifecycle edges go; one is created when not given (see `.events`). */
  events?: TypedEvents<WatcherEvents>;
  /** Watchdog: no event or BOOKMARK for this long → abort + relist. Also bounds each list page. Default 5 min. */
  staleAfterMs?: number;
  /** `timeoutSeconds` of each watch request, after which the API server ends it. Default 5 min ±10 %. */
  serverTimeoutSeconds?: number;
  /** Reconnect backoff: capped exponential with jitter. Default 1 s doubling to 30 s. */
  backoff?: { initialMs?: number; maxMs?: number };
  /** Items per list page. Default 500. */
  pageSize?: number;
  /** Waits out a backoff; must settle when `signal` aborts. Tests replace it. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** A monotonic clock in milliseconds. */
  now?: () => number;
}

export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000 };
const DEFAULT_STALE_AFTER_MS = 5 * 60_000;
const DEFAULT_SERVER_TIMEOUT_SECONDS = 5 * 60;
const DEFAULT_PAGE_SIZE = 500;
// client-go's rule: a watch the server ends this quickly without a single event is a failure, not a
// rotation; re-watching at once would spin.
const MIN_WATCH_MS = 1_000;

/**
 * The wait before reconnect attempt `attempt` (1-based): initialMs doubling per attempt, capped at maxMs,
 * with "equal jitter" — somewhere in the upper half — so many watchers do not reconnect in step.
 */
export function backoffDelayMs(
  attempt: number,
  backoff: Backoff,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling - (ceiling / 2) * random());
}

const RESOURCES: Record<WatchedKind, { prefix: string; apiVersion: string; kind: string }> = {
  jobs: { prefix: "/apis/batch/v1", apiVersion: "batch/v1", kind: "Job" },
  pods: { prefix: "/api/v1", apiVersion: "v1", kind: "Pod" },
};

function collectionPath(kind: WatchedKind, namespace: string | undefined): string {
  const { prefix } = RESOURCES[kind];
  return namespace === undefined
    ? `${prefix}/${kind}`
    : `${prefix}/namespaces/${encodeURIComponent(namespace)}/${kind}`;
}

/** A GET through the worker's Kubernetes request seam; a non-200 answer becomes an ApiException with its body. */
async function get(
  kubeConfig: KubeConfig,
  path: string,
  query: Record<string, string | number | undefined>,
  signal: AbortSignal,
): Promise<ResponseContext> {
  const response = await sendKubernetesRequest(kubeConfig, { method: "GET", path, query, signal });
  if (response.httpStatusCode !== 200) {
    const body = await response.body.text().catch(() => "");
    throw new ApiException(
      response.httpStatusCode,
      `HTTP ${response.httpStatusCode}`,
      body,
      response.headers,
    );
  }
  return response;
}

async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffered = "";
  // Leaving the loop early cancels the stream, which closes the connection.
  for await (const chunk of stream) {
    buffered += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = buffered.indexOf("\n")) !== -1) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) yield line;
    }
  }
  const rest = (buffered + decoder.decode()).trim();
  if (rest) yield rest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function truncate(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

async function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch {
    // Aborted by stop().
  }
}

/** How one watch request ended. */
type WatchEnd =
  | { end: "closed"; resourceVersion: string }
  | { end: "gone" }
  | { end: "stale"; silentMs: number }
  | { end: "failed"; error: unknown }
  | { end: "stopped" };

/** What one watch line meant. */
type LineVerdict =
  | { line: "event"; resourceVersion?: string }
  | { line: "gone" }
  | { line: "error"; error: unknown }
  | { line: "ignored" };

export class ResourceWatcher {
  readonly events: TypedEvents<WatcherEvents>;
  readonly #options: ResourceWatcherOptions;
  readonly #scope: { kind: WatchedKind; namespace?: string };
  readonly #path: string;
  readonly #staleAfterMs: number;
  readonly #backoff: Backoff;
  readonly #sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly #random: () => number;
  readonly #now: () => number;
  readonly #keep: (object: WatchedObject) => WatchedObject;
  readonly #stop = new AbortController();
  /** Every object the watcher knows, by uid: what a relist compares against to find deletions. */
  #known = new Map<string, WatchedObject>();
  #failures = 0;
  /** Whether a watch has delivered anything since the last list; a 410 without it backs off. */
  #progressSinceList = false;
  #listedOnce = false;
  #loop: Promise<void> | undefined;
  #stopped = false;
  #stoppedEmitted = false;
  readonly #firstList: Promise<void>;
  #resolveFirstList!: () => void;

  constructor(options: ResourceWatcherOptions) {
    this.#options = options;
    this.events = options.events ?? new TypedEvents<WatcherEvents>();
    this.#scope = {
      kind: options.kind,
      ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
    };
    this.#path = collectionPath(options.kind, options.namespace);
    this.#staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
    this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.#sleep = options.sleep ?? defaultSleep;
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? (() => performance.now());
    this.#keep = options.keep ?? ((object) => object);
    this.#firstList = new Promise((resolve) => (this.#resolveFirstList = resolve));
  }

  /** Resolves after the first list has been delivered (or on stop()); never rejects. */
  start(): Promise<void> {
    if (this.#stopped) this.#resolveFirstList();
    else this.#loop ??= this.#run();
    return this.#firstList;
  }

  /** Stops for good: aborts the current request and any pending backoff sleep; no request is made afterwards. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stop.abort();
    this.#resolveFirstList();
    await this.#loop;
    if (!this.#stoppedEmitted) {
      this.#stoppedEmitted = true;
      this.events.emit("stopped", { ...this.#scope });
    }
  }

  async #run(): Promise<void> {
    let reason: RelistReason = "start";
    while (!this.#stopped) {
      let outcome: WatchEnd;
      try {
        outcome = await this.#listAndWatch(reason);
      } catch (error) {
        outcome = { end: "failed", error };
      }
      if (this.#stopped) break;
      switch (outcome.end) {
        case "gone":
          this.events.emit("gone", { ...this.#scope });
          reason = "gone";
          // A 410 straight after a fresh list would relist in a tight loop.
          if (!this.#progressSinceList) await this.#backOff(new Error("410 Gone right after a list"));
          break;
        case "stale":
          this.events.emit("stale", { ...this.#scope, silentMs: outcome.silentMs });
          reason = "stale";
          break;
        case "failed":
          // Until the first list succeeds it is still the start-up list that is being retried.
          reason = this.#listedOnce ? "error" : "start";
          await this.#backOff(outcome.error);
          break;
        case "closed":
        case "stopped":
          break;
      }
    }
  }

  /** One list, then watches (re-watching after each rotation) until something calls for a relist. */
  async #listAndWatch(reason: RelistReason): Promise<WatchEnd> {
    let resourceVersion = await this.#relist(reason);
    for (;;) {
      if (this.#stopped) return { end: "stopped" };
      const outcome = await this.#watch(resourceVersion);
      if (outcome.end !== "closed") return outcome;
      resourceVersion = outcome.resourceVersion;
    }
  }

  async #backOff(error: unknown): Promise<void> {
    this.#failures += 1;
    const delayMs = backoffDelayMs(this.#failures, this.#backoff, this.#random);
    this.events.emit("reconnect", {
      ...this.#scope,
      attempt: this.#failures,
      delayMs,
      error: formatKubernetesError(error),
    });
    await this.#sleep(delayMs, this.#stop.signal);
  }

  async #relist(reason: RelistReason): Promise<string> {
    const { apiVersion, kind } = RESOURCES[this.#options.kind];
    const items: WatchedObject[] = [];
    let resourceVersion: string;
    let continueToken: string | undefined;
    do {
      const page = await this.#listPage(continueToken);
      // List items carry no kind/apiVersion; watch events do. Give them the same shape.
      for (const item of page.items) items.push(this.#keep({ apiVersion, kind, ...item }));
      resourceVersion = page.resourceVersion;
      continueToken = page.continueToken;
    } while (continueToken);
    if (this.#stopped) return resourceVersion;

    const listed = new Map<string, WatchedObject>();
    for (const object of items) listed.set(this.#key(object), object);
    // Deletions first: a Job deleted and recreated under the same name while disconnected must not have
    // its new incarnation followed by the old one's DELETED.
    for (const [key, last] of this.#known) {
      if (!listed.has(key)) this.#deliver("DELETED", last);
    }
    this.#known = listed;
    for (const object of listed.values()) this.#deliver("LISTED", object);
    this.#listedOnce = true;
    this.#progressSinceList = false;
    this.events.emit("listed", { ...this.#scope, count: listed.size, reason, resourceVersion });
    this.#resolveFirstList();
    return resourceVersion;
  }

  async #listPage(
    continueToken: string | undefined,
  ): Promise<{ items: WatchedObject[]; resourceVersion: string; continueToken?: string }> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.#staleAfterMs);
    try {
      const response = await get(
        this.#options.kubeConfig,
        this.#path,
        {
          labelSelector: this.#options.labelSelector,
          limit: this.#options.pageSize ?? DEFAULT_PAGE_SIZE,
          continue: continueToken,
        },
        AbortSignal.any([this.#stop.signal, timeout.signal]),
      );
      const body: unknown = JSON.parse(await response.body.text());
      const metadata = isRecord(body) && isRecord(body.metadata) ? body.metadata : {};
      const items = isRecord(body) && Array.isArray(body.items) ? body.items : undefined;
      if (!items || typeof metadata.resourceVersion !== "string" || !metadata.resourceVersion) {
        throw new Error(`the ${this.#options.kind} list has no items or no resourceVersion`);
      }
      return {
        items: items.filter(isRecord) as WatchedObject[],
        resourceVersion: metadata.resourceVersion,
        ...(typeof metadata.continue === "string" && metadata.continue
          ? { continueToken: metadata.continue }
          : {}),
      };
    } catch (error) {
      if (timeout.signal.aborted && !this.#stopped) {
        throw new Error(`listing ${this.#options.kind} took longer than ${this.#staleAfterMs} ms`, {
          cause: error,
        });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async #watch(resourceVersion: string): Promise<WatchEnd> {
    const request = new AbortController();
    let lastActivity = this.#now();
    let silentMs: number | undefined;
    let watchdog: NodeJS.Timeout | undefined;
    const arm = (): void => {
      lastActivity = this.#now();
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        silentMs = Math.round(this.#now() - lastActivity);
        request.abort();
      }, this.#staleAfterMs);
    };
    const startedAt = this.#now();
    let latest = resourceVersion;
    let received = 0;
    arm();
    try {
      const response = await get(
        this.#options.kubeConfig,
        this.#path,
        {
          watch: "true",
          allowWatchBookmarks: "true",
          labelSelector: this.#options.labelSelector,
          resourceVersion,
          timeoutSeconds: this.#serverTimeoutSeconds(),
        },
        AbortSignal.any([this.#stop.signal, request.signal]),
      );
      const body = response.body.stream();
      if (!body) throw new Error("the watch response has no body");
      this.events.emit("connect", { ...this.#scope, resourceVersion });
      for await (const line of lines(body)) {
        if (this.#stopped) return { end: "stopped" };
        arm();
        const verdict = this.#handleLine(line);
        if (verdict.line === "gone") return { end: "gone" };
        if (verdict.line === "error") return { end: "failed", error: verdict.error };
        if (verdict.line === "event") {
          received += 1;
          if (verdict.resourceVersion) latest = verdict.resourceVersion;
          // The connection works: the next loss starts the backoff afresh.
          this.#failures = 0;
          this.#progressSinceList = true;
        }
      }
      if (this.#stopped) return { end: "stopped" };
      if (received === 0 && this.#now() - startedAt < MIN_WATCH_MS) {
        return {
          end: "failed",
          error: new Error("the API server ended the watch at once, without any event"),
        };
      }
      this.#failures = 0;
      return { end: "closed", resourceVersion: latest };
    } catch (error) {
      if (this.#stopped) return { end: "stopped" };
      if (silentMs !== undefined) return { end: "stale", silentMs };
      if (error instanceof ApiException && error.code === 410) return { end: "gone" };
      return { end: "failed", error };
    } finally {
      clearTimeout(watchdog);
      request.abort();
    }
  }

  #serverTimeoutSeconds(): number {
    if (this.#options.serverTimeoutSeconds !== undefined) return this.#options.serverTimeoutSeconds;
    // Jittered so that many watchers started together do not all reconnect together.
    return Math.round(DEFAULT_SERVER_TIMEOUT_SECONDS * (0.9 + 0.2 * this.#random()));
  }

  #handleLine(line: string): LineVerdict {
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      return this.#badEvent(`unparseable watch event: ${truncate(line)}`);
    }
    if (!isRecord(event) || typeof event.type !== "string" || !isRecord(event.object)) {
      return this.#badEvent(`watch event without a type or an object: ${truncate(line)}`);
    }
    const { type, object } = event;
    switch (type) {
      case "ADDED":
      case "MODIFIED":
      case "DELETED": {
        if (!isRecord(object.metadata))
          return this.#badEvent(`${type} event without metadata: ${truncate(line)}`);
        const watched = this.#keep(object as WatchedObject);
        if (type === "DELETED") this.#known.delete(this.#key(watched));
        else this.#known.set(this.#key(watched), watched);
        this.#deliver(type, watched);
        return { line: "event", resourceVersion: watched.metadata?.resourceVersion };
      }
      case "BOOKMARK": {
        const metadata = isRecord(object.metadata) ? object.metadata : {};
        const resourceVersion =
          typeof metadata.resourceVersion === "string" ? metadata.resourceVersion : undefined;
        return { line: "event", ...(resourceVersion ? { resourceVersion } : {}) };
      }
      case "ERROR": {
        if (object.code === 410) return { line: "gone" };
        const code = typeof object.code === "number" ? object.code : 500;
        // The Status body, so the reconnect event words it like any other API error.
        return { line: "error", error: new ApiException(code, `HTTP ${code}`, JSON.stringify(object), {}) };
      }
      default:
        return this.#badEvent(`unexpected watch event type ${JSON.stringify(type)}`);
    }
  }

  #badEvent(detail: string): LineVerdict {
    this.events.emit("bad-event", { ...this.#scope, detail });
    return { line: "ignored" };
  }

  #key(object: WatchedObject): string {
    const metadata = object.metadata ?? {};
    return metadata.uid ?? `${metadata.namespace ?? ""}/${metadata.name ?? ""}`;
  }

  #deliver(type: ObjectEventType, object: WatchedObject): void {
    if (this.#stopped) return;
    const onError = (error: unknown): void => {
      this.events.emit("handler-error", { ...this.#scope, type, name: object.metadata?.name ?? "", error });
    };
    try {
      // Not awaited: a slow handler must not hold up the stream.
      Promise.resolve(this.#options.onObject(type, object)).catch(onError);
    } catch (error) {
      onError(error);
    }
  }
}
