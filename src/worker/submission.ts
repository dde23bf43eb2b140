// One flow run's way from SCHEDULED to a Job: the deployment check, the claim (PENDING), the Job
// configuration, the Submitting state and labels, the Job, the infrastructure pid — and on every path out,
// the run's slot and in-flight entry are released (the reference leaks the slot when the deployment is
// gone; we do not).
import { isNotFound } from "../prefect/errors.ts";
import { proposeState } from "../prefect/propose-state.ts";
import type { PrefectEvent } from "../prefect/events.ts";
import {
  cancelledFromState,
  crashedState,
  deploymentGoneMessage,
  pendingState,
  submittingState,
} from "../prefect/states.ts";
import type { Deployment, Flow, FlowRun, OrchestrationResult, StateCreate } from "../prefect/types.ts";
import type { RenderResult } from "../templating/index.ts";
import type { Logger } from "../observability/logger.ts";
import { errorField } from "../observability/logger.ts";
import type { SubmissionResult } from "../observability/metrics.ts";
import type {
  EventSink,
  FlowRunLogLevel,
  FlowRunLogs,
  JobLauncher,
  LaunchedJob,
  PrefectApi,
} from "./ports.ts";
import type { WorkerEventBuilders } from "./worker-identity.ts";
import { renderFlowRunJob, type JobRenderContext } from "./flow-run-job.ts";

export interface SubmissionContext extends JobRenderContext {
  api: PrefectApi;
  launcher: JobLauncher;
  events: EventSink;
  flowRunLogs: FlowRunLogs;
  logger: Logger;
  identity: WorkerEventBuilders;
  sleep: (ms: number) => Promise<void>;
  /**
   * Aborted when a stopping worker gives up on its in-flight submissions: the submission stops at its
   * next step and rejects with SubmissionAbandoned, leaving the run for reconciliation to settle.
   */
  abandon?: AbortSignal;
  /** Called once the run's Job exists, with its configuration (log streaming starts here). */
  onJobCreated?: (flowRun: FlowRun, job: LaunchedJob, configuration: RenderResult["configuration"]) => void;
}

type ClaimOutcome = { claimed: true } | { claimed: false; result: SubmissionResult };

export async function submitFlowRun(ctx: SubmissionContext, flowRun: FlowRun): Promise<SubmissionResult> {
  abandonedCheck(ctx, flowRun);
  let deployment: Deployment | undefined;
  if (flowRun.deployment_id) {
    try {
      deployment = await ctx.api.readDeployment(flowRun.deployment_id);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await cancelForMissingDeployment(ctx, flowRun);
      return "cancelled";
    }
  }

  abandonedCheck(ctx, flowRun);
  const claim = await claimFlowRun(ctx, flowRun);
  if (!claim.claimed) return claim.result;

  let rendered: RenderResult;
  let flow: Flow | undefined;
  let submitted: PrefectEvent | undefined;
  let job: LaunchedJob;
  try {
    abandonedCheck(ctx, flowRun);
    ({ flow, ...rendered } = await renderFlowRunJob(ctx, flowRun, { deployment }));
    submitted = ctx.identity.submittedFlowRun({ flowRun, deployment, flow, workPool: ctx.workPool() });
    ctx.events.emit(submitted);
    await giveWorkerLabels(ctx, flowRun);
    await proposeIgnoringRefusal(ctx, flowRun, submittingState());
    abandonedCheck(ctx, flowRun);
    runLog(ctx, flowRun, "INFO", "Creating Kubernetes job...");
    job = await ctx.launcher.launch({
      namespace: rendered.namespace,
      manifest: rendered.manifest,
      flowRunId: flowRun.id,
      clusterConfig: rendered.configuration.cluster_config ?? null,
    });
  } catch (error) {
    // An abandoned submission may have created its Job after all: reconciliation looks before it acts.
    if (error instanceof SubmissionAbandoned) throw error;
    if (ctx.abandon?.aborted) throw new SubmissionAbandoned(flowRun.id, { cause: error });
    await reportSubmissionFailure(ctx, flowRun, error);
    return "crashed";
  }

  const pid = `${job.namespace}:${job.name}`;
  runLog(ctx, flowRun, "INFO", `Kubernetes job '${job.name}' created in namespace '${job.namespace}'`);
  ctx.onJobCreated?.(flowRun, job, rendered.configuration);
  try {
    await ctx.api.updateFlowRun(flowRun.id, { infrastructure_pid: pid });
  } catch (error) {
    runLog(
      ctx,
      flowRun,
      "ERROR",
      "An error occurred while setting the `infrastructure_pid` on " +
        `flow run '${flowRun.id}'. The flow run will not be cancellable.`,
    );
    ctx.logger.error({ flowRunId: flowRun.id, err: errorField(error) }, "could not set infrastructure_pid");
  }
  runLog(ctx, flowRun, "INFO", `Flow run '${flowRun.name}' submitted to infrastructure`);
  ctx.logger.info(
    { flowRunId: flowRun.id, job: pid },
    `Flow run '${flowRun.name}' submitted to infrastructure`,
  );
  ctx.events.emit(
    ctx.identity.executedFlowRun({
      flowRun,
      deployment,
      flow,
      workPool: ctx.workPool(),
      infrastructurePid: pid,
      statusCode: 0,
      submitted,
    }),
  );
  return "submitted";
}

/** A line in the flow run's own logs (the UI's run page), as the reference's flow-run logger writes it. */
function runLog(ctx: SubmissionContext, flowRun: FlowRun, level: FlowRunLogLevel, message: string): void {
  ctx.flowRunLogs.log({
    flowRunId: flowRun.id,
    level,
    message,
    ...(ctx.workerId() ? { workerId: ctx.workerId()! } : {}),
  });
}

