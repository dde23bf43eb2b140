// Worker-side cancellation. Two parts:
// - the reference's (PREFECT_WORKER_ENABLE_CANCELLATION): runs this worker is still submitting that were
//   cancelled meanwhile get their Job deleted and are marked Cancelled (`_cancel_run`); the reference
//   listens on /events/out and polls as a fallback, we poll only;
// - ours (…_WORKER_DELETE_CANCELLING_JOBS_AFTER_SECONDS): runs of the pool that have stayed CANCELLING
//   longer than a grace period get their Job deleted, so a pod that cannot react to cancellation does not
//   run on as a zombie.
import { isNotFound } from "../prefect/errors.ts";
import { cancelledFromState } from "../prefect/states.ts";
import type { FlowRun } from "../prefect/types.ts";
import type { Logger } from "../observability/logger.ts";
import { errorField } from "../observability/logger.ts";
import type { FlowRunLogs, JobLauncher, PrefectApi } from "./ports.ts";

export interface CancellationContext {
  api: Pick<PrefectApi, "readFlowRun" | "filterFlowRuns" | "setFlowRunState">;
  launcher: Pick<JobLauncher, "kill">;
  flowRunLogs: FlowRunLogs;
  logger: Logger;
  /**
   * The cluster_config of the run's job configuration (the reference renders it in `_cancel_run`), so a
   * Job in another cluster is deleted there; absent or failing: the worker's default cluster.
   */
  clusterConfigOf?: (flowRun: FlowRun) => Promise<unknown>;
}

async function clusterConfigFor(ctx: CancellationContext, flowRun: FlowRun): Promise<unknown> {
  if (!ctx.clusterConfigOf) return null;
  try {
    return await ctx.clusterConfigOf(flowRun);
  } catch (error) {
    ctx.logger.warn(
      { flowRunId: flowRun.id, err: errorField(error) },
      "could not render the flow run's job configuration; deleting its Job in the default cluster",
    );
    return null;
  }
}

async function markCancelled(ctx: CancellationContext, flowRun: FlowRun, message: string): Promise<boolean> {
  try {
    await ctx.api.setFlowRunState(flowRun.id, cancelledFromState(flowRun.state, message), { force: true });
    return true;
  } catch (error) {
    if (isNotFound(error)) {
      ctx.logger.debug({ flowRunId: flowRun.id }, "flow run deleted before it could be marked cancelled");
      return false;
    }
    throw error;
  }
}

/** Deletes the run's Job; false (and a log on the run) when that failed and the Job may still exist. */
async function killJob(ctx: CancellationContext, flowRun: FlowRun, pid: string): Promise<boolean> {
  try {
    const result = await ctx.launcher.kill(pid, await clusterConfigFor(ctx, flowRun));
    if (result === "not-found") ctx.logger.debug({ flowRunId: flowRun.id, pid }, "Job already gone");
    return true;
  } catch (error) {
    const message = `Error killing infrastructure: ${errorField(error).message}`;
    ctx.flowRunLogs.log({ flowRunId: flowRun.id, level: "ERROR", message });
    ctx.logger.error({ flowRunId: flowRun.id, err: errorField(error) }, message);
    return false;
  }
}

