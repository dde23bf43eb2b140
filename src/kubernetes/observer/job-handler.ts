// Crash detection from Job events, as the reference's `_mark_flow_run_as_crashed`: a Job that failed past
// its backoffLimit, or was deleted without succeeding, crashes its run unless the run has moved on
// (final, scheduled, paused, cancelling) or another Job of the same run is active or has succeeded.
import type { V1Job } from "../client-node.ts";
import { isNotFound } from "../../prefect/errors.ts";
import { proposeState } from "../../prefect/propose-state.ts";
import { crashedState } from "../../prefect/states.ts";
import type { FlowRun } from "../../prefect/types.ts";
import type { Logger } from "../../observability/logger.ts";
import { errorField } from "../../observability/logger.ts";
import { FLOW_RUN_ID_LABEL } from "../jobs.ts";
import type { ObjectEventType } from "../watcher.ts";
import { FINAL_STATE_TYPES, type ObserverPrefectApi, type ObserverRunLogs } from "./ports.ts";

export const JOB_DELETED_MESSAGE = "Kubernetes job was deleted";
export const NO_ACTIVE_PODS_MESSAGE = "No active or succeeded pods found for any job";

/** Closed set for prefect_worker_flow_run_failures_total{reason}. */
export type CrashReason = "Deleted" | "BackoffLimitExceeded" | "DeadlineExceeded" | "Other";

export type JobOutcome =
  | { result: "ignored" | "skipped" | "replaced" | "not-crashed" }
  | { result: "crashed"; reason: CrashReason; flowRunId: string };

export interface JobHandlerOptions {
  api: Pick<ObserverPrefectApi, "readFlowRun" | "setFlowRunState">;
  /** The run's Jobs in a namespace (the reference treats a failed list as none). */
  listRunJobs: (namespace: string, flowRunId: string) => Promise<V1Job[]>;
  /** Log messages of the Job's crashed pods, or undefined when forwarding is off or nothing was found. */
  crashedPodLogs: (namespace: string, jobName: string) => Promise<string[] | undefined>;
  runLogs: ObserverRunLogs;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  now?: () => number;
  /** How long a replacement Job may take to appear (the reference's 30 s) and how often to look. */
  replacementWaitMs?: number;
  recheckMs?: number;
}

function failedPastBackoff(job: V1Job): boolean {
  const backoffLimit = job.spec?.backoffLimit ?? 6;
  return (job.status?.failed ?? 0) > backoffLimit;
}

function crashReason(job: V1Job, deleted: boolean): CrashReason {
  if (deleted) return "Deleted";
  const failed = job.status?.conditions?.find((c) => c.type === "Failed" && c.status === "True");
  if (failed?.reason === "BackoffLimitExceeded" || failed?.reason === "DeadlineExceeded")
    return failed.reason;
  return "Other";
}

function leftAlone(flowRun: FlowRun): boolean {
  const type = flowRun.state?.type;
  return (
    type === undefined ||
    FINAL_STATE_TYPES.has(type) ||
    type === "SCHEDULED" ||
    type === "PAUSED" ||
    type === "CANCELLING"
  );
}

function activeOrSucceeded(job: V1Job): boolean {
  return Boolean(job.status?.succeeded) || (job.status?.active ?? 0) > 0;
}

export class JobHandler {
  readonly #options: JobHandlerOptions;
  readonly #now: () => number;

  constructor(options: JobHandlerOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  async handle(type: ObjectEventType, job: V1Job): Promise<JobOutcome> {
    const flowRunId = job.metadata?.labels?.[FLOW_RUN_ID_LABEL];
    const name = job.metadata?.name ?? "";
    const namespace = job.metadata?.namespace ?? "";
    if (!flowRunId) return { result: "ignored" };
    const deleted = type === "DELETED" && !job.status?.succeeded;
    if (!(failedPastBackoff(job) || deleted)) return { result: "ignored" };

    const { api, logger } = this.#options;
    let flowRun: FlowRun;
    try {
      flowRun = await api.readFlowRun(flowRunId);
    } catch (error) {
      if (isNotFound(error)) return { result: "ignored" };
      throw error;
    }
    if (leftAlone(flowRun)) {
      logger.debug(
        { flowRunId, job: name },
        `Flow run ${flowRunId} is in '${flowRun.state?.name}', skipping`,
      );
      return { result: "skipped" };
    }

    // Captured before the wait below: cluster GC (ttlSecondsAfterFinished) may remove the pods meanwhile.
    const capturedLogs =
      flowRun.state?.type === "PENDING" ? await this.#options.crashedPodLogs(namespace, name) : undefined;

    if (await this.#replacementAppears(namespace, name, flowRunId)) return { result: "replaced" };

    logger.warn(
      { flowRunId, job: name, namespace },
      `Job ${name} has failed and no other active jobs found for flow run ${flowRunId}, marking as crashed`,
    );
    const message = deleted ? JOB_DELETED_MESSAGE : NO_ACTIVE_PODS_MESSAGE;
    const result = await proposeState(api, flowRunId, crashedState(message), this.#options.sleep);
    // ABORT (the run finished meanwhile) or REJECT leave the run as it is, and its logs unsent.
    if (result.status === "ABORT" || result.state?.type !== "CRASHED") {
      logger.debug({ flowRunId, status: result.status }, "crash proposal not accepted; run already moved on");
      return { result: "not-crashed" };
    }
    for (const line of capturedLogs ?? []) {
      this.#options.runLogs.log({ flowRunId, level: "ERROR", message: line });
    }
    return { result: "crashed", reason: crashReason(job, deleted), flowRunId };
  }

  /** The reference's 30 s wait: a rescheduled run gets a new Job, and a PENDING run may get one yet. */
  async #replacementAppears(namespace: string, name: string, flowRunId: string): Promise<boolean> {
    const deadline = this.#now() + (this.#options.replacementWaitMs ?? 30_000);
    const recheck = this.#options.recheckMs ?? 5_000;
    for (;;) {
      const jobs = await this.#options.listRunJobs(namespace, flowRunId).catch((error: unknown) => {
        this.#options.logger.error(
          { flowRunId, err: errorField(error) },
          `Failed to get jobs for flow run ${flowRunId}: ${errorField(error).message}`,
        );
        return [];
      });
      const otherActive = jobs.some((job) => job.metadata?.name !== name && activeOrSucceeded(job));
      if (otherActive) return true;
      const flowRun = await this.#options.api.readFlowRun(flowRunId);
      if (flowRun.state?.type !== "PENDING") return false;
      if (this.#now() + recheck > deadline) return false;
      this.#options.logger.info(
        { flowRunId },
        `Flow run ${flowRunId} in state '${flowRun.state?.name}' with no other active jobs, waiting for ` +
          `${recheck / 1000} seconds before checking again`,
      );
      await this.#options.sleep(recheck);
    }
  }
}
