// What a scenario stands on: its own namespace, pool and deployment on the shared stack (tracked, so
// chaos.ts removes them at the end and on Ctrl-C), its runs, and workers started as the image runs them.
import { createNamespace, uniqueName } from "../../test/harness/k8s.ts";
import { freePort } from "../../test/harness/ports.ts";
import { createDeployment, createPool, suspendedJobTemplate } from "../../test/harness/prefect-fixtures.ts";
import { readStackEnv } from "../../test/harness/stack/state.ts";
import { trackNamespace, trackPool } from "../bench/cleanup.ts";
import { api, mapLimit } from "../bench/prefect.ts";
import { retrying } from "../bench/waiting.ts";
import { startWorker, type RunningWorker } from "../bench/workers.ts";
import type { ChaosContext } from "./types.ts";

export interface Setup {
  namespace: string;
  pool: string;
  deploymentId: string;
  flowId: string;
}

/** A namespace, a pool (suspended Jobs unless `template` says otherwise) and one deployment into it. */
export async function setUp(
  ctx: ChaosContext,
  label: string,
  template: Record<string, unknown> = suspendedJobTemplate(),
  jobVariables: Record<string, unknown> = {},
): Promise<Setup> {
  const namespace = await retrying("create namespace", () => createNamespace(ctx.kc, `chaos-${label}`));
  trackNamespace(namespace);
  const pool = uniqueName(`chaos-${label}`);
  const created = trackPool(pool);
  await createPool(pool, template);
  const deployment = await createDeployment({
    pool,
    name: uniqueName(`chaos-${label}`),
    jobVariables: { namespace, ...jobVariables },
  });
  created.deployments.push({ id: deployment.id, flowId: deployment.flow_id });
  return { namespace, pool, deploymentId: deployment.id, flowId: deployment.flow_id };
}

/** `count` runs of the deployment, due at `dueAt` (default now); their ids in creation order. */
export async function createRuns(
  deploymentId: string,
  count: number,
  options: { dueAt?: Date; concurrency?: number; jobVariables?: Record<string, unknown> } = {},
): Promise<string[]> {
  const scheduled = (options.dueAt ?? new Date()).toISOString();
  const created = await mapLimit(
    Array.from({ length: count }, (_, i) => i),
    options.concurrency ?? 10,
    () =>
      api<{ id: string }>("POST", `/deployments/${deploymentId}/create_flow_run`, {
        state: { type: "SCHEDULED", name: "Scheduled", state_details: { scheduled_time: scheduled } },
        ...(options.jobVariables ? { job_variables: options.jobVariables } : {}),
      }),
  );
  return created.map((run) => run.id);
}

/** Pauses or resumes the pool's default queue: runs created while it is paused wait, still SCHEDULED. */
export async function setQueuePaused(pool: string, paused: boolean): Promise<void> {
  await api("PATCH", `/work_pools/${encodeURIComponent(pool)}/queues/default`, { is_paused: paused });
}

export interface ChaosWorker extends RunningWorker {
  healthPort: number;
  /** The worker's /metrics text. */
  metrics(): Promise<string>;
}

/**
 * Our worker, the built bundle run through its #! line (as the image runs it), on the scenario's pool,
 * polling every second, observer scoped to the scenario's namespace, /metrics on a free port.
 */
export async function startChaosWorker(
  ctx: ChaosContext,
  setup: Setup,
  options: { name?: string; env?: Record<string, string>; logName?: string } = {},
): Promise<ChaosWorker> {
  const healthPort = await freePort();
  const name = options.name ?? `${setup.pool}-worker`;
  const worker = startWorker({
    kind: "ts",
    stack: readStackEnv(),
    pool: setup.pool,
    name,
    dir: ctx.outDir,
    loops: { querySeconds: 1, heartbeatSeconds: 5, prefetchSeconds: 10 },
    healthPort,
    logName: options.logName ?? `${name}.log`,
    env: {
      PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES: setup.namespace,
      ...options.env,
    },
  });
  ctx.progress(`worker ${name} started (pid ${worker.pid}), log ${worker.logFile}`);
  return {
    ...worker,
    healthPort,
    metrics: () =>
      fetch(`http://127.0.0.1:${healthPort}/metrics`, { signal: AbortSignal.timeout(5000) }).then((res) =>
        res.text(),
      ),
  };
}

/** Resolves once the worker's /readyz answers 200 (it has polled its pool), or throws after `timeoutMs`. */
export async function waitUntilReady(worker: ChaosWorker, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (worker.hasExited()) throw new Error(`worker exited before it was ready; see ${worker.logFile}`);
    const ok = await fetch(`http://127.0.0.1:${worker.healthPort}/readyz`, {
      signal: AbortSignal.timeout(2000),
    })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`worker not ready after ${timeoutMs / 1000}s; see ${worker.logFile}`);
}
