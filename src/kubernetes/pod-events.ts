// The Prefect event for one pod lifecycle edge, as prefect_kubernetes/observer.py (0.7.12) builds it in
// _replicate_pod_event, _pod_phase_occurred and _related_resources_from_labels. Pure: the observer does the
// API calls, the de-duplication query, the InfrastructurePending proposal and the emission.
import { createHash } from "node:crypto";
import type { PrefectEvent } from "../prefect/events.ts";
import { slugify } from "../templating/slugify.ts";
import {
  diagnosePod,
  sameDiagnosis,
  type ContainerStatusLike,
  type PodDiagnosis,
  type PodStatusLike,
  type PodTimestamp,
} from "./pod-diagnosis.ts";

export type PodWatchEventType = "LISTED" | "ADDED" | "MODIFIED" | "DELETED";

/** The parts of a V1Pod (typed client-node object or raw watch JSON) a pod event is built from. */
export interface PodLike {
  metadata?: {
    uid?: string | null;
    name?: string | null;
    namespace?: string | null;
    labels?: Record<string, string> | null;
    creationTimestamp?: PodTimestamp | null;
  } | null;
  status?: PodStatusLike | null;
}

/**
 * A pod the reference cannot replicate: it raises inside its handler (a KeyError for a missing phase, a
 * validation error for a related resource without a name) and emits nothing for that edge.
 */
export class PodEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PodEventError";
  }
}

// uuid.NAMESPACE_URL
const NAMESPACE_URL = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
// The window within which an event `follows` the pod's previous one (prefect.events' TIGHT_TIMING).
const FOLLOWS_WINDOW_MS = 5 * 60 * 1000;
// Both per-pod caches of the reference: 1000 pods, 5 minutes.
const CACHE_MAX_SIZE = 1000;
const CACHE_TTL_MS = 5 * 60 * 1000;

