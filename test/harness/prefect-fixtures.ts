// Prefect objects for end-to-end tests, created over plain REST on the stack's server: pools, flows,
// deployments and scheduled runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./paths.ts";
import { prefectApi } from "./prefect.ts";

export interface Ids {
  id: string;
  name: string;
}

export function defaultBaseJobTemplate(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(repoRoot, "test/fixtures/kubernetes-default-base-job-template.json"), "utf8"),
  ) as Record<string, unknown>;
}

export async function createPool(name: string, baseJobTemplate = defaultBaseJobTemplate()): Promise<Ids> {
  return prefectApi<Ids>("POST", "/work_pools/", {
    name,
    type: "kubernetes",
    base_job_template: baseJobTemplate,
  });
}

export async function createQueue(pool: string, name: string): Promise<Ids> {
  return prefectApi<Ids>("POST", `/work_pools/${encodeURIComponent(pool)}/queues`, { name });
}

export async function createDeployment(options: {
  pool: string;
  name: string;
  queue?: string;
  jobVariables?: Record<string, unknown>;
  flowName?: string;
  concurrencyLimit?: number;
}): Promise<Ids & { flow_id: string }> {
  const flow = await prefectApi<Ids>("POST", "/flows/", { name: options.flowName ?? `flow-${options.name}` });
  return prefectApi<Ids & { flow_id: string }>("POST", "/deployments/", {
    name: options.name,
    flow_id: flow.id,
    work_pool_name: options.pool,
    ...(options.queue ? { work_queue_name: options.queue } : {}),
    job_variables: options.jobVariables ?? {},
    entrypoint: "flows.py:noop",
    ...(options.concurrencyLimit !== undefined ? { concurrency_limit: options.concurrencyLimit } : {}),
  });
}

/** A SCHEDULED run of the deployment, due at `scheduledAt` (default: now). */
export async function createScheduledRun(
  deploymentId: string,
  options: { scheduledAt?: Date; jobVariables?: Record<string, unknown>; name?: string } = {},
): Promise<Ids> {
  const scheduled = (options.scheduledAt ?? new Date()).toISOString();
  return prefectApi<Ids>("POST", `/deployments/${deploymentId}/create_flow_run`, {
    ...(options.name ? { name: options.name } : {}),
    state: { type: "SCHEDULED", name: "Scheduled", state_details: { scheduled_time: scheduled } },
    ...(options.jobVariables ? { job_variables: options.jobVariables } : {}),
  });
}

export interface FlowRunView {
  id: string;
  name: string;
  infrastructure_pid: string | null;
  labels: Record<string, unknown>;
  state: { type: string; name: string; message: string | null } | null;
}

export async function readRun(id: string): Promise<FlowRunView> {
  return prefectApi<FlowRunView>("GET", `/flow_runs/${id}`);
}

/**
 * The default template with `spec.suspend: true`: the worker's Jobs are real API objects but start no
 * pods, for tests that count Jobs rather than run them.
 */
export function suspendedJobTemplate(): Record<string, unknown> {
  const template = defaultBaseJobTemplate() as {
    job_configuration: { job_manifest: { spec: Record<string, unknown> } };
  };
  template.job_configuration.job_manifest.spec.suspend = true;
  return template as unknown as Record<string, unknown>;
}

/**
 * A SCHEDULED run in the pool's default queue that names a deployment that does not exist — what the
 * worker sees when a deployment is deleted between the poll and the submission (deleting a deployment
 * also deletes its scheduled runs, so the race cannot be staged otherwise).
 */
export async function createRunOfMissingDeployment(
  pool: string,
  flowId: string,
  deploymentId: string,
): Promise<Ids> {
  return prefectApi<Ids>("POST", "/flow_runs/", {
    flow_id: flowId,
    deployment_id: deploymentId,
    work_pool_name: pool,
    work_queue_name: "default",
    state: {
      type: "SCHEDULED",
      name: "Scheduled",
      state_details: { scheduled_time: new Date().toISOString() },
    },
  });
}

export async function flowRunLogMessages(flowRunId: string): Promise<string[]> {
  const logs = await prefectApi<{ message: string }[]>("POST", "/logs/filter", {
    logs: { flow_run_id: { any_: [flowRunId] } },
    limit: 200,
  });
  return logs.map((log) => log.message);
}

export interface StoredEvent {
  id: string;
  event: string;
  occurred: string;
  follows?: string | null;
  resource: Record<string, string>;
  related: Record<string, string>[];
}

/**
 * Events whose resource or related resources include `resourceId`, oldest first. Kubernetes timestamps have
 * whole seconds, so two pod events often share `occurred`, and PostgreSQL returns ties in any order: within
 * one instant an event comes after the one it `follows`.
 */
export async function eventsAbout(resourceId: string, eventNames: string[]): Promise<StoredEvent[]> {
  return followsFirst(await eventsAboutByOccurred(resourceId, eventNames));
}

function followsFirst(events: StoredEvent[]): StoredEvent[] {
  const ordered = [...events];
  for (let moved = true, guard = 0; moved && guard < ordered.length ** 2; guard++) {
    moved = false;
    for (let i = 0; i < ordered.length; i++) {
      const j = ordered.findIndex(
        (e, k) => k > i && e.id === ordered[i]!.follows && e.occurred === ordered[i]!.occurred,
      );
      if (j > i) {
        ordered.splice(i, 0, ...ordered.splice(j, 1));
        moved = true;
      }
    }
  }
  return ordered;
}

async function eventsAboutByOccurred(resourceId: string, eventNames: string[]): Promise<StoredEvent[]> {
  const page = await prefectApi<{ events: StoredEvent[] }>("POST", "/events/filter", {
    filter: {
      any_resource: { id: [resourceId] },
      event: { name: eventNames },
      occurred: { since: new Date(Date.now() - 3600_000).toISOString() },
      order: "ASC",
    },
    limit: 50,
  });
  return page.events;
}
