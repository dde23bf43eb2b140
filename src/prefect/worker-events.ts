// The events the reference worker emits about itself and the runs it submits (BaseWorker._event_resource,
// _event_related_resources and BaseJobConfiguration._related_resources).
import { slugify } from "../templating/slugify.ts";
import { PREFECT_VERSION } from "./constants.ts";
import type { PrefectEvent } from "./events.ts";
import { uuid7 } from "./uuid7.ts";

const WORKER_TYPE = "kubernetes";
// emit_event drops `follows` when the two events are this far apart or more.
const TIGHT_TIMING_MS = 5 * 60 * 1000;

type Labels = Record<string, string>;

interface Named {
  id: string;
  name: string;
  tags?: string[] | null;
}

interface RelatedDeployment extends Named {
  branch?: string | null;
  base?: string | null;
  root?: string | null;
  version_id?: string | null;
  version_info?: { type?: string; version?: string } | null;
}

export interface RunObjects {
  deployment?: RelatedDeployment | null;
  flow?: Named | null;
  flowRun: Named;
}

export interface WorkerEventContext {
  workerName: string;
  workPool?: { id: string; name: string } | null;
  /** Defaults to now. */
  occurred?: Date;
}

export function workerResource(workerName: string): Labels {
  return {
    "prefect.resource.id": `prefect.worker.${WORKER_TYPE}.${slugify(workerName)}`,
    "prefect.resource.name": workerName,
    "prefect.version": PREFECT_VERSION,
    "prefect.worker-type": WORKER_TYPE,
  };
}

function related(kind: string, object: Named): Labels {
  return {
    "prefect.resource.id": `prefect.${kind}.${object.id}`,
    "prefect.resource.role": kind,
    "prefect.resource.name": object.name,
  };
}

function deploymentRelated(deployment: RelatedDeployment): Labels {
  const labels = related("deployment", deployment);
  if (deployment.branch) labels["prefect.deployment.branch"] = deployment.branch;
  if (deployment.base) labels["prefect.deployment.base"] = `prefect.deployment.${deployment.base}`;
  if (deployment.root) labels["prefect.deployment.root"] = `prefect.deployment.${deployment.root}`;
  if (deployment.version_id && deployment.version_info) {
    labels["prefect.deployment.version-id"] = deployment.version_id;
    if (deployment.version_info.type)
      labels["prefect.deployment.version-type"] = deployment.version_info.type;
    if (deployment.version_info.version)
      labels["prefect.deployment.version"] = deployment.version_info.version;
  }
  return labels;
}

/** Deployment, flow, flow run, then their tags (sorted, de-duplicated). */
export function runRelatedResources({ deployment, flow, flowRun }: RunObjects): Labels[] {
  const out: Labels[] = [];
  const tags = new Set<string>();
  const add = (kind: string, object: Named | null | undefined) => {
    if (!object) return;
    for (const tag of object.tags ?? []) tags.add(tag);
    out.push(kind === "deployment" ? deploymentRelated(object) : related(kind, object));
  };
  add("deployment", deployment);
  add("flow", flow);
  add("flow-run", flowRun);
  // Python sorts code points; localeCompare would not.
  const sorted = [...tags].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const tag of sorted)
    out.push({ "prefect.resource.id": `prefect.tag.${tag}`, "prefect.resource.role": "tag" });
  return out;
}

function workPoolRelated(pool: WorkerEventContext["workPool"]): Labels[] {
  return pool ? [related("work-pool", pool)] : [];
}

function event(
  name: string,
  context: WorkerEventContext,
  relatedResources: Labels[],
  follows?: PrefectEvent,
): PrefectEvent {
  const occurred = context.occurred ?? new Date();
  const followsOk = follows && Math.abs(occurred.getTime() - Date.parse(follows.occurred)) < TIGHT_TIMING_MS;
  return {
    id: uuid7(occurred.getTime()),
    occurred: occurred.toISOString(),
    event: name,
    resource: workerResource(context.workerName),
    related: relatedResources,
    payload: {},
    follows: followsOk ? follows.id : null,
  };
}

export function workerStartedEvent(context: WorkerEventContext): PrefectEvent {
  return event("prefect.worker.started", context, workPoolRelated(context.workPool));
}

export function workerStoppedEvent(context: WorkerEventContext, started?: PrefectEvent): PrefectEvent {
  return event("prefect.worker.stopped", context, workPoolRelated(context.workPool), started);
}

export function submittedFlowRunEvent(context: WorkerEventContext, run: RunObjects): PrefectEvent {
  return event("prefect.worker.submitted-flow-run", context, [
    ...runRelatedResources(run),
    ...workPoolRelated(context.workPool),
  ]);
}

export interface ExecutionResult {
  /** The infrastructure pid, "<namespace>:<job name>". */
  identifier: string;
  statusCode: number;
}

export function executedFlowRunEvent(
  context: WorkerEventContext,
  run: RunObjects,
  result: ExecutionResult,
  submitted?: PrefectEvent,
): PrefectEvent {
  const relatedResources = runRelatedResources(run).map((labels) =>
    labels["prefect.resource.role"] === "flow-run"
      ? {
          ...labels,
          "prefect.infrastructure.identifier": result.identifier,
          "prefect.infrastructure.status-code": String(result.statusCode),
        }
      : labels,
  );
  return event(
    "prefect.worker.executed-flow-run",
    context,
    [...relatedResources, ...workPoolRelated(context.workPool)],
    submitted,
  );
}
