// The JobLauncher the worker runs with: the run's cluster (its cluster_config block, else in-cluster,
// else the kubeconfig) and the worker's Secret and retry settings, around the kubernetes module's submitJob.
import { InfrastructureError } from "../kubernetes/errors.ts";
import { kubernetesClients, loadKubeConfig, type ClusterConfig } from "../kubernetes/config.ts";
import {
  deleteJob,
  findFlowRunJobs,
  parseInfrastructurePid,
  type JobCreationRetry,
} from "../kubernetes/jobs.ts";
import { submitJob } from "../kubernetes/submit.ts";
import { followJobLogs } from "../kubernetes/log-stream.ts";
import { JobSecrets, type JobSecretsSettings } from "../kubernetes/secrets.ts";
import type { Logger } from "../observability/logger.ts";
import type { JobLauncher, LaunchedJob } from "./ports.ts";

export interface KubernetesLauncherOptions {
  workerName: string;
  secrets: JobSecretsSettings;
  retry: JobCreationRetry;
  addTcpKeepalive: boolean;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  onAttemptFailed?: (attempt: number, error: unknown) => void;
}

export class KubernetesLauncher implements JobLauncher {
  readonly #options: KubernetesLauncherOptions;
  readonly #secrets: JobSecrets;

  constructor(options: KubernetesLauncherOptions) {
    this.#options = options;
    const logger = options.logger;
    this.#secrets = new JobSecrets({
      core: () => kubernetesClients(this.#kubeConfig(null)).core,
      settings: options.secrets,
      workerName: options.workerName,
      logger: {
        warn: (message) => logger.warn(message),
        info: (message) => logger.info(message),
        debug: (message) => logger.debug(message),
      },
    });
  }

  #kubeConfig(clusterConfig: ClusterConfig | null) {
    return loadKubeConfig(clusterConfig, {
      addTcpKeepalive: this.#options.addTcpKeepalive,
      ...(this.#options.env ? { env: this.#options.env } : {}),
    });
  }

  async launch(input: {
    namespace: string;
    manifest: Record<string, unknown>;
    flowRunId: string;
    clusterConfig: unknown;
  }): Promise<LaunchedJob> {
    const job = await submitJob({
      kubeConfig: this.#kubeConfig(asClusterConfig(input.clusterConfig)),
      secrets: this.#secrets,
      namespace: input.namespace,
      manifest: input.manifest,
      flowRunId: input.flowRunId,
      retry: this.#options.retry,
      ...(this.#options.onAttemptFailed ? { onAttemptFailed: this.#options.onAttemptFailed } : {}),
    });
    return { name: job.name, namespace: job.namespace, uid: job.uid };
  }

  async kill(pid: string, clusterConfig?: unknown): Promise<"deleted" | "not-found"> {
    const { batch } = kubernetesClients(this.#kubeConfig(asClusterConfig(clusterConfig)));
    const result = await deleteJob(batch, pid);
    const { namespace, name } = parseInfrastructurePid(pid);
    if (result === "deleted")
      this.#options.logger.info(`Deleted Kubernetes job '${name}' in namespace '${namespace}'`);
    return result;
  }

  async findJobs(input: {
    flowRunId: string;
    namespace: string;
    clusterConfig: unknown;
  }): Promise<LaunchedJob[]> {
    const { batch } = kubernetesClients(this.#kubeConfig(asClusterConfig(input.clusterConfig)));
    return findFlowRunJobs(batch, input.namespace, input.flowRunId);
  }

  async followLogs(
    job: LaunchedJob & { clusterConfig: unknown },
    onLine: (line: string, timestamp: string) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const kubeConfig = this.#kubeConfig(asClusterConfig(job.clusterConfig));
    const { core, batch } = kubernetesClients(kubeConfig);
    const logger = this.#options.logger;
    await followJobLogs({
      core,
      batch,
      kubeConfig,
      namespace: job.namespace,
      jobName: job.name,
      onLine: (line, timestamp) => onLine(line, timestamp),
      signal,
      logger: { debug: (fields, message) => logger.debug(fields, message) },
    });
  }

  async shutdown(): Promise<void> {
    await this.#secrets.deleteCreatedApiKeySecrets();
  }
}

function asClusterConfig(value: unknown): ClusterConfig | null {
  if (value === null || value === undefined) return null;
  const candidate = value as Partial<ClusterConfig>;
  if (typeof candidate.config !== "object" || typeof candidate.context_name !== "string") {
    throw new InfrastructureError("cluster_config must have a 'config' object and a 'context_name' string");
  }
  return candidate as ClusterConfig;
}
