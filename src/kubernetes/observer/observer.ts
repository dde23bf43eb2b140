// The observer: watches the Jobs and Pods of flow runs (label prefect.io/flow-run-id, plus any extra
// filters) in the given namespaces or cluster-wide, and hands each object's events, in order, to the Job
// handler (crash detection) and the Pod handler (pod events, InfrastructurePending, diagnoses). It runs
// inside the worker process with the in-cluster or default kubeconfig, never a pool's cluster_config, as
// the reference's does.
import type { KubeConfig, V1Job, V1Pod } from "../client-node.ts";
import { batchApi, coreApi } from "../rest.ts";
import type { Logger } from "../../observability/logger.ts";
import { errorField } from "../../observability/logger.ts";
import { TypedEvents } from "../../observability/typed-events.ts";
import { FLOW_RUN_ID_LABEL } from "../jobs.ts";
import { crashedPodLogMessages, fetchCrashedPodLogs } from "../pod-logs.ts";
import { ResourceWatcher, type ObjectEventType, type WatchedKind, type WatcherEvents } from "../watcher.ts";
import { JobHandler, type CrashReason, type JobOutcome } from "./job-handler.ts";
import { KeyedQueue } from "./keyed-queue.ts";
import { keptJobFields, keptPodFields } from "./kept-fields.ts";
import { PodHandler } from "./pod-handler.ts";
import type { ObserverEventSink, ObserverPrefectApi, ObserverRunLogs } from "./ports.ts";

export interface ObserverEvents {
  "run-crashed": { flowRunId: string; reason: CrashReason; namespace: string; job: string };
  /** A failed or deleted Job was looked at (whatever came of it). */
  "job-handled": { flowRunId: string; result: JobOutcome["result"]; namespace: string; job: string };
  "pod-event": { phase: string; diagnosis?: string };
  "handler-failed": { kind: WatchedKind; error: unknown };
  "object-seen": { kind: WatchedKind; type: ObjectEventType };
}

export interface ObserverOptions {
  kubeConfig: KubeConfig;
  /** Empty: the whole cluster. */
  namespaces: string[];
  additionalLabelFilters: Record<string, string>;
  replicatePodEvents: boolean;
  forwardCrashedRunLogs: boolean;
  crashedRunLogTailLines: number;
  startupEventConcurrency: number;
  /** Longest flow-run log message (PREFECT_LOGGING_TO_API_MAX_LOG_SIZE). */
  maxLogSize: number;
  prefectVersion: string;
  api: ObserverPrefectApi;
  events: ObserverEventSink;
  runLogs: ObserverRunLogs;
  logger: Logger;
  /** Watch tuning, for tests. */
  watch?: { staleAfterMs?: number; serverTimeoutSeconds?: number };
  /** Job handler tuning, for tests. */
  replacementWaitMs?: number;
}

export function observerLabelSelector(additional: Record<string, string>): string {
  return [FLOW_RUN_ID_LABEL, ...Object.entries(additional).map(([k, v]) => `${k}=${v}`)].join(",");
}

class Stopped extends Error {}

export class Observer {
  readonly events = new TypedEvents<ObserverEvents>();
  readonly watcherEvents = new TypedEvents<WatcherEvents>();
  readonly #options: ObserverOptions;
  readonly #watchers: ResourceWatcher[] = [];
  readonly #queue: KeyedQueue;
  readonly #stop = new AbortController();
  readonly #jobs: JobHandler;
  readonly #pods: PodHandler;

