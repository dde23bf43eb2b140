// The worker: a sync loop (pool + heartbeat) and a poll loop (scheduled runs → submissions), started
// after one sync that tolerates an unreachable API but not a refused one (401/403), and a graceful stop
// that waits a bounded time for in-flight submissions.
import { isTransientPrefectError } from "../prefect/errors.ts";
import type { FlowRun } from "../prefect/types.ts";
import type { ReferenceResolver } from "../templating/index.ts";
import type { Logger } from "../observability/logger.ts";
import { errorField } from "../observability/logger.ts";
import type { WorkerMetrics } from "../observability/metrics.ts";
import type { EventSink, FlowRunLogs, JobLauncher, LaunchedJob, PrefectApi } from "./ports.ts";
import { abortableSleep, runServiceLoop, type ServiceLoopOptions } from "./service-loop.ts";
import { SlotLimiter } from "./slot-limiter.ts";
import { SubmissionGate } from "./submission-gate.ts";
import { SubmissionAbandoned, submitFlowRun, type SubmissionContext } from "./submission.ts";
import { renderFlowRunJob, type JobRenderContext } from "./flow-run-job.ts";
import { PendingRunReconciler } from "./pending-reconciliation.ts";
import { PendingRunCancellation, StuckCancellingReaper, type CancellationContext } from "./cancellation.ts";
import type { WorkerEventBuilders } from "./worker-identity.ts";
import { WorkPoolSync } from "./work-pool-sync.ts";

export interface WorkerOptions {
  name: string;
  poolName: string;
  workQueues: string[];
  prefetchSeconds: number;
  querySeconds: number;
  heartbeatSeconds: number;
  limit: number | undefined;
  /** Submissions running at once; more due runs wait their turn (default 16). */
  submissionConcurrency?: number;
  createPoolIfNotFound: boolean;
  baseJobTemplate?: unknown;
  env: Record<string, string | undefined>;
  api: PrefectApi;
  launcher: JobLauncher;
  events: EventSink;
  flowRunLogs: FlowRunLogs;
  identity: WorkerEventBuilders;
  resolver?: ReferenceResolver;
  logger: Logger;
  metrics: WorkerMetrics;
  now?: () => number;
  /** Worker-side cancellation (see cancellation.ts); off unless asked for. */
  cancellation?: { pendingRuns: boolean; pollSeconds: number; deleteCancellingJobsAfterSeconds?: number };
  /** Follow the Job's log for runs whose `stream_output` is true (…_WORKER_STREAM_JOB_LOGS). */
  streamJobLogs?: boolean;
  /**
   * How long a graceful stop waits for in-flight submissions (default 20); then they are abandoned at
   * their next step and their runs settled (Job adopted, or back to SCHEDULED) before the worker exits.
   */
  shutdownGraceSeconds?: number;
  /** Reconcile the pool's runs PENDING with no infrastructure_pid for this long (see pending-reconciliation.ts); off when 0 or unset. */
  reconcilePendingAfterSeconds?: number;
}

/** After the grace period: how long abandoned submissions get to reach their next step. */
const ABANDON_SETTLE_MS = 5_000;

type LoopCommon = Pick<ServiceLoopOptions, "isTransient" | "jitterRange" | "signal" | "sleep">;

export class Worker {
  readonly #options: WorkerOptions;
  readonly #sync: WorkPoolSync;
  readonly #limiter: SlotLimiter;
  readonly #gate: SubmissionGate;
  readonly #inFlight = new Map<string, Promise<void>>();
  readonly #stop = new AbortController();
  readonly #abandon = new AbortController();
  readonly #reconciler: PendingRunReconciler;
  readonly #logStreams = new Set<Promise<void>>();
  readonly #now: () => number;
  #lastPolled: number;
  #lastApiSuccess: number | undefined;

