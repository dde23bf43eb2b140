// A flow run's Job as the worker would create it now: the pool's base job template with the deployment's
// and the run's job variables (the reference's `_get_configuration`). The submission renders it to create
// the Job; cancellation and reconciliation render it to learn the run's namespace and cluster_config.
import type { Deployment, Flow, FlowRun, WorkPool } from "../prefect/types.ts";
import { renderJob, type ReferenceResolver, type RenderResult } from "../templating/index.ts";
import type { PrefectApi } from "./ports.ts";

export interface JobRenderContext {
  api: Pick<PrefectApi, "readDeployment" | "readFlow">;
  /** The pool as of the last sync; copied per run so a concurrent sync cannot change a run mid-build. */
  workPool: () => WorkPool;
  workerName: string;
  workerId: () => string | undefined;
  /** The worker's environment: its Prefect settings are forwarded into every Job. */
  env: Record<string, string | undefined>;
  resolver?: ReferenceResolver;
}

export interface FlowRunJob extends RenderResult {
  flow: Flow;
  deployment: Deployment | undefined;
}

/** Reads what is not `known` (the deployment, the flow) and renders; throws what renderJob throws. */
export async function renderFlowRunJob(
  ctx: JobRenderContext,
  flowRun: FlowRun,
  known: { deployment?: Deployment | undefined; flow?: Flow } = {},
): Promise<FlowRunJob> {
  const deployment =
    "deployment" in known || !flowRun.deployment_id
      ? known.deployment
      : await ctx.api.readDeployment(flowRun.deployment_id);
  const flow = known.flow ?? (await ctx.api.readFlow(flowRun.flow_id));
  const workPool = ctx.workPool();
  const workerId = ctx.workerId();
  const rendered = await renderJob(
    {
      baseJobTemplate: structuredClone(workPool.base_job_template),
      workPool,
      ...(deployment ? { deployment } : {}),
      flow,
      flowRun,
      workerName: ctx.workerName,
      ...(workerId ? { workerId } : {}),
      env: ctx.env,
    } as unknown as Parameters<typeof renderJob>[0],
    ctx.resolver,
  );
  return { ...rendered, flow, deployment };
}
