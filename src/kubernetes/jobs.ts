// POST of a run's Job with the reference's retry policy (tenacity: stop_after_attempt, wait_fixed +
// wait_random, reraise) and its error message.
import { ApiException, KubeConfig } from "./client-node.ts";
import { batchApi, type BatchApi } from "./rest.ts";
import type { V1Job } from "./client-node.ts";
import { setTimeout as delay } from "node:timers/promises";
import { InfrastructureError, KubernetesApiError, jobCreationErrorMessage } from "./errors.ts";

export const FLOW_RUN_ID_LABEL = "prefect.io/flow-run-id";

export interface JobCreationRetry {
  /** Total attempts (PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_JOB_RETRY_MAX_RETRIES, default 3). */
  maxAttempts: number;
  delaySeconds: number;
  jitterMinSeconds: number;
  jitterMaxSeconds: number;
}

export const DEFAULT_JOB_CREATION_RETRY: JobCreationRetry = {
  maxAttempts: 3,
  delaySeconds: 1,
  jitterMinSeconds: 0,
  jitterMaxSeconds: 3,
};

export interface CreateJobOptions {
  api: BatchApi | KubeConfig;
  namespace: string;
  manifest: object;
  retry: JobCreationRetry;
  sleep?: (ms: number) => Promise<void>;
  /** Uniform in [0, 1), as Math.random. */
  random?: () => number;
  /** Called after every failed attempt, the last one included, before any wait. */
  onAttemptFailed?: (attempt: number, err: unknown) => void | Promise<void>;
}

export interface CreatedJob {
  name: string;
  namespace: string;
  uid: string;
  job: V1Job;
  /** True when a Job with the manifest's fixed name and flow-run label already existed and was reused. */
  adopted: boolean;
}

/** The flow run's `infrastructure_pid`. */
export function infrastructurePid(namespace: string, name: string): string {
  return `${namespace}:${name}`;
}

/** Milliseconds to wait before the next attempt: tenacity's wait_fixed + wait_random. */
export function retryDelayMs(retry: JobCreationRetry, random: () => number): number {
  const jitter = retry.jitterMinSeconds + random() * (retry.jitterMaxSeconds - retry.jitterMinSeconds);
  return (retry.delaySeconds + jitter) * 1000;
}

function metadataOf(manifest: object): { name?: unknown; labels?: Record<string, unknown> } {
  const metadata = (manifest as { metadata?: unknown }).metadata;
  return metadata !== null && typeof metadata === "object" ? metadata : {};
}

function created(job: V1Job, namespace: string, adopted: boolean): CreatedJob {
  const name = job.metadata?.name;
  const uid = job.metadata?.uid;
  if (!name || !uid) throw new Error("the API server returned a Job without metadata.name or metadata.uid");
  return { name, namespace: job.metadata?.namespace ?? namespace, uid, job, adopted };
}

/**
 * A worker restarted between POST and recording the pid re-submits the same run; with a fixed Job name the
 * API answers 409, and the Job already there is this run's when it carries the same flow-run label.
 */
async function adoptable(batch: BatchApi, namespace: string, manifest: object, err: unknown) {
  if (!(err instanceof ApiException) || err.code !== 409) return undefined;
  const { name, labels } = metadataOf(manifest);
  const flowRunId = labels?.[FLOW_RUN_ID_LABEL];
  if (typeof name !== "string" || !name || typeof flowRunId !== "string") return undefined;
  try {
    const existing = await batch.readNamespacedJob({ name, namespace });
    return existing.metadata?.labels?.[FLOW_RUN_ID_LABEL] === flowRunId ? existing : undefined;
  } catch {
    return undefined;
  }
}

export async function createJob(options: CreateJobOptions): Promise<CreatedJob> {
  const { namespace, manifest, retry } = options;
  const batch = options.api instanceof KubeConfig ? batchApi(options.api) : options.api;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const random = options.random ?? Math.random;
  const attempts = Math.max(1, Math.trunc(retry.maxAttempts));
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return created(
        await batch.createNamespacedJob({ namespace, body: manifest as V1Job }),
        namespace,
        false,
      );
    } catch (err) {
      const existing = await adoptable(batch, namespace, manifest, err);
      if (existing) return created(existing, namespace, true);
      lastError = err;
      await options.onAttemptFailed?.(attempt, err);
      if (attempt < attempts) await sleep(retryDelayMs(retry, random));
    }
  }
  if (lastError instanceof ApiException) {
    throw new InfrastructureError(jobCreationErrorMessage(lastError, namespace), { cause: lastError });
  }
  // The reference re-raises transport failures as they are (aiohttp's exceptions).
  throw new KubernetesApiError(lastError);
}

/** A run's `infrastructure_pid` split as the reference's kill_infrastructure does; legacy 3-part pids are refused. */
export function parseInfrastructurePid(pid: string): { namespace: string; name: string } {
  const parts = pid.split(":");
  if (parts.length !== 2) {
    throw new InfrastructureError(
      `Invalid infrastructure_pid format: '${pid}'. Expected format: 'namespace:job_name'`,
    );
  }
  return { namespace: parts[0]!, name: parts[1]! };
}

/** The Jobs in `namespace` labelled with the flow run's id, oldest first. */
export async function findFlowRunJobs(
  batch: BatchApi,
  namespace: string,
  flowRunId: string,
): Promise<{ name: string; namespace: string; uid: string }[]> {
  let list;
  try {
    list = await batch.listNamespacedJob({ namespace, labelSelector: `${FLOW_RUN_ID_LABEL}=${flowRunId}` });
  } catch (err) {
    throw new KubernetesApiError(err);
  }
  return list.items
    .filter((job) => job.metadata?.name && job.metadata.uid)
    .sort((a, b) => timeOf(a) - timeOf(b))
    .map((job) => ({
      name: job.metadata!.name!,
      namespace: job.metadata!.namespace ?? namespace,
      uid: job.metadata!.uid!,
    }));
}

function timeOf(job: V1Job): number {
  const created = job.metadata?.creationTimestamp;
  return created ? new Date(created).getTime() : 0;
}

export type JobDeletion = "deleted" | "not-found";

/**
 * kill_infrastructure: Foreground deletion, so the Job disappears only after its pods are gone, with the
 * reference's 30 s grace period. A Job that is already gone is reported, not thrown.
 */
export async function deleteJob(
  batch: BatchApi,
  pid: string,
  options: { gracePeriodSeconds?: number } = {},
): Promise<JobDeletion> {
  const { namespace, name } = parseInfrastructurePid(pid);
  try {
    await batch.deleteNamespacedJob({
      name,
      namespace,
      gracePeriodSeconds: options.gracePeriodSeconds ?? 30,
      propagationPolicy: "Foreground",
    });
    return "deleted";
  } catch (err) {
    if (err instanceof ApiException && err.code === 404) return "not-found";
    throw new KubernetesApiError(err);
  }
}
