// Runs of the pool left PENDING with no infrastructure_pid: claimed by a worker that stopped (SIGKILL,
// OOM, a node lost, a shutdown that ran out of time) before it created the Job or before it recorded the
// Job's name. The reference leaves them PENDING for ever. The Job's `prefect.io/flow-run-id` label is the
// truth: a Job found is adopted (its pid recorded, the observer takes it from there); no Job means the run
// never started, so it goes back to SCHEDULED for any worker of the pool to submit; a run whose namespace
// cannot be known (its job configuration no longer renders) is Crashed with the reason.
//
// Several replicas may reconcile the same run at once: each re-reads the run just before it writes and
// writes only if the run is still in the PENDING state it judged, so the second one finds nothing to do.
import { isNotFound } from "../prefect/errors.ts";
import { crashedState, rescheduledState } from "../prefect/states.ts";
import type { FlowRun } from "../prefect/types.ts";
import type { Logger } from "../observability/logger.ts";
import { errorField } from "../observability/logger.ts";
import { renderFlowRunJob, type JobRenderContext } from "./flow-run-job.ts";
import type { FlowRunLogs, JobLauncher, PrefectApi } from "./ports.ts";

export interface ReconciliationContext extends JobRenderContext {
  api: Pick<
    PrefectApi,
    "readDeployment" | "readFlow" | "readFlowRun" | "filterFlowRuns" | "setFlowRunState" | "updateFlowRun"
  >;
  launcher: Pick<JobLauncher, "findJobs">;
  flowRunLogs: FlowRunLogs;
  logger: Logger;
}

export type Reconciled = "adopted" | "rescheduled" | "crashed" | "unchanged";

export class PendingRunReconciler {
  readonly #ctx: ReconciliationContext;
  readonly #poolName: string;
  readonly #afterMs: number;
  readonly #now: () => number;
  readonly #inFlight: () => Iterable<string>;

  constructor(
    ctx: ReconciliationContext,
    options: { poolName: string; afterSeconds: number; inFlight: () => Iterable<string>; now?: () => number },
  ) {
    this.#ctx = ctx;
    this.#poolName = options.poolName;
    this.#afterMs = options.afterSeconds * 1000;
    this.#inFlight = options.inFlight;
    this.#now = options.now ?? Date.now;
  }

  /** One pass over the pool's PENDING runs older than the setting; what was done to each. */
  async checkOnce(): Promise<Map<string, Reconciled>> {
    const runs = await this.#ctx.api.filterFlowRuns({
      flow_runs: { state: { type: { any_: ["PENDING"] } } },
      work_pools: { name: { any_: [this.#poolName] } },
      sort: "EXPECTED_START_TIME_ASC",
      limit: 200,
    } as never);
    const mine = new Set(this.#inFlight());
    const done = new Map<string, Reconciled>();
    for (const flowRun of runs) {
      if (mine.has(flowRun.id) || flowRun.infrastructure_pid) continue;
      const since = Date.parse(flowRun.state?.timestamp ?? "");
      if (Number.isNaN(since) || this.#now() - since < this.#afterMs) continue;
      const seconds = Math.round((this.#now() - since) / 1000);
      done.set(
        flowRun.id,
        await this.reconcile(flowRun, `PENDING for ${seconds}s with no infrastructure_pid`),
      );
    }
    return done;
  }

  /**
   * Settles one run that a submission left between its claim and its pid (`why` goes into the logs and
   * the state message). Never throws: a failure is logged and the run is left for the next pass.
   */
  async reconcile(seen: FlowRun, why: string): Promise<Reconciled> {
    const { logger } = this.#ctx;
    try {
      if (seen.state?.type !== "PENDING" || seen.infrastructure_pid) return "unchanged";
      let job;
      try {
        job = await renderFlowRunJob(this.#ctx, seen);
      } catch (error) {
        const message =
          `Flow run was ${why}, and its job configuration could not be rendered to look for its ` +
          `Kubernetes job: ${errorField(error).message}`;
        return (await this.#writeIfUnchanged(seen, "crashed", message)) ? "crashed" : "unchanged";
      }
      const clusterConfig = job.configuration.cluster_config ?? null;
      const jobs = await this.#ctx.launcher.findJobs({
        flowRunId: seen.id,
        namespace: job.namespace,
        clusterConfig,
      });
      if (jobs.length > 0) {
        const found = jobs[0]!;
        const pid = `${found.namespace}:${found.name}`;
        if (jobs.length > 1) {
          logger.warn(
            { flowRunId: seen.id, jobs: jobs.map((j) => j.name) },
            "flow run has more than one Job",
          );
        }
        return (await this.#writeIfUnchanged(seen, "adopted", pid)) ? "adopted" : "unchanged";
      }
      const message =
        `Rescheduled by worker '${this.#ctx.workerName}': the flow run was ${why} and has no Kubernetes ` +
        "job (the worker submitting it stopped before creating one).";
      return (await this.#writeIfUnchanged(seen, "rescheduled", message)) ? "rescheduled" : "unchanged";
    } catch (error) {
      logger.warn(
        { flowRunId: seen.id, err: errorField(error) },
        `could not reconcile flow run '${seen.id}'`,
      );
      return "unchanged";
    }
  }

  /** Re-reads the run; writes only if it is still the PENDING state `seen` had, with no pid. */
  async #writeIfUnchanged(seen: FlowRun, action: Exclude<Reconciled, "unchanged">, detail: string) {
    const { api, flowRunLogs, logger } = this.#ctx;
    let latest: FlowRun;
    try {
      latest = await api.readFlowRun(seen.id);
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
    if (latest.state?.id !== seen.state?.id || latest.infrastructure_pid) return false;
    let message: string;
    if (action === "adopted") {
      await api.updateFlowRun(seen.id, { infrastructure_pid: detail });
      message = `Adopted Kubernetes job '${detail}' of flow run '${seen.id}', which had no infrastructure_pid`;
    } else if (action === "rescheduled") {
      await api.setFlowRunState(seen.id, rescheduledState(detail, new Date(this.#now())), { force: true });
      message = detail;
    } else {
      await api.setFlowRunState(seen.id, crashedState(detail), { force: true });
      message = `Reported flow run '${seen.id}' as crashed: ${detail}`;
    }
    flowRunLogs.log({ flowRunId: seen.id, level: action === "adopted" ? "INFO" : "WARNING", message });
    logger.warn({ flowRunId: seen.id, action }, message);
    return true;
  }
}
