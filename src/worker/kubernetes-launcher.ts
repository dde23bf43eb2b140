// The JobLauncher the worker runs with: picks the run's cluster (its cluster_config block, else
// in-cluster, else the kubeconfig), applies the Secret settings, creates the Job with the retry policy,
// and ties or cleans up the per-Job env Secret.
import { InfrastructureError } from "../kubernetes/errors.ts";
import { kubernetesClients, loadKubeConfig, type ClusterConfig } from "../kubernetes/config.ts";
import { createJob, type JobCreationRetry } from "../kubernetes/jobs.ts";
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
      core: () => this.#clients(null).core,
      settings: options.secrets,
      workerName: options.workerName,
      logger: {
        warn: (message) => logger.warn(message),
        info: (message) => logger.info(message),
        debug: (message) => logger.debug(message),
      },
    });
  }

  #clients(clusterConfig: ClusterConfig | null) {
    const kc = loadKubeConfig(clusterConfig, {
      addTcpKeepalive: this.#options.addTcpKeepalive,
      ...(this.#options.env ? { env: this.#options.env } : {}),
    });
    return kubernetesClients(kc);
  }

  async launch(input: {
    namespace: string;
    manifest: Record<string, unknown>;
    flowRunId: string;
    clusterConfig: unknown;
  }): Promise<LaunchedJob> {
    const clients = this.#clients(asClusterConfig(input.clusterConfig));
    const { manifest, handle } = await this.#secrets.prepare(
      input.namespace,
      input.manifest,
      input.flowRunId,
      clients.core,
    );
    let job;
    try {
      job = await createJob({
        api: clients.batch,
        namespace: input.namespace,
        manifest,
        retry: this.#options.retry,
        ...(this.#options.onAttemptFailed ? { onAttemptFailed: this.#options.onAttemptFailed } : {}),
      });
    } catch (error) {
      await this.#secrets.afterJobFailed(handle);
      throw error;
    }
    await this.#secrets.afterJobCreated(handle, job);
    return { name: job.name, namespace: job.namespace, uid: job.uid };
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
