// The reference's `_create_job` as one call, so the worker cannot get the order wrong: Secrets first (they
// rewrite the manifest), then the Job, then the env Secret is handed to the Job or removed.
import type { KubeConfig } from "./client-node.ts";
import { kubernetesClients } from "./config.ts";
import { createJob, infrastructurePid } from "./jobs.ts";
import type { CreateJobOptions, CreatedJob } from "./jobs.ts";
import type { JobSecrets } from "./secrets.ts";

export interface SubmitJobOptions extends Omit<CreateJobOptions, "api"> {
  kubeConfig: KubeConfig;
  secrets: JobSecrets;
  flowRunId?: string;
}

export interface SubmittedJob extends CreatedJob {
  /** `<namespace>:<name>`, the flow run's infrastructure_pid. */
  pid: string;
}

export async function submitJob(options: SubmitJobOptions): Promise<SubmittedJob> {
  const { kubeConfig, secrets, namespace, manifest, flowRunId, ...retryOptions } = options;
  const { batch, core } = kubernetesClients(kubeConfig);
  const { handle } = await secrets.prepare(namespace, manifest, flowRunId, core);
  let job: CreatedJob;
  try {
    job = await createJob({ api: batch, namespace, manifest, ...retryOptions });
  } catch (err) {
    // The reference cleans up only after API errors; a Secret no Job will ever own is garbage either way.
    await secrets.afterJobFailed(handle);
    throw err;
  }
  await secrets.afterJobCreated(handle, job);
  return { ...job, pid: infrastructurePid(job.namespace, job.name) };
}