/** The reference's `_cancel_run`: only runs that never started; without a pid there is nothing to kill. */
export async function cancelPendingRun(ctx: CancellationContext, flowRunId: string): Promise<void> {
  let flowRun: FlowRun;
  try {
    flowRun = await ctx.api.readFlowRun(flowRunId);
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  if (flowRun.start_time) return;
  if (!flowRun.infrastructure_pid) {
    await markCancelled(ctx, flowRun, "Flow run cancelled by worker (no infrastructure found).");
    return;
  }
  if (!(await killJob(ctx, flowRun, flowRun.infrastructure_pid))) return;
  if (await markCancelled(ctx, flowRun, "Flow run cancelled by worker while pending.")) {
    const message = `Cancelled pending flow run '${flowRun.id}'`;
    ctx.flowRunLogs.log({ flowRunId: flowRun.id, level: "INFO", message });
    ctx.logger.info({ flowRunId: flowRun.id }, message);
  }
}

/** Among `ids`, the runs being cancelled: CANCELLING, or the older CANCELLED named "Cancelling". */
export async function findCancellingRuns(api: CancellationContext["api"], ids: string[]): Promise<FlowRun[]> {
  if (ids.length === 0) return [];
  const [legacy, cancelling] = await Promise.all([
    api.filterFlowRuns({
      flow_runs: {
        state: { type: { any_: ["CANCELLED"] }, name: { any_: ["Cancelling"] } },
        id: { any_: ids },
      },
    } as never),
    api.filterFlowRuns({
      flow_runs: { state: { type: { any_: ["CANCELLING"] } }, id: { any_: ids } },
    } as never),
  ]);
  return [...legacy, ...cancelling];
}

/**
 * Polls for runs among those being submitted that were cancelled, and cancels each once. `inFlight` is
 * the worker's set of runs between claim and Job.
 */
export class PendingRunCancellation {
  readonly #ctx: CancellationContext;
  readonly #inFlight: () => Iterable<string>;
  readonly #handled = new Set<string>();

  constructor(ctx: CancellationContext, inFlight: () => Iterable<string>) {
    this.#ctx = ctx;
    this.#inFlight = inFlight;
  }

  async checkOnce(): Promise<void> {
    const current = new Set(this.#inFlight());
    for (const id of this.#handled) if (!current.has(id)) this.#handled.delete(id);
    const candidates = [...current].filter((id) => !this.#handled.has(id));
    for (const flowRun of await findCancellingRuns(this.#ctx.api, candidates)) {
      if (this.#handled.has(flowRun.id)) continue;
      this.#handled.add(flowRun.id);
      await cancelPendingRun(this.#ctx, flowRun.id).catch((error: unknown) =>
        this.#ctx.logger.error(
          { flowRunId: flowRun.id, err: errorField(error) },
          `Failed to cancel flow run '${flowRun.id}'`,
        ),
      );
    }
  }
}

/** Deletes the Jobs of this pool's runs that have stayed CANCELLING longer than `graceSeconds`. */
export class StuckCancellingReaper {
  readonly #ctx: CancellationContext;
  readonly #poolName: string;
  readonly #graceMs: number;
  readonly #now: () => number;

  constructor(
    ctx: CancellationContext,
    options: { poolName: string; graceSeconds: number; now?: () => number },
  ) {
    this.#ctx = ctx;
    this.#poolName = options.poolName;
    this.#graceMs = options.graceSeconds * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** The ids of the runs whose Jobs were deleted. */
  async checkOnce(): Promise<string[]> {
    const runs = await this.#ctx.api.filterFlowRuns({
      flow_runs: { state: { type: { any_: ["CANCELLING"] } } },
      work_pools: { name: { any_: [this.#poolName] } },
    } as never);
    const reaped: string[] = [];
    for (const flowRun of runs) {
      const since = Date.parse(flowRun.state?.timestamp ?? "");
      const pid = flowRun.infrastructure_pid;
      if (!pid || Number.isNaN(since) || this.#now() - since < this.#graceMs) continue;
      const seconds = Math.round(this.#graceMs / 1000);
      const message =
        `Flow run stayed Cancelling for more than ${seconds}s; deleting its Kubernetes job '${pid}' ` +
        "so its pods stop.";
      this.#ctx.flowRunLogs.log({ flowRunId: flowRun.id, level: "WARNING", message });
      this.#ctx.logger.warn({ flowRunId: flowRun.id, pid }, message);
      if (!(await killJob(this.#ctx, flowRun, pid))) continue;
      // Re-read: the run may have finished cancelling on its own meanwhile.
      const latest = await this.#ctx.api.readFlowRun(flowRun.id).catch(() => flowRun);
      if (latest.state?.type !== "CANCELLING") continue;
      if (
        await markCancelled(
          this.#ctx,
          latest,
          `Flow run cancelled by worker: its job was deleted after ${seconds}s in Cancelling.`,
        )
      )
        reaped.push(flowRun.id);
    }
    return reaped;
  }
}
