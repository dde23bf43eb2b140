// `prefect-worker start` (and `prefect worker start`): the composition root. Settings are validated up
// front; then the API client, events, flow-run logs, the Kubernetes launcher, metrics and the health
// server are built once and handed to the Worker.
import { createLogger, errorField, type Logger } from "../observability/logger.ts";
import { WorkerMetrics } from "../observability/metrics.ts";
import { PrefectClient } from "../prefect/client.ts";
import { isTransientPrefectError } from "../prefect/errors.ts";
import { EventsClient } from "../prefect/events.ts";
import { FlowRunLogSink } from "../prefect/flow-run-logs.ts";
import { apiReferenceResolver } from "../prefect/resolver.ts";
import { loadSettings, SettingsError, type FlagInput, type WorkerSettings } from "../config/settings.ts";
import { HealthServer } from "../worker/health-server.ts";
import { prefectClientOptions } from "./api-client.ts";
import { readBaseJobTemplateFile } from "./base-job-template-file.ts";
import { KubernetesLauncher } from "../worker/kubernetes-launcher.ts";
import { handleSignals } from "../worker/shutdown.ts";
import { Worker } from "../worker/worker.ts";
import { workerEventBuilders } from "../worker/worker-identity.ts";
import type { Observer } from "../kubernetes/observer/observer.ts";
import { buildObserver } from "./observer.ts";

export interface StartIo {
  env: NodeJS.ProcessEnv;
  stderr: (text: string) => void;
  /** Tests run the worker in-process and stop it with this signal instead of a process signal. */
  stopSignal?: AbortSignal;
  installSignalHandlers?: boolean;
}

/** Reads and checks --base-job-template; a problem names the flag. */
function readBaseJobTemplate(path: string | undefined): { template?: unknown; problem?: string } {
  return path === undefined ? {} : readBaseJobTemplateFile(path);
}