  constructor(options: WorkerOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#lastPolled = this.#now();
    this.#limiter = new SlotLimiter(options.limit);
    this.#gate = new SubmissionGate(options.submissionConcurrency ?? 16);
    this.#sync = new WorkPoolSync({
      api: options.api,
      logger: options.logger,
      poolName: options.poolName,
      workerName: options.name,
      heartbeatSeconds: options.heartbeatSeconds,
      createPoolIfNotFound: options.createPoolIfNotFound,
      baseJobTemplate: options.baseJobTemplate,
      onWorkerId: (id) => options.logger.info({ workerId: id }, "worker id assigned by the server"),
    });
    options.metrics.setSlots(0, options.limit);
    this.#reconciler = new PendingRunReconciler(
      {
        ...this.#jobRenderContext(),
        api: options.api,
        launcher: options.launcher,
        flowRunLogs: options.flowRunLogs,
        logger: options.logger,
      },
      {
        poolName: options.poolName,
        afterSeconds: options.reconcilePendingAfterSeconds ?? 0,
        inFlight: () => this.#inFlight.keys(),
        ...(options.now ? { now: options.now } : {}),
      },
    );
  }

  /** Epoch ms of the last poll, for /health. */
  get lastPolled(): number {
    return this.#lastPolled;
  }

  /** /readyz: the API answered recently and the pool is known. */
  readiness(): { name: string; ok: boolean; detail?: string }[] {
    const window = Math.max(3 * this.#options.querySeconds, 3 * this.#options.heartbeatSeconds) * 1000;
    const apiOk = this.#lastApiSuccess !== undefined && this.#now() - this.#lastApiSuccess <= window;
    return [
      { name: "prefect-api", ok: apiOk, ...(apiOk ? {} : { detail: "no successful API call recently" }) },
      {
        name: "work-pool",
        ok: this.#sync.pool !== undefined,
        ...(this.#sync.pool ? {} : { detail: `work pool '${this.#options.poolName}' not known yet` }),
      },
    ];
  }

  /** First sync. Transient API failures are logged and left to the loops; anything else throws. */
  async setup(): Promise<void> {
    this.#options.api.setWorkerAttribution({ name: this.#options.name });
    try {
      await this.#syncOnce();
    } catch (error) {
      if (!isTransientPrefectError(error)) throw error;
      this.#options.logger.warn(
        { err: errorField(error) },
        "Unable to reach the Prefect API while starting up; the worker will keep attempting to connect: " +
          errorField(error).message,
      );
    }
    this.#options.events.emit(this.#options.identity.started(this.#sync.pool));
  }

  /** Runs both loops until stop() (resolves) or a non-transient error (rejects). */
  async run(): Promise<void> {
    const common = {
      isTransient: isTransientPrefectError,
      jitterRange: 0.3,
      signal: this.#stop.signal,
      sleep: abortableSleep,
    };
    const loops = [
      runServiceLoop({
        ...common,
        name: "sync",
        intervalSeconds: this.#options.heartbeatSeconds,
        workload: () => this.#syncOnce(),
        onFailure: (error, n) => this.#loopFailure("sync", error, n),
        onRecovery: (n) => this.#options.logger.info(`sync recovered after ${n} failed attempts`),
      }),
      runServiceLoop({
        ...common,
        name: "poll",
        intervalSeconds: this.#options.querySeconds,
        workload: () => this.pollOnce(),
        onFailure: (error, n) => this.#loopFailure("poll", error, n),
        onRecovery: (n) => this.#options.logger.info(`polling recovered after ${n} failed attempts`),
      }),
      ...this.#cancellationLoops(common),
      ...this.#reconciliationLoop(common),
    ];
    try {
      await Promise.all(loops);
    } finally {
      this.#stop.abort();
    }
  }

  /** Starts with the worker (so a restarted worker settles what it left behind), then repeats. */
  #reconciliationLoop(common: LoopCommon) {
    const after = this.#options.reconcilePendingAfterSeconds ?? 0;
    if (after <= 0) return [];
    return [
      runServiceLoop({
        ...common,
        isTransient: () => true,
        name: "reconcile-pending",
        intervalSeconds: Math.min(60, Math.max(1, after / 2)),
        workload: async () => {
          if (this.#sync.pool) await this.#reconciler.checkOnce();
        },
        onFailure: (error, n) =>
          this.#options.logger.warn(
            { err: errorField(error), consecutive: n },
            "reconcile-pending failed; retrying",
          ),
      }),
    ];
  }

  #jobRenderContext(): JobRenderContext {
    return {
      api: this.#options.api,
      workPool: () => this.#sync.pool!,
      workerName: this.#options.name,
      workerId: () => this.#sync.workerId,
      env: this.#options.env,
      ...(this.#options.resolver ? { resolver: this.#options.resolver } : {}),
    };
  }

  #cancellationLoops(common: LoopCommon) {
    const settings = this.#options.cancellation;
    if (!settings) return [];
    const ctx: CancellationContext = {
      api: this.#options.api,
      launcher: this.#options.launcher,
      flowRunLogs: this.#options.flowRunLogs,
      logger: this.#options.logger,
      clusterConfigOf: async (flowRun) =>
        (await renderFlowRunJob(this.#jobRenderContext(), flowRun)).configuration.cluster_config ?? null,
    };
    const loops: Promise<void>[] = [];
    // Cancellation work never stops the worker: every failure is retried at the next interval.
    const loop = (name: string, intervalSeconds: number, workload: () => Promise<unknown>) =>
      runServiceLoop({
        ...common,
        isTransient: () => true,
        name,
        intervalSeconds,
        workload: async () => {
          if (this.#sync.pool) await workload();
        },
        onFailure: (error, n) =>
          this.#options.logger.warn({ err: errorField(error), consecutive: n }, `${name} failed; retrying`),
      });
    if (settings.pendingRuns) {
      const pending = new PendingRunCancellation(ctx, () => this.#inFlight.keys());
      loops.push(loop("cancellation", settings.pollSeconds, () => pending.checkOnce()));
    }
    const grace = settings.deleteCancellingJobsAfterSeconds;
    if (grace !== undefined) {
      const reaper = new StuckCancellingReaper(ctx, {
        poolName: this.#options.poolName,
        graceSeconds: grace,
      });
      loops.push(loop("stuck-cancelling", Math.min(30, Math.max(1, grace / 2)), () => reaper.checkOnce()));
    }
    return loops;
  }

  /** --run-once: one sync, one poll, then every submission it started. */
  async runOnce(): Promise<void> {
    await this.#syncOnce();
    await this.pollOnce();
    await this.waitForSubmissions();
  }

  async waitForSubmissions(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight.values()]);
  }

  /** Stops polling; waits up to the grace period for in-flight submissions; emits the stopped event. */
  async stop(): Promise<void> {
    this.#stop.abort();
    this.#gate.close();
    const grace = (this.#options.shutdownGraceSeconds ?? 20) * 1000;
    if (this.#inFlight.size > 0) {
      this.#options.logger.info(
        `waiting up to ${grace / 1000}s for ${this.#inFlight.size} in-flight submission(s)`,
      );
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        this.waitForSubmissions().then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), grace))),
      ]);
      clearTimeout(timer);
      if (timedOut) await this.#abandonSubmissions();
    }
    // Log streams follow runs that outlive the worker; they end with it (the stop signal aborts them).
    await Promise.allSettled([...this.#logStreams]);
    this.#options.events.emit(this.#options.identity.stopped(this.#sync.pool));
  }

  /**
   * The grace period is over: every in-flight submission stops at its next step, and each run one of
   * them left claimed but without a recorded Job is settled now (its Job adopted if it got one, else back
   * to SCHEDULED), so none stays PENDING. A submission still inside a call when the worker exits (a Job
   * create on a slow link) is not settled here: its request may yet create the Job, and rescheduling the
   * run would give it a second one. Such a run, and any this cannot settle (the API is down), is left to
   * the pending reconciliation of the next worker of the pool, which waits until the call is long over.
   */
  async #abandonSubmissions(): Promise<void> {
    const ids = [...this.#inFlight.keys()];
    this.#options.logger.warn(
      { flowRunIds: ids },
      `abandoning ${ids.length} in-flight submission(s) at shutdown; settling their runs`,
    );
    this.#abandon.abort();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.waitForSubmissions(),
      new Promise((resolve) => (timer = setTimeout(resolve, ABANDON_SETTLE_MS))),
    ]);
    clearTimeout(timer);
    const stillInFlight = ids.filter((id) => this.#inFlight.has(id));
    const ended = ids.filter((id) => !this.#inFlight.has(id));
    const outcomes = await Promise.all(
      ended.map(async (id) => {
        const flowRun = await this.#options.api.readFlowRun(id).catch(() => undefined);
        return flowRun
          ? this.#reconciler.reconcile(flowRun, "left PENDING by a stopping worker")
          : "unchanged";
      }),
    );
    const counts = outcomes.reduce<Record<string, number>>(
      (acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }),
      {},
    );
    this.#options.logger.info({ outcomes: counts }, "abandoned submissions settled");
    if (stillInFlight.length > 0) {
      this.#options.logger.warn(
        { flowRunIds: stillInFlight },
        `${stillInFlight.length} submission(s) still inside a call at exit; their runs are left to the ` +
          "pending reconciliation of the next worker of the pool",
      );
    }
  }

  #streamLogs(
    flowRun: FlowRun,
    job: LaunchedJob,
    configuration: { stream_output?: unknown; cluster_config?: unknown },
  ) {
    const follow = this.#options.launcher.followLogs;
    if (!this.#options.streamJobLogs || configuration.stream_output !== true || !follow) return;
    const { flowRunLogs, logger } = this.#options;
    const stream = follow
      .call(
        this.#options.launcher,
        { ...job, clusterConfig: configuration.cluster_config ?? null },
        (line, timestamp) => {
          // The container's time, so the run's logs keep the order the lines were written in.
          const at = new Date(timestamp);
          flowRunLogs.log({
            flowRunId: flowRun.id,
            level: "INFO",
            message: line,
            ...(Number.isNaN(at.getTime()) ? {} : { timestamp: at }),
          });
        },
        this.#stop.signal,
      )
      .catch((error: unknown) =>
        logger.warn({ flowRunId: flowRun.id, err: errorField(error) }, "log streaming ended with an error"),
      )
      .finally(() => this.#logStreams.delete(stream));
    this.#logStreams.add(stream);
  }

  async #syncOnce(): Promise<void> {
    await this.#sync.sync();
    this.#lastApiSuccess = this.#now();
    this.#options.metrics.heartbeats.inc({ result: this.#sync.pool ? "success" : "skipped" });
  }

  #loopFailure(loop: string, error: unknown, consecutive: number): void {
    if (loop === "poll") this.#options.metrics.polls.inc({ result: "error" });
    if (loop === "sync") this.#options.metrics.heartbeats.inc({ result: "error" });
    this.#options.logger.warn({ err: errorField(error), consecutive }, `${loop} failed; retrying`);
  }

  /** One poll: fetch due runs and start their submissions (without waiting for them). */
  async pollOnce(): Promise<void> {
    const pool = this.#sync.pool;
    if (!pool) {
      // As the reference: no polling before a successful sync, but /health still sees the loop alive.
      this.#lastPolled = this.#now();
      this.#options.metrics.polls.inc({ result: "skipped" });
      return;
    }
    const end = this.#options.metrics.pollDuration.startTimer();
    const scheduledBefore = new Date(this.#now() + Math.trunc(this.#options.prefetchSeconds) * 1000);
    const responses = await this.#options.api.getScheduledFlowRuns(this.#options.poolName, {
      work_queue_names: this.#options.workQueues,
      scheduled_before: scheduledBefore,
    });
    this.#lastPolled = this.#now();
    this.#lastApiSuccess = this.#lastPolled;
    this.#options.metrics.polls.inc({ result: "success" });
    this.#options.metrics.lastPoll.set(this.#lastPolled / 1000);
    if (responses.length > 0)
      this.#options.logger.debug(`Discovered ${responses.length} scheduled flow run(s)`);
    for (const response of responses) {
      const flowRun = response.flow_run as FlowRun;
      if (this.#inFlight.has(flowRun.id)) continue;
      if (!this.#limiter.tryAcquire(flowRun.id)) {
        this.#options.logger.info(`Flow run limit reached; ${this.#limiter.used} flow runs in progress.`);
        break;
      }
      this.#startSubmission(flowRun);
    }
    end();
  }

  #startSubmission(flowRun: FlowRun): void {
    const { logger, metrics } = this.#options;
    const submission = this.#submitWhenAdmitted(flowRun)
      .catch((error: unknown) => {
        if (error instanceof SubmissionAbandoned) {
          metrics.submissions.inc({ result: "abandoned" });
          logger.info({ flowRunId: flowRun.id }, error.message);
          return;
        }
        metrics.submissions.inc({ result: "failed" });
        logger.error(
          { flowRunId: flowRun.id, err: errorField(error) },
          `Failed to submit flow run '${flowRun.id}'`,
        );
      })
      .finally(() => {
        this.#limiter.release(flowRun.id);
        this.#inFlight.delete(flowRun.id);
        metrics.inFlight.set(this.#inFlight.size);
        metrics.setSlots(this.#limiter.used, this.#limiter.limit);
      });
    this.#inFlight.set(flowRun.id, submission);
    metrics.inFlight.set(this.#inFlight.size);
    metrics.setSlots(this.#limiter.used, this.#limiter.limit);
  }

  /** Waits for a place at the gate; a run turned away at shutdown was never touched and stays SCHEDULED. */
  async #submitWhenAdmitted(flowRun: FlowRun): Promise<void> {
    const { logger, metrics } = this.#options;
    if (!(await this.#gate.enter())) {
      logger.info(
        { flowRunId: flowRun.id },
        `Not submitting flow run '${flowRun.id}': the worker is stopping`,
      );
      return;
    }
    const message = `Worker '${this.#options.name}' submitting flow run '${flowRun.id}'`;
    logger.info({ flowRunId: flowRun.id }, message);
    this.#options.flowRunLogs.log({ flowRunId: flowRun.id, level: "INFO", message });
    const endTimer = metrics.submissionDuration.startTimer();
    try {
      // The pool as of now, not as of the poll: the run may have waited at the gate.
      const result = await submitFlowRun(this.#submissionContext(), flowRun);
      metrics.submissions.inc({ result });
    } finally {
      endTimer();
      this.#gate.leave();
    }
  }

  #submissionContext(): SubmissionContext {
    const pool = this.#sync.pool!;
    return {
      ...this.#jobRenderContext(),
      workPool: () => pool,
      api: this.#options.api,
      launcher: this.#options.launcher,
      events: this.#options.events,
      flowRunLogs: this.#options.flowRunLogs,
      logger: this.#options.logger,
      identity: this.#options.identity,
      abandon: this.#abandon.signal,
      sleep: (ms) => abortableSleep(ms, this.#stop.signal),
      onJobCreated: (flowRun, job, configuration) => this.#streamLogs(flowRun, job, configuration),
    };
  }
}
