// Builds the observer for `start` and subscribes the worker's logs and metrics to its lifecycle events.
import { loadKubeConfig } from "../kubernetes/config.ts";
import { Observer } from "../kubernetes/observer/observer.ts";
import type { ObserverEventSink, ObserverPrefectApi, ObserverRunLogs } from "../kubernetes/observer/ports.ts";
import type { WorkerSettings } from "../config/settings.ts";
import type { Logger } from "../observability/logger.ts";
import { errorField } from "../observability/logger.ts";
import type { WorkerMetrics } from "../observability/metrics.ts";
import { PREFECT_VERSION } from "../prefect/constants.ts";
import { DEFAULT_MAX_LOG_SIZE } from "../kubernetes/pod-logs.ts";

export function buildObserver(input: {
  settings: WorkerSettings;
  env: NodeJS.ProcessEnv;
  api: ObserverPrefectApi;
  events: ObserverEventSink;
  runLogs: ObserverRunLogs;
  logger: Logger;
  metrics: WorkerMetrics;
}): Observer {
  const { settings, metrics } = input;
  const logger = input.logger.child({ component: "observer" });
  const observer = new Observer({
    kubeConfig: loadKubeConfig(null, { addTcpKeepalive: settings.addTcpKeepalive, env: input.env }),
    namespaces: settings.observerNamespaces,
    additionalLabelFilters: settings.observerAdditionalLabelFilters,
    replicatePodEvents: settings.observerReplicatePodEvents,
    forwardCrashedRunLogs: settings.observerForwardCrashedRunLogs,
    crashedRunLogTailLines: settings.observerForwardCrashedRunLogsTailLines,
    startupEventConcurrency: settings.observerStartupEventConcurrency,
    maxLogSize: DEFAULT_MAX_LOG_SIZE,
    prefectVersion: PREFECT_VERSION,
    api: input.api,
    events: input.events,
    runLogs: input.runLogs,
    logger,
  });

  const scope = (e: { kind: string; namespace?: string }) => ({
    resource: e.kind,
    namespace: e.namespace ?? "*",
  });
  const watch = observer.watcherEvents;
  watch.on("connect", (e) =>
    logger.debug(scope(e), `watching ${e.kind} from resourceVersion ${e.resourceVersion}`),
  );
  watch.on("listed", (e) =>
    logger.info({ ...scope(e), count: e.count, reason: e.reason }, `listed ${e.count} ${e.kind}`),
  );
  watch.on("gone", (e) => {
    logger.info(scope(e), `${e.kind} watch expired (410 Gone); relisting`);
    metrics.watchReconnects.inc({ resource: e.kind, reason: "gone" });
  });
  watch.on("reconnect", (e) => {
    logger.warn(
      { ...scope(e), attempt: e.attempt, delayMs: e.delayMs, error: e.error },
      `${e.kind} watch lost; reconnecting in ${Math.round(e.delayMs)} ms`,
    );
    metrics.watchReconnects.inc({ resource: e.kind, reason: "error" });
  });
  watch.on("stale", (e) => {
    logger.warn({ ...scope(e), silentMs: e.silentMs }, `${e.kind} watch silent too long; relisting`);
    metrics.watchReconnects.inc({ resource: e.kind, reason: "stale" });
  });
  watch.on("handler-error", (e) =>
    logger.error(
      { ...scope(e), object: e.name, err: errorField(e.error) },
      `handling a ${e.kind} event failed`,
    ),
  );
  watch.on("bad-event", (e) =>
    logger.warn({ ...scope(e), detail: e.detail }, `ignored a bad ${e.kind} event`),
  );
  observer.events.on("object-seen", (e) =>
    metrics.watchLastEvent.set({ resource: e.kind }, Date.now() / 1000),
  );
  observer.events.on("run-crashed", (e) => {
    metrics.flowRunFailures.inc({ reason: e.reason });
    logger.info(
      { flowRunId: e.flowRunId, reason: e.reason, job: e.job, namespace: e.namespace },
      "reported flow run as crashed",
    );
  });
  observer.events.on("pod-event", (e) =>
    metrics.podEvents.inc({ phase: e.phase, diagnosis: e.diagnosis ?? "none" }),
  );
  observer.events.on("handler-failed", (e) => metrics.observerHandlerFailures.inc({ resource: e.kind }));
  return observer;
}