function uuid5(namespace: Buffer, name: string): string {
  const bytes = createHash("sha1").update(namespace).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const JSON_ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

/** A string as Python's json.dumps writes it (ensure_ascii: everything outside space..~ as \uXXXX). */
function pyJsonString(value: string): string {
  const escaped = value.replace(
    // eslint-disable-next-line no-control-regex
    /[\\"\u0000-\u001f\u007f-\uffff]/g,
    (ch) => JSON_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `"${escaped}"`;
}

/** Sum of restartCount over the regular containers only (init containers are not counted). */
export function podRestartCount(status: PodStatusLike | null | undefined): number {
  return (status?.containerStatuses ?? []).reduce((sum, cs) => sum + (cs.restartCount ?? 0), 0);
}

/**
 * The deterministic event id: UUIDv5(NAMESPACE_URL, json.dumps({...}, sort_keys=True)). The same pod, phase,
 * restart count and diagnosis give the same id, so the server drops a re-emitted edge.
 */
export function podEventId(input: {
  uid: string;
  phase: string;
  restartCount: number;
  diagnosis?: string | null;
}): string {
  const diagnosis = input.diagnosis == null ? "null" : pyJsonString(input.diagnosis);
  const name =
    `{"diagnosis": ${diagnosis}, "phase": ${pyJsonString(input.phase)}, ` +
    `"restart_count": ${input.restartCount}, "uid": ${pyJsonString(input.uid)}}`;
  return uuid5(NAMESPACE_URL, name);
}

export function podResourceId(uid: string): string {
  return `prefect.kubernetes.pod.${uid}`;
}

/** `prefect.kubernetes.pod.<phase>` — also the name the start-up de-duplication query looks for. */
export function podPhaseEventName(phase: string): string {
  return `prefect.kubernetes.pod.${phase.toLowerCase()}`;
}

// What Python's datetime.fromisoformat reads in the RFC 3339 timestamps the API server writes; anything else
// counts as absent, as the reference's parser returns None on a ValueError.
const RFC3339 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function timestampMs(value: PodTimestamp | null | undefined): number | undefined {
  let ms = NaN;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "string" && RFC3339.test(value)) ms = Date.parse(value.replace(" ", "T"));
  return Number.isNaN(ms) ? undefined : ms;
}

function latest(
  statuses: (ContainerStatusLike[] | null | undefined)[],
  pick: (cs: ContainerStatusLike) => PodTimestamp | null | undefined,
): number | undefined {
  let max: number | undefined;
  for (const list of statuses) {
    for (const cs of list ?? []) {
      const ms = timestampMs(pick(cs));
      if (ms !== undefined && (max === undefined || ms > max)) max = ms;
    }
  }
  return max;
}

/**
 * When the pod reached `phase`, from its own timestamps; undefined means "now". `phase` is the event's phase
 * *after* the eviction rewrite ("evicted" reads terminated times like Failed).
 */
export function podPhaseOccurred(
  phase: string,
  status: PodStatusLike,
  creationTimestamp: PodTimestamp | null | undefined,
): Date | undefined {
  let ms: number | undefined;
  if (phase === "Pending") {
    ms = timestampMs(creationTimestamp);
  } else if (phase === "Running") {
    ms =
      latest([status.containerStatuses], (cs) => cs.state?.running?.startedAt) ??
      timestampMs(status.startTime);
  } else if (phase === "Succeeded" || phase === "Failed" || phase === "evicted") {
    ms = latest(
      [status.initContainerStatuses, status.containerStatuses],
      (cs) => cs.state?.terminated?.finishedAt,
    );
  }
  return ms === undefined ? undefined : new Date(ms);
}

const RELATED_FROM_LABELS = [
  { kind: "flow-run", id: "prefect.io/flow-run-id", name: "prefect.io/flow-run-name" },
  { kind: "deployment", id: "prefect.io/deployment-id", name: "prefect.io/deployment-name" },
  { kind: "flow", id: "prefect.io/flow-id", name: "prefect.io/flow-name" },
  { kind: "work-pool", id: "prefect.io/work-pool-id", name: "prefect.io/work-pool-name" },
] as const;

/**
 * Related resources from the pod's Prefect labels. An id label without its name label makes the reference's
 * RelatedResource validation fail (a name must be a string), so that pod gets no event: PodEventError.
 */
export function podRelatedResources(
  labels: Record<string, string> | null | undefined,
  prefectVersion: string,
): Record<string, string>[] {
  const l = labels ?? {};
  const related: Record<string, string>[] = [];
  for (const { kind, id, name } of RELATED_FROM_LABELS) {
    const value = l[id];
    if (!value) continue;
    const resourceName = l[name];
    if (typeof resourceName !== "string") {
      throw new PodEventError(
        `pod label ${id} is set but ${name} is missing; the ${kind} related resource needs a name`,
      );
    }
    related.push({
      "prefect.resource.id": `prefect.${kind}.${value}`,
      "prefect.resource.role": kind,
      "prefect.resource.name": resourceName,
    });
  }
  const workerName = l["prefect.io/worker-name"];
  if (workerName) {
    related.push({
      "prefect.resource.id": `prefect.worker.kubernetes.${slugify(workerName)}`,
      "prefect.resource.role": "worker",
      "prefect.resource.name": workerName,
      "prefect.worker-type": "kubernetes",
      "prefect.version": prefectVersion,
    });
  }
  return related;
}

function required(value: string | null | undefined, what: string): string {
  if (typeof value !== "string") throw new PodEventError(`pod has no ${what}`);
  return value;
}

export interface PodEventInput {
  eventType: PodWatchEventType;
  pod: PodLike;
  /** diagnosePod(pod.status), when the caller already has it; computed otherwise. */
  diagnosis?: PodDiagnosis;
  /** prefect.version of the worker related resource. */
  prefectVersion: string;
  /** `occurred` when the pod's timestamps say nothing for its phase. */
  now: Date;
}

/**
 * The event for one pod edge, with `follows: null` (see PodEventChain). Throws PodEventError where the
 * reference's handler fails and emits nothing.
 */
export function podEvent(input: PodEventInput): PrefectEvent {
  const { pod, eventType } = input;
  const status = pod.status ?? {};
  const originalPhase = required(status.phase, "status.phase");
  const uid = required(pod.metadata?.uid, "metadata.uid");
  const diagnosis = input.diagnosis ?? diagnosePod(status);
  // The id keeps the phase the pod reported, not the "evicted" rewrite below.
  const id = podEventId({
    uid,
    phase: originalPhase,
    restartCount: podRestartCount(status),
    diagnosis: diagnosis?.category ?? null,
  });

  const resource: Record<string, string> = {
    "prefect.resource.id": podResourceId(uid),
    "prefect.resource.name": required(pod.metadata?.name, "metadata.name"),
    "kubernetes.namespace": required(pod.metadata?.namespace, "metadata.namespace"),
  };
  if (diagnosis) resource["kubernetes.diagnosis"] = diagnosis.category;

  // The reference calls every MODIFIED Failed pod with a terminated container reason (any reason, not only
  // an eviction) "evicted", and says which reason.
  let phase = originalPhase;
  if (eventType === "MODIFIED" && phase === "Failed") {
    for (const cs of status.containerStatuses ?? []) {
      const reason = cs.state?.terminated?.reason;
      if (reason) {
        phase = "evicted";
        resource["kubernetes.reason"] = reason;
        break;
      }
    }
  }

  const occurred = podPhaseOccurred(phase, status, pod.metadata?.creationTimestamp) ?? input.now;
  return {
    id,
    occurred: occurred.toISOString(),
    event: podPhaseEventName(phase),
    resource,
    related: podRelatedResources(pod.metadata?.labels, input.prefectVersion),
    payload: {},
    follows: null,
  };
}

export interface PodCacheOptions {
  maxSize?: number;
  ttlMs?: number;
  /** Monotonic milliseconds. */
  clock?: () => number;
}

/**
 * cachetools.TTLCache semantics: an entry lives ttlMs from when it was last set; reads refresh its
 * recency, and a full cache drops expired entries, then the least recently used.
 */
export class TtlLruCache<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>();
  readonly #maxSize: number;
  readonly #ttlMs: number;
  readonly #clock: () => number;

  constructor({
    maxSize = CACHE_MAX_SIZE,
    ttlMs = CACHE_TTL_MS,
    clock = () => performance.now(),
  }: PodCacheOptions = {}) {
    this.#maxSize = maxSize;
    this.#ttlMs = ttlMs;
    this.#clock = clock;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (!(this.#clock() < entry.expires)) return undefined;
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const now = this.#clock();
    for (const [k, entry] of this.#entries) if (!(now < entry.expires)) this.#entries.delete(k);
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: now + this.#ttlMs });
    for (const k of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxSize) break;
      this.#entries.delete(k);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}

/** Orders each pod's events: an event `follows` the pod's previous one when they are under 5 min apart. */
export class PodEventChain {
  // Only what the next link reads: a whole event per pod would carry its resources for nothing.
  readonly #last: TtlLruCache<Pick<PrefectEvent, "id" | "occurred">>;

  constructor(options: PodCacheOptions = {}) {
    this.#last = new TtlLruCache(options);
  }

  /** The event to emit (with `follows` set when it applies); remembered as the pod's latest. */
  link(uid: string, event: PrefectEvent): PrefectEvent {
    const previous = this.#last.get(uid);
    let linked = event;
    if (previous) {
      const gap = Date.parse(event.occurred) - Date.parse(previous.occurred);
      if (-FOLLOWS_WINDOW_MS < gap && gap < FOLLOWS_WINDOW_MS) linked = { ...event, follows: previous.id };
    }
    this.#last.set(uid, { id: linked.id, occurred: linked.occurred });
    return linked;
  }
}

/**
 * Which diagnoses to log: each pod's last logged diagnosis is kept 5 min (1000 pods), so repeated MODIFIED
 * events for one failure log it once. The reference only logs for pods whose flow-run id label is a UUID,
 * but forgets a recovered pod either way:
 *
 *   if (diagnosis && flowRunId) { if (memory.changed(uid, diagnosis)) log(...) }
 *   else if (!diagnosis) memory.changed(uid, undefined);
 */
export class DiagnosisMemory {
  readonly #last: TtlLruCache<PodDiagnosis>;

  constructor(options: PodCacheOptions = {}) {
    this.#last = new TtlLruCache(options);
  }

  /** True when `diagnosis` differs from the one remembered (and remembers it); a healthy pod is forgotten. */
  changed(uid: string, diagnosis: PodDiagnosis | undefined): boolean {
    if (!diagnosis) {
      this.#last.delete(uid);
      return false;
    }
    if (sameDiagnosis(diagnosis, this.#last.get(uid))) return false;
    this.#last.set(uid, diagnosis);
    return true;
  }
}