  constructor(options: ObserverOptions) {
    this.#options = options;
    const { kubeConfig, logger } = options;
    const batch = batchApi(kubeConfig);
    const core = coreApi(kubeConfig);
    const sleep = (ms: number) => this.#sleep(ms);
    this.#queue = new KeyedQueue((error, key) => {
      if (error instanceof Stopped) return;
      const kind: WatchedKind = key.startsWith("jobs/") ? "jobs" : "pods";
      logger.error({ err: errorField(error), object: key }, `observer: handling a ${kind} event failed`);
      this.events.emit("handler-failed", { kind, error });
    });
    this.#jobs = new JobHandler({
      api: options.api,
      listRunJobs: async (namespace, flowRunId) =>
        (await batch.listNamespacedJob({ namespace, labelSelector: `${FLOW_RUN_ID_LABEL}=${flowRunId}` }))
          .items,
      crashedPodLogs: async (namespace, jobName) => {
        if (!options.forwardCrashedRunLogs) return undefined;
        const entries = await fetchCrashedPodLogs({
          core,
          namespace,
          jobName,
          tailLines: options.crashedRunLogTailLines,
          logger,
        });
        return entries ? crashedPodLogMessages(entries, options.maxLogSize) : undefined;
      },
      runLogs: options.runLogs,
      logger,
      sleep,
      ...(options.replacementWaitMs !== undefined ? { replacementWaitMs: options.replacementWaitMs } : {}),
    });
    this.#pods = new PodHandler({
      api: options.api,
      events: options.events,
      runLogs: options.runLogs,
      logger,
      prefectVersion: options.prefectVersion,
      startupConcurrency: options.startupEventConcurrency,
      sleep,
    });
  }

  /** Starts the watches; resolves once each has delivered its first list. */
  async start(): Promise<void> {
    const { namespaces } = this.#options;
    const scopes: (string | undefined)[] = namespaces.length > 0 ? namespaces : [undefined];
    const kinds: WatchedKind[] = this.#options.replicatePodEvents ? ["jobs", "pods"] : ["jobs"];
    const labelSelector = observerLabelSelector(this.#options.additionalLabelFilters);
    for (const kind of kinds) {
      for (const namespace of scopes) {
        this.#watchers.push(
          new ResourceWatcher({
            kubeConfig: this.#options.kubeConfig,
            kind,
            ...(namespace ? { namespace } : {}),
            labelSelector,
            keep: kind === "jobs" ? keptJobFields : keptPodFields,
            events: this.watcherEvents,
            onObject: (type, object) => this.#dispatch(kind, type, object),
            ...(this.#options.watch?.staleAfterMs ? { staleAfterMs: this.#options.watch.staleAfterMs } : {}),
            ...(this.#options.watch?.serverTimeoutSeconds
              ? { serverTimeoutSeconds: this.#options.watch.serverTimeoutSeconds }
              : {}),
          }),
        );
      }
    }
    await Promise.all(this.#watchers.map((watcher) => watcher.start()));
  }

  /** Stops the watches, then waits (bounded) for handlers already running. */
  async stop(graceMs = 5_000): Promise<void> {
    this.#stop.abort();
    await Promise.all(this.#watchers.map((watcher) => watcher.stop()));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.#queue.drain(),
      new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]).finally(() => clearTimeout(timer));
  }

  #dispatch(kind: WatchedKind, type: ObjectEventType, object: unknown): void {
    if (this.#stop.signal.aborted) return;
    this.events.emit("object-seen", { kind, type });
    const metadata = (object as { metadata?: { uid?: string; namespace?: string; name?: string } }).metadata;
    const key = `${kind}/${metadata?.uid ?? `${metadata?.namespace}/${metadata?.name}`}`;
    if (kind === "jobs") {
      void this.#queue.push(key, async () => {
        const outcome = await this.#jobs.handle(type, object as V1Job);
        const flowRunId = (object as V1Job).metadata?.labels?.[FLOW_RUN_ID_LABEL] ?? "";
        if (outcome.result !== "ignored") {
          this.events.emit("job-handled", {
            flowRunId,
            result: outcome.result,
            namespace: metadata?.namespace ?? "",
            job: metadata?.name ?? "",
          });
        }
        if (outcome.result === "crashed") {
          this.events.emit("run-crashed", {
            flowRunId: outcome.flowRunId,
            reason: outcome.reason,
            namespace: metadata?.namespace ?? "",
            job: metadata?.name ?? "",
          });
        }
      });
    } else {
      void this.#queue.push(key, async () => {
        const outcome = await this.#pods.handle(type, object as V1Pod);
        if (outcome.emitted) {
          const phase = (object as V1Pod).status?.phase ?? "Unknown";
          this.events.emit("pod-event", {
            phase,
            ...(outcome.diagnosis ? { diagnosis: outcome.diagnosis.category } : {}),
          });
        }
      });
    }
  }

  #sleep(ms: number): Promise<void> {
    const signal = this.#stop.signal;
    if (signal.aborted) return Promise.reject(new Stopped());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new Stopped());
      };
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }
}