/** A stopping worker gave up on this run between its claim and its Job. */
export class SubmissionAbandoned extends Error {
  readonly flowRunId: string;
  constructor(flowRunId: string, options?: ErrorOptions) {
    super(`submission of flow run '${flowRunId}' abandoned: the worker is stopping`, options);
    this.name = "SubmissionAbandoned";
    this.flowRunId = flowRunId;
  }
}

function abandonedCheck(ctx: SubmissionContext, flowRun: FlowRun): void {
  if (ctx.abandon?.aborted) throw new SubmissionAbandoned(flowRun.id);
}

async function cancelForMissingDeployment(ctx: SubmissionContext, flowRun: FlowRun): Promise<void> {
  ctx.logger.error(
    { flowRunId: flowRun.id },
    `Deployment ${flowRun.deployment_id} no longer exists. ` +
      `Flow run ${flowRun.id} will not be submitted for execution`,
  );
  const state = cancelledFromState(flowRun.state, deploymentGoneMessage(flowRun.deployment_id!));
  try {
    await ctx.api.setFlowRunState(flowRun.id, state, { force: true });
  } catch (error) {
    if (!isNotFound(error)) {
      ctx.logger.error(
        { flowRunId: flowRun.id, err: errorField(error) },
        `Failed to cancel flow run '${flowRun.id}'`,
      );
    }
  }
}

/** Proposes a state, sleeping through WAIT answers as the reference's propose_state does. */
function propose(
  ctx: SubmissionContext,
  flowRunId: string,
  state: StateCreate,
): Promise<OrchestrationResult> {
  return proposeState(ctx.api, flowRunId, state, ctx.sleep);
}

function reasonOf(result: OrchestrationResult): string {
  const reason = (result.details as { reason?: string | null }).reason;
  return reason ?? "";
}

async function claimFlowRun(ctx: SubmissionContext, flowRun: FlowRun): Promise<ClaimOutcome> {
  let result: OrchestrationResult;
  try {
    result = await propose(ctx, flowRun.id, pendingState());
  } catch (error) {
    runLog(ctx, flowRun, "ERROR", `Failed to update state of flow run '${flowRun.id}'`);
    ctx.logger.error(
      { flowRunId: flowRun.id, err: errorField(error) },
      `Failed to update state of flow run '${flowRun.id}'`,
    );
    return { claimed: false, result: "failed" };
  }
  if (result.status === "ABORT") {
    const message = `Aborted submission of flow run '${flowRun.id}'. Server sent an abort signal: ${reasonOf(result)}`;
    runLog(ctx, flowRun, "INFO", message);
    ctx.logger.info({ flowRunId: flowRun.id }, message);
    return { claimed: false, result: "aborted" };
  }
  const type = result.state?.type;
  if (type !== "PENDING") {
    const message = `Aborted submission of flow run '${flowRun.id}': Server returned a non-pending state '${type ?? "None"}'`;
    runLog(ctx, flowRun, "INFO", message);
    ctx.logger.info({ flowRunId: flowRun.id }, message);
    return { claimed: false, result: "rejected" };
  }
  return { claimed: true };
}

/** Submitting (and other advisory states): older servers ABORT it; that, and any error, is ignored. */
async function proposeIgnoringRefusal(
  ctx: SubmissionContext,
  flowRun: FlowRun,
  state: StateCreate,
): Promise<void> {
  try {
    await propose(ctx, flowRun.id, state);
  } catch (error) {
    ctx.logger.debug({ flowRunId: flowRun.id, err: errorField(error) }, "could not propose Submitting");
  }
}

async function giveWorkerLabels(ctx: SubmissionContext, flowRun: FlowRun): Promise<void> {
  const pool = ctx.workPool();
  try {
    await ctx.api.updateFlowRunLabels(flowRun.id, {
      "prefect.worker.name": ctx.workerName,
      "prefect.worker.type": "kubernetes",
      "prefect.work-pool.name": pool.name,
      "prefect.work-pool.id": pool.id,
    });
  } catch (error) {
    ctx.logger.warn({ flowRunId: flowRun.id, err: errorField(error) }, "could not label the flow run");
  }
}

export function crashMessageFor(error: unknown): string {
  // Templating and Kubernetes errors carry the reference's message (with its Python exception class).
  const own = (error as { crashMessage?: unknown } | null)?.crashMessage;
  if (typeof own === "string") return own;
  const type = error instanceof Error ? error.name : "Exception";
  const message = error instanceof Error ? error.message : String(error);
  return `Failed to submit flow run to infrastructure: ${type}: ${message}`;
}

async function reportSubmissionFailure(
  ctx: SubmissionContext,
  flowRun: FlowRun,
  error: unknown,
): Promise<void> {
  const message = crashMessageFor(error);
  runLog(ctx, flowRun, "ERROR", `Failed to submit flow run '${flowRun.name}' to infrastructure.`);
  ctx.logger.error(
    { flowRunId: flowRun.id, err: errorField(error) },
    `Failed to submit flow run '${flowRun.name}' to infrastructure.`,
  );
  try {
    const result = await propose(ctx, flowRun.id, crashedState(message));
    if (result.status !== "ABORT" && result.state?.type === "CRASHED") {
      runLog(ctx, flowRun, "INFO", `Reported flow run '${flowRun.id}' as crashed: ${message}`);
    }
  } catch (stateError) {
    if (isNotFound(stateError)) return;
    ctx.logger.error(
      { flowRunId: flowRun.id, err: errorField(stateError) },
      `Failed to update state of flow run '${flowRun.id}'`,
    );
  }
}