export async function startWorker(flags: FlagInput, io: StartIo): Promise<number> {
  let settings: WorkerSettings;
  const { template, problem } = readBaseJobTemplate(flags.baseJobTemplatePath as string | undefined);
  try {
    settings = loadSettings(flags, io.env);
    if (problem) throw new SettingsError([problem]);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    const problems =
      problem && !error.problems.includes(problem) ? [...error.problems, problem] : error.problems;
    io.stderr(`Error: invalid configuration\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
    return 2;
  }

  const logger = createLogger({
    level: settings.loggingLevel,
    debug: settings.debugMode || settings.workerDebugMode,
    secrets: [settings.apiKey, settings.apiAuthString, ...Object.values(settings.clientCustomHeaders)],
    base: { worker: settings.name },
  });
  logger.debug({ installPolicy: settings.installPolicy }, "--install-policy is accepted and ignored");
  if (settings.apiEnableHttp2) logger.debug("PREFECT_API_ENABLE_HTTP2 is accepted; requests use HTTP/1.1");
  return runWorker(settings, template, logger, io);
}

async function runWorker(
  settings: WorkerSettings,
  template: unknown,
  logger: Logger,
  io: StartIo,
): Promise<number> {
  const metrics = new WorkerMetrics();
  const api = new PrefectClient({
    ...prefectClientOptions(settings),
    onRequest: ({ method, route, status, durationSeconds }) => {
      metrics.apiRequests.inc({ method, route, code: String(status) });
      metrics.apiRequestDuration.observe({ method, route }, durationSeconds);
    },
  });
  // A stop can be requested while the worker is still being built; it is honoured once it exists.
  let stopRequested = io.stopSignal?.aborted ?? false;
  let requestStop = () => void (stopRequested = true);
  io.stopSignal?.addEventListener("abort", () => requestStop(), { once: true });
  await warnAboutPausedPoolOrQueues(api, settings, logger);

  const events = new EventsClient({
    apiUrl: settings.apiUrl,
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    ...(settings.apiAuthString ? { authString: settings.apiAuthString } : {}),
    isCloud: api.isCloud,
    logger: { debug: (m: string) => logger.debug(m), warn: (m: string) => logger.warn(m) },
  });
  const flowRunLogs = new FlowRunLogSink({
    client: api,
    logger: { warn: (m: string) => logger.warn(m) },
  });
  const launcher = new KubernetesLauncher({
    workerName: settings.name,
    secrets: {
      createSecretForApiKey: settings.createSecretForApiKey,
      ...(settings.apiKeySecretName ? { apiKeySecretName: settings.apiKeySecretName } : {}),
      ...(settings.apiKeySecretKey ? { apiKeySecretKey: settings.apiKeySecretKey } : {}),
      ...(settings.apiAuthStringSecretName
        ? { apiAuthStringSecretName: settings.apiAuthStringSecretName }
        : {}),
      ...(settings.apiAuthStringSecretKey ? { apiAuthStringSecretKey: settings.apiAuthStringSecretKey } : {}),
      storeEnvAsSecret: settings.storeEnvAsSecret,
    },
    retry: {
      maxAttempts: settings.createJobRetryMaxRetries,
      delaySeconds: settings.createJobRetryDelaySeconds,
      jitterMinSeconds: settings.createJobRetryJitterMinSeconds,
      jitterMaxSeconds: settings.createJobRetryJitterMaxSeconds,
    },
    addTcpKeepalive: settings.addTcpKeepalive,
    logger,
    env: io.env,
    onAttemptFailed: (attempt, error) =>
      logger.warn({ attempt, err: errorField(error) }, "Job creation attempt failed"),
  });

  const worker = new Worker({
    name: settings.name,
    poolName: settings.pool,
    workQueues: settings.workQueues,
    prefetchSeconds: settings.prefetchSeconds,
    querySeconds: settings.querySeconds,
    heartbeatSeconds: settings.heartbeatSeconds,
    limit: settings.limit,
    submissionConcurrency: settings.submissionConcurrency,
    shutdownGraceSeconds: settings.shutdownGraceSeconds,
    reconcilePendingAfterSeconds: settings.reconcilePendingAfterSeconds,
    createPoolIfNotFound: settings.createPoolIfNotFound,
    ...(template !== undefined ? { baseJobTemplate: template } : {}),
    env: { ...io.env, PREFECT__WORKER_NAME: settings.name },
    streamJobLogs: settings.streamJobLogs,
    cancellation: {
      pendingRuns: settings.enableCancellation,
      pollSeconds: settings.cancellationPollSeconds,
      ...(settings.deleteCancellingJobsAfterSeconds !== undefined
        ? { deleteCancellingJobsAfterSeconds: settings.deleteCancellingJobsAfterSeconds }
        : {}),
    },
    api,
    launcher,
    events,
    flowRunLogs,
    identity: workerEventBuilders(settings.name),
    resolver: apiReferenceResolver(api),
    logger,
    metrics,
  });

  let health: HealthServer | undefined;
  let observer: Observer | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= worker.stop());
  const removeSignalHandlers =
    io.installSignalHandlers === false
      ? () => {}
      : handleSignals({
          onGraceful: (signal) => {
            logger.info(`Received ${signal}; stopping (send it again to exit at once)`);
            void stop();
          },
        });
  requestStop = () => void stop();
  if (stopRequested) requestStop();

  let exitCode = 0;
  try {
    await worker.setup();
    if (settings.observerEnabled) {
      observer = buildObserver({ settings, env: io.env, api, events, runLogs: flowRunLogs, logger, metrics });
      // Not awaited: polling must not wait for an unreachable cluster; the watches keep retrying.
      const started = observer;
      void started.start().then(() => logger.info("Observer started"));
    }
    if (settings.withHealthcheck) {
      health = new HealthServer({
        host: settings.webserverHost,
        port: settings.webserverPort,
        querySeconds: settings.querySeconds,
        lastPolled: () => worker.lastPolled,
        readiness: () => worker.readiness(),
        metrics,
        logger,
      });
      const address = await health.listen();
      logger.info(`Health server listening on ${address.address}:${address.port}`);
    }
    logger.info(`Worker '${settings.name}' started!`);
    if (settings.runOnce) await worker.runOnce();
    // stop() aborts the loops, so run() returns once a stop is requested.
    else await worker.run();
  } catch (error) {
    exitCode = 1;
    const hint = isTransientPrefectError(error) ? "" : " (not retried: fix the configuration or credentials)";
    logger.error(
      { err: errorField(error) },
      `Worker '${settings.name}' failed: ${errorField(error).message}${hint}`,
    );
  } finally {
    await stop();
    await observer?.stop();
    await launcher
      .shutdown()
      .catch((error: unknown) =>
        logger.error({ err: errorField(error) }, "Failed to delete created secrets"),
      );
    await flowRunLogs.close();
    await events.close({ timeoutMs: 5000 });
    await health?.close();
    removeSignalHandlers();
    logger.info(`Worker '${settings.name}' stopped!`);
  }
  return exitCode;
}

async function warnAboutPausedPoolOrQueues(api: PrefectClient, settings: WorkerSettings, logger: Logger) {
  try {
    const pool = await api.readWorkPool(settings.pool);
    if (pool.is_paused) {
      logger.warn(
        `The work pool '${settings.pool}' is currently paused. This worker will not execute any flow runs ` +
          "until the work pool is unpaused.",
      );
    }
    const queues = await api.readWorkQueues(
      settings.pool,
      settings.workQueues.length ? settings.workQueues : undefined,
    );
    if (queues.length > 0 && queues.every((queue) => queue.is_paused)) {
      logger.warn(
        settings.workQueues.length
          ? "Specified work queue(s) in the work pool are currently paused. This worker will not execute " +
              "any flow runs until the work queues are unpaused."
          : `All work queues in the work pool '${settings.pool}' are currently paused. This worker will not ` +
              "execute any flow runs until the work queues are unpaused.",
      );
    }
  } catch {
    // As the reference: these checks are advisory.
  }
}
